import { z } from 'zod';
import { BENEFIT_CODES, EMPLOYER_BENEFITS, evaluate, type Evaluation } from '../../rules/engine.ts';
import type { BenefitCode, BenefitResult } from '../../rules/outcome.ts';
import { explain } from '../../rules/explain.ts';
import { storedPerson, turnOf } from './context.ts';
import { defineTool } from './define.ts';
import { flatFromPerson, GROUP_NAMES, groupFacts, KnownFacts, missingLabel, missingSummary } from './fields.ts';

/** One benefit as the rules engine answers it (server/rules/outcome.ts `BenefitResult`); in a tool's output its missing facts are labels. */
export const BenefitOutput = z.strictObject({
  code: z.enum(BENEFIT_CODES),
  name: z.string(),
  audience: z.enum(['person', 'employer']),
  status: z.enum(['eligible', 'ineligible', 'unknown']),
  amount: z.strictObject({ value: z.number().optional(), max: z.number().optional(), unit: z.string(), text: z.string() }).nullable(),
  reasons: z.array(z.string()),
  missingFacts: z.array(z.string()),
  citations: z.array(z.string()),
});
export type BenefitOutput = z.infer<typeof BenefitOutput>;

/** What both eligibility tools return: the day evaluated, each benefit, what is still missing (in words), the engine's explanation. */
const eligibilityFields = {
  asOf: z.string(),
  benefits: z.array(BenefitOutput),
  missingFacts: z.array(z.string()),
  explanation: z.string(),
  citations: z.array(z.string()),
};
export const EligibilityOutput = z.strictObject(eligibilityFields);
export type EligibilityOutput = z.infer<typeof EligibilityOutput>;

/** check_eligibility: besides the evaluation, the facts evaluated (a group's, for a group) and the benefits they bear on. */
export const CheckEligibilityOutput = z.strictObject({
  ...eligibilityFields,
  known: KnownFacts,
  group: z.array(z.enum(GROUP_NAMES)).optional(),
  bearing: z.array(z.enum(BENEFIT_CODES)).optional(),
});
export type CheckEligibilityOutput = z.infer<typeof CheckEligibilityOutput>;

/**
 * What check_eligibility and check_employer_eligibility return, with each tool's own fields
 * (`extra`) after the day. Everything in it may be shown to the model, so a missing fact is said in
 * Chinese (`missingFacts`: 第1位招用人员：入职日期), never as the engine's path; the composer gets the
 * paths back from the labels (fields.ts `factPathOf`).
 */
export function eligibilityResult<E extends object>(evaluation: Evaluation, benefits: BenefitResult[], extra: E): EligibilityOutput & E {
  const open = benefits.filter((b) => b.status === 'unknown').flatMap((b) => b.missingFacts);
  return {
    asOf: evaluation.asOf,
    ...extra,
    benefits: benefits.map((b) => ({ ...b, missingFacts: b.missingFacts.map(missingLabel) })),
    // What is still to be found out, each fact once, in words a model can ask with.
    missingFacts: missingSummary([...new Set(open)]),
    explanation: explain({ ...evaluation, benefits }),
    citations: [...new Set(benefits.flatMap((b) => b.citations))],
  };
}

/**
 * Runs the rules engine on the seeker's recorded profile (never on facts the model makes up: the
 * person comes from the database, so one seeker cannot ask about another's stored profile), or on
 * a group asked about (脱贫人口有啥子帮扶), which is also looked at as hired. An employer's own
 * facts and hires are check_employer_eligibility's.
 */
export const checkEligibilityTool = defineTool({
  name: 'check_eligibility',
  description: '用规则引擎核对求职者本人（先用 record_profile_facts 记录情况）或某类人群可享受的补贴和服务。返回每项的状态（eligible 符合、ineligible 不符合、unknown 待确认）、金额、原因、缺少的情况（missingFacts）和条款。用人单位问招人补贴用 check_employer_eligibility。',
  input: z.object({
    benefitCodes: z.array(z.enum(BENEFIT_CODES)).optional().describe('只核对这些项目；不填则核对全部个人项目'),
    group: z
      .array(z.enum(GROUP_NAMES))
      .max(GROUP_NAMES.length)
      .optional()
      .describe('问的是某类人群而不是咨询者本人时（如“脱贫人口有哪些帮扶”）填该人群；填了只按该人群核对，不读取档案'),
  }),
  output: CheckEligibilityOutput,
  async run({ benefitCodes, group: groups }, config) {
    const ctx = turnOf(config);
    // A question about a group is answered on that group's facts alone, never mixed with the
    // seeker's profile: nothing stored is read or changed.
    const group = groups?.length ? groupFacts(groups) : undefined;
    const person = group ?? (await storedPerson(ctx));
    // A group is also looked at as hired: what an employer taking someone of it on can have.
    const employer = group ? { hires: [{ person: group }] } : undefined;
    // An employer's benefit asked about without the employer's facts is still answered (as a general rule).
    const employerAsked = Boolean(employer) || (benefitCodes ?? []).some((c) => (EMPLOYER_BENEFITS as readonly string[]).includes(c));
    const audience = employerAsked ? (Object.keys(person).length ? 'both' : 'employer') : 'person';
    const evaluation = evaluate({ person, employer, asOf: ctx.asOf, audience });
    const wanted = benefitCodes?.length ? new Set<string>(benefitCodes) : undefined;
    const benefits = evaluation.benefits.filter((b) => !wanted || wanted.has(b.code));
    const known = Object.keys(person).length > 0;
    const nobody = known ? evaluate({ person: {}, employer: group ? { hires: [{ person: {} }] } : undefined, asOf: ctx.asOf, audience }).benefits : [];
    return eligibilityResult(evaluation, benefits, {
      // The facts evaluated, in the fields record_profile_facts takes (the group's, for a group).
      known: flatFromPerson(person),
      ...(groups?.length ? { group: groups } : {}),
      ...(known ? { bearing: bearingOn(benefits, nobody) } : {}),
    });
  },
});

/**
 * The benefits the known facts bear on: eligible, or with fewer facts still missing than for
 * someone nobody knows anything about (脱贫 settles part of 职业培训补贴's “重点对象”, nothing of 低保就业补贴).
 */
function bearingOn(forGroup: readonly BenefitResult[], forNobody: readonly BenefitResult[]): BenefitCode[] {
  return forGroup
    .filter((b) => {
      if (b.status === 'ineligible') return false;
      const base = forNobody.find((x) => x.code === b.code);
      return b.status === 'eligible' || (base !== undefined && b.missingFacts.length < base.missingFacts.length);
    })
    .map((b) => b.code);
}
