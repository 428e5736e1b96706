import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import { BENEFIT_CODES, EMPLOYER_BENEFITS, evaluate } from '../../rules/engine.ts';
import type { BenefitResult } from '../../rules/outcome.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { explain } from '../../rules/explain.ts';
import { EmployerSchema, PersonSchema } from '../../rules/facts.ts';
import { result, storedFacts, turnOf } from './context.ts';

/**
 * Runs the rules engine on the seeker's recorded profile (never on facts the model makes up: the
 * person comes from the database, so one seeker cannot ask about another's stored profile).
 * An employer asking about hiring subsidies passes the employer facts they stated.
 */
export const checkEligibilityTool = tool(
  async ({ benefitCodes, employer: said, group }, config) => {
    let employer = said;
    const ctx = turnOf(config);
    const stored = PersonSchema.safeParse(await storedFacts(ctx));
    // A question about a group (脱贫人口有啥子帮扶) is answered on that group's facts alone, never
    // mixed with the seeker's profile: nothing stored is read or changed.
    const person = group ? group : stored.success ? stored.data : {};
    // A group is also looked at as hired: what an employer taking someone of it on can have.
    if (group && !employer) employer = { hires: [{ person: group }] };
    // An employer's benefit asked about without the employer's facts is still answered (as a general rule).
    const employerAsked = Boolean(employer) || (benefitCodes ?? []).some((c) => (EMPLOYER_BENEFITS as readonly string[]).includes(c));
    const audience = employerAsked ? (Object.keys(person).length ? 'both' : 'employer') : 'person';
    const evaluation = evaluate({ person, employer, asOf: ctx.asOf, audience });
    const wanted = benefitCodes?.length ? new Set<string>(benefitCodes) : undefined;
    const benefits = evaluation.benefits.filter((b) => !wanted || wanted.has(b.code));
    // What is still to be found out, in words a model can ask with (the benefits keep their fact paths).
    const missingFacts = [...new Set(benefits.filter((b) => b.status === 'unknown').flatMap((b) => b.missingFacts).map((p) => zh.rules.factLabel(p, true)))];
    return result({
      asOf: evaluation.asOf,
      person,
      benefits,
      ...(Object.keys(person).length ? { bearing: bearingOn(benefits, evaluate({ person: {}, employer: group ? { hires: [{ person: {} }] } : employer, asOf: ctx.asOf, audience }).benefits) } : {}),
      missingFacts,
      explanation: explain({ ...evaluation, benefits }),
      citations: [...new Set(benefits.flatMap((b) => b.citations))],
    });
  },
  {
    name: 'check_eligibility',
    description:
      '用规则引擎核对补贴和服务资格。个人情况取自已记录的求职者档案（先调用 record_profile_facts）。返回每项的状态、金额、原因、缺少的情况和条款。',
    schema: z.object({
      benefitCodes: z.array(z.enum(BENEFIT_CODES)).optional().describe('只核对这些项目；不填则全部核对'),
      employer: EmployerSchema.optional().describe('用人单位咨询吸纳就业补贴时，单位和所招人员的情况'),
      group: PersonSchema.partial()
        .optional()
        .describe('问的是某类人群而不是咨询者本人时（如“脱贫人口有哪些帮扶”），该人群的情况；填了就只按它核对，不读取档案'),
    }),
  },
);

/**
 * The benefits the known facts bear on: eligible, or with fewer facts still missing than for
 * someone nobody knows anything about (脱贫 settles part of 职业培训补贴's “重点对象”, nothing of 低保就业补贴).
 */
function bearingOn(forGroup: readonly BenefitResult[], forNobody: readonly BenefitResult[]): string[] {
  return forGroup
    .filter((b) => {
      if (b.status === 'ineligible') return false;
      const base = forNobody.find((x) => x.code === b.code);
      return b.status === 'eligible' || (base !== undefined && b.missingFacts.length < base.missingFacts.length);
    })
    .map((b) => b.code);
}
