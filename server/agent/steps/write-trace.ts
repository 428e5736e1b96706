import { insertTurnTrace } from '../../chat/queries.ts';
import type { Step } from '../context.ts';

/** The turn's trace: every step before this one with its timing, what was retrieved, which tools ran. */
export const writeTraceStep: Step = {
  name: 'write_trace',
  async run(ctx) {
    await insertTurnTrace(ctx.deps.database, {
      conversationId: ctx.conversationId,
      seekerMessageId: ctx.questionId!,
      answerMessageId: ctx.answerMessageId ?? null,
      status: ctx.status ?? 'answered',
      steps: ctx.steps,
      retrieved: ctx.retrieved.map((c) => ({ clauseId: c.clauseId, score: c.score })),
      toolCalls: ctx.toolCalls.map((c) => ({ name: c.name, input: c.input })),
      model: ctx.model || null,
      promptVersion: ctx.promptVersion || null,
      totalMs: Date.now() - ctx.startedAt,
    });
  },
};
