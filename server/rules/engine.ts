/**
 * The eligibility engine: pure and synchronous. Facts in, every benefit of the audience(s) out, in
 * the contract's order, each with status, amount, reasons, missing facts and citations.
 * The only outside input is the date when `asOf` is not given (today in China).
 */
import type { Audience, Employer, Person } from './facts.ts';
import { derive } from './derived.ts';
import { today } from './dates.ts';
import { benefits } from './benefits/index.ts';
import type { BenefitResult } from './outcome.ts';

export { benefits, benefitByCode, BENEFIT_CODES, PERSON_BENEFITS, EMPLOYER_BENEFITS } from './benefits/index.ts';
export type { Amount, Benefit, BenefitCode, BenefitResult, Outcome, Status } from './outcome.ts';

export interface EvaluationInput {
  person?: Person;
  employer?: Employer;
  asOf?: string;
  audience?: Audience | 'both';
}

export interface Evaluation {
  asOf: string;
  benefits: BenefitResult[];
}

/** Person facts → person codes; employer facts → employer codes; both or neither → all; `audience` overrides. */
export function audiencesFor(input: EvaluationInput): readonly Audience[] {
  if (input.audience === 'person' || input.audience === 'employer') return [input.audience];
  if (input.audience === 'both') return ['person', 'employer'];
  if (input.person && !input.employer) return ['person'];
  if (input.employer && !input.person) return ['employer'];
  return ['person', 'employer'];
}

export function evaluate(input: EvaluationInput): Evaluation {
  const asOf = input.asOf ?? today();
  const facts = { person: input.person, employer: input.employer };
  const derived = derive(facts, asOf);
  const audiences = audiencesFor(input);
  return {
    asOf,
    benefits: benefits
      .filter((b) => audiences.includes(b.audience))
      .map((b) => ({ code: b.code, name: b.name, audience: b.audience, ...b.evaluate(facts, derived, asOf) })),
  };
}
