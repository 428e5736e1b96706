import type { Seeker } from '../db/schema/index.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { type Person, PersonSchema } from '../rules/facts.ts';

/** 就业失业状况 as the ledger records it: the person-facts statuses plus 培训中 and 不详. */
export const LEDGER_EMPLOYMENT_STATUSES = ['unemployed', 'employed', 'flexible', 'self_employed', 'in_training', 'unknown'] as const;

/**
 * The stored facts as rules input. They were validated when saved, but a fact whose definition
 * has since changed is dropped rather than allowed to break the ledger.
 */
export function personOf(facts: Record<string, unknown>): Person {
  const parsed = PersonSchema.safeParse(facts);
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  return PersonSchema.parse(Object.fromEntries(Object.entries(facts).filter(([k]) => !bad.has(k))));
}

/**
 * The 实名制台账 profile of 二（五）1 — 就业失业状况、就业创业意愿、技术技能水平、培训服务需求 — as a
 * counsellor last set it, else as the conversation told it (the facts the agent recorded).
 */
export function ledgerProfile(seeker: Pick<Seeker, 'facts' | 'employmentStatus' | 'intent' | 'skills' | 'trainingNeed'>) {
  const f = seeker.facts as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null);
  return {
    employmentStatus: seeker.employmentStatus ?? (typeof f.employmentStatus === 'string' ? f.employmentStatus : 'unknown'),
    intent: seeker.intent ?? (typeof f.jobIntent === 'string' ? f.jobIntent : f.wantsStartup === true ? zh.cases.outcomes.startup : null),
    skills: seeker.skills ?? strings(f.skills) ?? [],
    trainingNeed: seeker.trainingNeed ?? (f.wantsTraining === true ? zh.cases.ledger.trainingWanted : null),
    facts: f,
  };
}
