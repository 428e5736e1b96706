import { serviceRecords } from '../../db/schema/index.ts';
import type { Step } from '../context.ts';

/**
 * The real-name ledger's service records (二（四）1) filled from what the tools delivered: a policy
 * briefing when policy or eligibility was explained, each job and course recommended. Recording
 * twice is harmless: (seeker, kind, ref) is unique.
 */
export const updateLedgerStep: Step = {
  name: 'update_ledger',
  async run(ctx) {
    if (!ctx.answerMessageId || ctx.status?.startsWith('guardrail') || ctx.status === 'out_of_scope') return;
    const base = { seekerId: ctx.seekerId, conversationId: ctx.conversationId, messageId: ctx.answerMessageId, deliveredOn: ctx.asOf };
    const rows: (typeof serviceRecords.$inferInsert)[] = [];
    for (const call of ctx.toolCalls) {
      const out = call.output as any;
      if (!out || out.error) continue;
      if (call.name === 'search_policy' || call.name === 'check_eligibility') rows.push({ ...base, kind: 'policy_briefing', refId: 'chat', detail: { via: call.name } });
      if (call.name === 'match_vacancies') for (const m of out.matches ?? []) rows.push({ ...base, kind: 'job_recommendation', refId: String(m.vacancyId), detail: { title: m.title, employer: m.employer } });
      if (call.name === 'recommend_training') for (const m of out.matches ?? out.courses ?? []) rows.push({ ...base, kind: 'course_recommendation', refId: String(m.courseId ?? m.id), detail: { title: m.title } });
    }
    if (rows.length) await ctx.deps.database.db.insert(serviceRecords).values(rows).onConflictDoNothing();
  },
};
