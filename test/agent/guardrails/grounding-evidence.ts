/**
 * Evidence for the grounding cases, as a turn has it: check_eligibility outputs computed by the
 * rules engine (the tool's shape), search_policy hits with the seed's clause texts, and guides.
 */
import { evaluate } from '../../../server/rules/engine.ts';
import type { BenefitCode } from '../../../server/rules/outcome.ts';
import type { Employer, Person } from '../../../server/rules/facts.ts';
import { loadCorpus } from '../../../server/policy/corpus.ts';

export const AS_OF = '2026-12-07';
const corpus = new Map(loadCorpus().flatMap((d) => d.clauses.map((c) => [c.id, c] as const)));

export const id = (path: string) => `yb2022-38:${path}`;
export function clauseText(path: string): string {
  const c = corpus.get(id(path));
  if (!c) throw new Error(`no clause ${path}`);
  return c.text;
}

export interface ToolRun {
  name: string;
  input?: unknown;
  output: unknown;
}

/** check_eligibility as the tool returns it (without the explanation text, which repeats the reasons). */
export function eligibility(person: Partial<Person>, codes?: BenefitCode[], employer?: Employer): ToolRun {
  const audience = employer ? (Object.keys(person).length ? 'both' : 'employer') : 'person';
  const e = evaluate({ person, employer, asOf: AS_OF, audience });
  const benefits = e.benefits.filter((b) => !codes || codes.includes(b.code));
  return {
    name: 'check_eligibility',
    input: codes ? { benefitCodes: codes } : {},
    output: { asOf: AS_OF, person, benefits, missingFacts: [], citations: [...new Set(benefits.flatMap((b) => b.citations))] },
  };
}

/** search_policy returning these clauses. */
export function search(...paths: string[]): ToolRun {
  return {
    name: 'search_policy',
    input: { query: '…', k: paths.length },
    output: { hits: paths.map((p) => ({ clauseId: id(p), title: corpus.get(id(p))!.heading, text: clauseText(p) })), citations: paths.map(id) },
  };
}

/** Seekers the cases speak to. */
export const people = {
  /** A new graduate; nothing known about family or business. */
  graduate: { isCollegeGraduate: true, graduationDate: '2026-06-30', hukou: 'chongqing' },
  /** A graduate who has not started a business (finding 2). */
  graduateNoBusiness: { isCollegeGraduate: true, graduationDate: '2026-06-30', hukou: 'chongqing', hasBusiness: false },
  /** A graduate from a 低保 family, not working: 离校求职创业补贴 eligible. */
  poorGraduate: { isCollegeGraduate: true, graduationDate: '2026-06-30', hukou: 'chongqing', dibaoFamily: true, employmentStatus: 'unemployed' },
  /** The same graduate once they have found a job. */
  poorGraduateEmployed: { isCollegeGraduate: true, graduationDate: '2026-06-30', hukou: 'chongqing', dibaoFamily: true, employmentStatus: 'employed' },
} satisfies Record<string, Partial<Person>>;

const freshHire = { person: { isCollegeGraduate: true, graduationDate: '2026-06-30' }, hiredOn: '2026-03-01', socialInsuranceMonths: 8, stillPaying: true };
export const employers = {
  /** A small firm with 5 fresh graduates insured 8 months: 2000元/人 × 5人 = 10000元. */
  fiveGraduates: { size: 'small', hires: [freshHire, freshHire, freshHire, freshHire, freshHire] },
  /** The same with 2 hires: 4000元. */
  twoGraduates: { size: 'small', hires: [freshHire, freshHire] },
} satisfies Record<string, Employer>;
