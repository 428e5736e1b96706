import { storeTurn } from '../../chat/store-turn.ts';
import { serviceRowsFromTools } from '../../ledger/from-tools.ts';
import { questionStatus } from '../statuses.ts';
import { finalState } from '../../dialogue/turn.ts';
import type { Step } from '../context.ts';

/**
 * Stores what the turn reached, in one statement (server/chat/store-turn.ts): the answer with its
 * citations, tool calls, model, prompt version, latency and grounding; what became of the seeker's
 * message; the real-name ledger's service records (二（四）1) the tools delivered — a policy briefing
 * when policy or eligibility was explained, each job and course recommended; and the trace of
 * every step before this one.
 */
export const storeTurnStep: Step = {
  name: 'store_turn',
  async run(ctx) {
    const status = ctx.status ?? 'answered';
    const latencyMs = Date.now() - ctx.startedAt;
    const flagged = Boolean(ctx.grounding && (!ctx.grounding.ok || ctx.grounding.regenerated || ctx.grounding.replaced)) || status.startsWith('guardrail');
    const delivers = Boolean(ctx.answer) && !status.startsWith('guardrail') && status !== 'out_of_scope';
    const base = { seekerId: ctx.seekerId, conversationId: ctx.conversationId, deliveredOn: ctx.asOf };
    ctx.answerMessageId = await storeTurn(ctx.deps.database, {
      conversationId: ctx.conversationId,
      questionId: ctx.questionId!,
      questionStatus: questionStatus(status),
      answer: ctx.answer
        ? {
            text: ctx.answer,
            citations: ctx.citations,
            toolCalls: ctx.toolCalls,
            model: ctx.model || null,
            promptVersion: ctx.promptVersion || null,
            latencyMs,
            status,
            grounding: ctx.grounding ? { ...ctx.grounding } : null,
            flagged,
          }
        : undefined,
      services: delivers ? serviceRowsFromTools(ctx.toolCalls, base) : [],
      ...(ctx.dialogue ? { dialogueState: finalState(ctx.dialogue, { citations: ctx.citations.map((c) => c.clauseId), tools: ctx.toolCalls.map((c) => c.name) }) } : {}),
      trace: {
        status,
        steps: ctx.steps,
        retrieved: ctx.retrieved.map((c) => ({ clauseId: c.clauseId, score: c.score })),
        toolCalls: ctx.toolCalls.map((c) => ({ name: c.name, input: c.input })),
        model: ctx.model || null,
        promptVersion: ctx.promptVersion || null,
        totalMs: latencyMs,
        firstDeltaMs: ctx.firstDeltaMs === undefined ? null : Math.round(ctx.firstDeltaMs),
      },
    });
    ctx.stored = true;
  },
};
