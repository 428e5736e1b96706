import { z } from 'zod';
import { EMPLOYER_BENEFITS, evaluate } from '../../rules/engine.ts';
import { turnOf } from './context.ts';
import { eligibilityResult, EligibilityOutput } from './check-eligibility.ts';
import { defineTool } from './define.ts';
import { employerFieldLabel, employerFromFlat, employerInputShape } from './fields.ts';

/** The evaluation (as check_eligibility's) and how many people hired it was given. */
export const CheckEmployerEligibilityOutput = EligibilityOutput.extend({ hires: z.number().int() });
export type CheckEmployerEligibilityOutput = z.infer<typeof CheckEmployerEligibilityOutput>;

/**
 * The employer side of the rules (吸纳就业补贴, 社保补贴, 就业基地, 帮扶车间, 见习补贴 …) on what the
 * employer said: the employer's facts and one flat item per person hired or interning, with only
 * the few facts the subsidies turn on (server/agent/tools/fields.ts). Nothing of the seeker's stored
 * profile is read: the asker speaks for the business.
 */
export const checkEmployerEligibilityTool = defineTool({
  name: 'check_employer_eligibility',
  description: '用规则引擎核对用人单位可享受的补贴（吸纳就业补贴、社保补贴、就业基地、帮扶车间、见习补贴等），按单位自己说的情况和所招人员逐人核对。只填说到的情况。返回格式同 check_eligibility。',
  input: z.object({
    benefitCodes: z.array(z.enum(EMPLOYER_BENEFITS)).optional().describe('只核对这些项目；不填则核对全部单位项目'),
    ...employerInputShape,
  }),
  labelOf: employerFieldLabel,
  output: CheckEmployerEligibilityOutput,
  async run({ benefitCodes, ...flat }, config) {
    const ctx = turnOf(config);
    const employer = employerFromFlat(flat);
    const evaluation = evaluate({ employer, asOf: ctx.asOf, audience: 'employer' });
    const wanted = benefitCodes?.length ? new Set<string>(benefitCodes) : undefined;
    return eligibilityResult(
      evaluation,
      evaluation.benefits.filter((b) => !wanted || wanted.has(b.code)),
      { hires: employer.hires?.length ?? 0 },
    );
  },
});
