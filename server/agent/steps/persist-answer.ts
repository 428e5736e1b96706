import { eq } from 'drizzle-orm';
import { appendMessage, setMessageStatus } from '../../chat/queries.ts';
import { conversations } from '../../db/schema/index.ts';
import { sql } from 'drizzle-orm';
import { questionStatus } from '../statuses.ts';
import type { Step } from '../context.ts';

/**
 * Stores the answer with its citations, tool calls, model, prompt version, latency and grounding,
 * and marks the seeker's message with what became of it. Then tells the
 * seeker: citations, then `done` with the final text (which replaces anything streamed before).
 */
export const persistAnswerStep: Step = {
  name: 'persist_answer',
  async run(ctx) {
    const status = ctx.status ?? 'answered';
    const { database } = ctx.deps;
    const latencyMs = Date.now() - ctx.startedAt;
    if (ctx.answer) {
      const flagged = Boolean(ctx.grounding && (!ctx.grounding.ok || ctx.grounding.regenerated || ctx.grounding.replaced)) || status.startsWith('guardrail');
      const message = await appendMessage(database, {
        conversationId: ctx.conversationId,
        role: 'assistant',
        text: ctx.answer,
        citations: ctx.citations,
        toolCalls: ctx.toolCalls,
        model: ctx.model || null,
        promptVersion: ctx.promptVersion || null,
        latencyMs,
        status,
        grounding: ctx.grounding ? { ...ctx.grounding } : null,
        flagged,
      });
      ctx.answerMessageId = message.id;
    }
    await setMessageStatus(database, { messageId: ctx.questionId!, status: questionStatus(status) });
    await database.db.update(conversations).set({ lastActivityAt: sql`now()` }).where(eq(conversations.id, ctx.conversationId));
    for (const c of ctx.citations) ctx.emit({ event: 'citation', data: c });
    if (ctx.answerMessageId) ctx.emit({ event: 'done', data: { messageId: ctx.answerMessageId, text: ctx.answer, citations: ctx.citations, status } });
    else ctx.emit({ event: 'done', data: { messageId: ctx.questionId!, text: '', citations: [], status } });
  },
};
