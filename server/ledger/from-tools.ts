import type { serviceRecords } from '../db/schema/index.ts';

type Row = typeof serviceRecords.$inferInsert;

/**
 * The services of 二（四）1 that a reply's tool results delivered: a policy briefing when policy or
 * eligibility was explained, each job and each course recommended. Used for the bot's answers and
 * for counsellor replies drafted by the copilot; (seeker, kind, ref) is unique, so recording twice
 * is harmless.
 */
export function serviceRowsFromTools(
  toolCalls: readonly { name: string; output: unknown }[],
  base: Omit<Row, 'kind' | 'refId' | 'detail'>,
): Row[] {
  const rows: Row[] = [];
  for (const call of toolCalls) {
    const out = call.output as any;
    if (!out || out.error) continue;
    if (call.name === 'search_policy' || call.name === 'check_eligibility' || call.name === 'check_employer_eligibility') rows.push({ ...base, kind: 'policy_briefing', refId: 'chat', detail: { via: call.name } });
    if (call.name === 'match_vacancies') for (const m of out.matches ?? []) rows.push({ ...base, kind: 'job_recommendation', refId: String(m.vacancyId), detail: { title: m.title, employer: m.employer } });
    if (call.name === 'recommend_training') for (const m of out.matches ?? out.courses ?? []) rows.push({ ...base, kind: 'course_recommendation', refId: String(m.courseId ?? m.id), detail: { title: m.title } });
  }
  return rows;
}
