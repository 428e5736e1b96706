import { storeTurn } from '../../chat/store-turn.ts';
import { serviceRowsFromTools } from '../../ledger/from-tools.ts';
import { questionStatus } from '../statuses.ts';
import { finalState } from '../../dialogue/turn.ts';
import type { Step, TurnContext } from '../context.ts';

/**
 * Stores what the turn reached, in one statement (server/chat/store-turn.ts): the answer with its
 * citations, tool calls, model, prompt version, latency and grounding; what became of the seeker's
 * message; the real-name ledger's service records (二（四）1) the tools delivered — a policy briefing
 * when policy or eligibility was explained, each job and course recommended; and the trace of
 * every step before this one.
 */
/** The remote model's side of the turn, for the trace; nothing when there is nothing to say. */
function modelCalls(ctx: TurnContext): Record<string, unknown> | null {
  const m = {
    ...(ctx.usage ? { usage: ctx.usage } : {}),
    ...(ctx.modelRetries ? { retries: ctx.modelRetries } : {}),
    ...(ctx.refusedCalls ? { refusedCalls: ctx.refusedCalls } : {}),
    ...(ctx.fallback ? { fallback: ctx.fallback } : {}),
  };
  return Object.keys(m).length ? m : null;
}

export const storeTurnStep: Step = {
  name: 'store_turn',
  async run(ctx) {
    const status = ctx.status ?? 'answered';
    const latencyMs = Date.now() - ctx.startedAt;
    // A fallback or a tool loop that ran out is flagged too: a supervisor sees why the configured model did not answer.
    const flagged =
      Boolean(ctx.grounding && (!ctx.grounding.ok || ctx.grounding.regenerated || ctx.grounding.replaced)) ||
      status.startsWith('guardrail') ||
      status === 'answered_fallback_offline' ||
      status === 'answered_tool_limit';
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
        modelCalls: modelCalls(ctx),
      },
    });
    ctx.stored = true;
  },
};
