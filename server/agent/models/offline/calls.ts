import type { PlannedCall } from '../../../dialogue/turn.ts';
import type { Employer, Person } from '../../../rules/facts.ts';
import { EMPLOYER_BENEFITS } from '../../../rules/engine.ts';
import { flatFromEmployer, flatFromPerson, groupNamesOf, RECORDABLE } from '../../tools/fields.ts';

const employerCodes = new Set<string>(EMPLOYER_BENEFITS);

/**
 * The dialogue manager plans in the engine's facts (server/dialogue/turn.ts: `{facts: Person}`,
 * `{employer, group}`); the tools take flat fields. This is the planner's call as the tools
 * take it, through the same mapping a remote model's arguments go through (tools/fields.ts):
 * an employer's check is check_employer_eligibility, a group is named by its groups.
 */
export function toolCallFor(plan: PlannedCall): PlannedCall {
  if (plan.name === 'record_profile_facts') return { name: plan.name, args: flatFromPerson((plan.args.facts ?? {}) as Partial<Person>, RECORDABLE) };
  if (plan.name !== 'check_eligibility') return plan;
  const { benefitCodes, employer, group } = plan.args as { benefitCodes?: string[]; employer?: Employer; group?: Record<string, unknown> };
  if (employer) {
    const codes = benefitCodes?.filter((c) => employerCodes.has(c));
    return { name: 'check_employer_eligibility', args: { ...(codes?.length ? { benefitCodes: codes } : {}), ...flatFromEmployer(employer) } };
  }
  const groups = group ? groupNamesOf(group) : [];
  return { name: plan.name, args: { ...(benefitCodes ? { benefitCodes } : {}), ...(groups.length ? { group: groups } : {}) } };
}
