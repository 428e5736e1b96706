import { serviceRecords } from '../../db/schema/index.ts';
import { serviceRowsFromTools } from '../../ledger/from-tools.ts';
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
    const rows = serviceRowsFromTools(ctx.toolCalls, base);
    if (rows.length) await ctx.deps.database.db.insert(serviceRecords).values(rows).onConflictDoNothing();
  },
};
