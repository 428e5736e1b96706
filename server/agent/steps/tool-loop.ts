import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Runnable } from '@langchain/core/runnables';
import { AIMessage, type AIMessageChunk, type BaseMessage, ToolMessage } from '@langchain/core/messages';
import { loadPrompt } from '../prompts.ts';
import { type Step, type TurnContext, turnLogIds } from '../context.ts';
import { TOOLS, withTurn } from '../tools/index.ts';
import { turnSearch } from './retrieve-clauses.ts';
import { compose } from '../../dialogue/answer/compose.ts';
import { safeErrorMessage } from '../../log.ts';
import { type CallLimits, callModel, causeOf, ModelError } from '../loop/call-model.ts';
import { turnMessages } from '../loop/messages.ts';
import { runCalls } from '../loop/run-calls.ts';
import { AnswerWriter } from '../loop/writer.ts';

export { ModelError } from '../loop/call-model.ts';

/**
 * Runs the model with the tools, bounded by maxToolSteps rounds and the turn's time limits,
 * streaming text as it comes (held back where a figure or a claim needs checking first). A remote
 * model that fails — a timeout, a silent stream, a 429 or 5xx after its retries, garbage, an answer
 * cut short — is replaced for this turn by the offline model over the same tools: the seeker is
 * told to discard what was shown (`reset`) and gets a computed, cited answer, flagged for review.
 */
export const toolLoopStep: Step = {
  name: 'tool_loop',
  async run(ctx) {
    const { models } = ctx.deps;
    ctx.promptVersion = loadPrompt('system').version;
    const writer = new AnswerWriter(ctx);
    if (!models.remote) return runLoop(ctx, models.forTurn(ctx.asOf, ctx.dialogue), models.name, writer, undefined);
    const limits: CallLimits = { ...models.limits, deadline: Date.now() + models.limits.turnBudgetMs };
    ctx.modelDeadline = limits.deadline;
    try {
      await runLoop(ctx, models.forTurn(ctx.asOf, ctx.dialogue), models.name, writer, limits);
      models.recordRemoteTurn?.({ answered: true });
    } catch (e) {
      if (ctx.signal?.aborted) throw e;
      const cause = causeOf(e);
      models.recordRemoteTurn?.({ answered: false, cause });
      ctx.deps.metrics?.modelErrors.inc();
      ctx.deps.log.warn({ ...turnLogIds(ctx), cause, err: e }, 'remote model failed; offline fallback');
      // What the remote model did stays on the record: its tool calls ran (facts it recorded are
      // the seeker's own words and stay recorded), and the trace says why it was replaced.
      ctx.fallback = { cause, message: safeErrorMessage(e).slice(0, 300), remoteToolCalls: ctx.toolCalls.map((c) => ({ name: c.name, input: c.input })) };
      writer.reset('fallback');
      ctx.toolCalls = [];
      await runLoop(ctx, models.offline(ctx.asOf, ctx.dialogue), `${models.name}→offline`, writer, undefined);
      ctx.status = 'answered_fallback_offline';
    }
  },
};

const bound = new WeakMap<BaseChatModel, Runnable<BaseMessage[], AIMessageChunk>>();

/** The model with the tools bound, once per model (binding converts every tool's schema). */
function withTools(model: BaseChatModel) {
  let b = bound.get(model);
  if (!b) bound.set(model, (b = model.bindTools!(TOOLS) as Runnable<BaseMessage[], AIMessageChunk>));
  return b;
}

/** Offline calls are in-process and bounded by the tool rounds alone. */
const UNBOUNDED: CallLimits = { callMs: 600_000, idleMs: 600_000, deadline: Number.MAX_SAFE_INTEGER, retries: 0 };

/**
 * `limits` is set for a remote model: an answer must then end with a finish reason (else the
 * stream was cut mid-answer), and one cut by the length limit is not an answer.
 */
async function runLoop(ctx: TurnContext, model: BaseChatModel, modelName: string, writer: AnswerWriter, limits: CallLimits | undefined) {
  ctx.model = modelName;
  const remote = limits !== undefined;
  const facts = ctx.seekerFacts ? { get: () => ctx.seekerFacts!, set: (f: Record<string, unknown>) => (ctx.seekerFacts = f) } : undefined;
  const turn = withTurn({ ...ctx.deps, seekerId: ctx.seekerId, conversationId: ctx.conversationId, asOf: ctx.asOf, searchClauses: turnSearch(ctx), facts });
  const tools = withTools(model);
  const messages = await turnMessages(ctx);
  let answer = '';

  for (let step = 0; step <= ctx.deps.maxToolSteps; step++) {
    await writer.startReply(remote);
    const reply = await callModel(
      tools,
      messages,
      limits ?? UNBOUNDED,
      {
        reasoningFirst: remote && ctx.deps.models.quirks.reasoningFirst,
        onText: (text, withdrawn) => (withdrawn ? writer.withdrawReply() : writer.write(text)),
        onRetry: (cause, waitMs) => {
          ctx.modelRetries = [...(ctx.modelRetries ?? []), { cause, waitMs: Math.round(waitMs) }];
          ctx.deps.log.warn({ ...turnLogIds(ctx), cause, waitMs }, 'model call retried');
        },
      },
      ctx.signal,
    );
    if (reply.danglingThink && remote && !ctx.deps.models.quirks.reasoningFirst) {
      // From now on this model's replies are held until their `</think>` (loop/think.ts).
      ctx.deps.models.quirks.reasoningFirst = true;
      ctx.deps.log.info({ ...turnLogIds(ctx), model: modelName }, 'model opens its reasoning in the prompt; holding replies until </think>');
    }
    if (reply.usage) ctx.usage = { input: (ctx.usage?.input ?? 0) + reply.usage.input, output: (ctx.usage?.output ?? 0) + reply.usage.output, calls: (ctx.usage?.calls ?? 0) + 1 };
    if (remote && !reply.finishReason) throw new ModelError('stream ended without a finish reason', 'cut');
    const cutShort = reply.finishReason === 'length';
    if (reply.calls.length === 0) {
      if (cutShort) throw new ModelError('answer cut by the length limit', 'length');
      answer = joinAnswer(answer, reply.text);
      writer.endReply();
      ctx.answer = answer.trim();
      if (!ctx.answer) throw new ModelError('empty answer', 'empty');
      return;
    }
    answer = joinAnswer(answer, reply.text);
    writer.endReply();
    if (step === ctx.deps.maxToolSteps) break;
    // Reasoning that came as `reasoning_content` goes back with the calls (DeepSeek's thinking mode
    // refuses a tool-call history without it); reasoning written into the content never does.
    messages.push(
      new AIMessage({
        content: reply.text,
        tool_calls: reply.calls.map((c) => ({ id: c.id, name: c.name, args: c.args, type: 'tool_call' as const })),
        ...(reply.providerReasoning !== undefined ? { additional_kwargs: { reasoning_content: reply.providerReasoning } } : {}),
      }),
    );
    for (const out of await runCalls(ctx, turn, reply.calls, cutShort)) {
      messages.push(new ToolMessage({ content: out.content, tool_call_id: out.id, name: out.name }));
    }
  }
  // Out of tool rounds: answer from what the tools returned rather than let the model run on.
  ctx.deps.log.warn({ ...turnLogIds(ctx), rounds: ctx.deps.maxToolSteps }, 'tool loop hit its round limit');
  writer.reset('tool_limit');
  ctx.answer = composeFromTools(ctx);
  ctx.status = 'answered_tool_limit';
}

/** Text a model wrote beside its tool calls was shown, so it stays part of the answer. */
const joinAnswer = (so: string, more: string) => (so && more ? `${so.trimEnd()}\n\n${more.trimStart()}` : so + more);

/** The dialogue manager's answer from this turn's tool results (out of tool rounds, or after failed grounding). */
export function composeFromTools(ctx: TurnContext): string {
  if (!ctx.dialogue) return '';
  // The same call made again (a model going round in circles) is one result, not several.
  const seen = new Set<string>();
  const outcomes = ctx.toolCalls.filter((c) => {
    const key = `${c.name}:${JSON.stringify(c.input)}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
  const composed = compose(ctx.dialogue.compose, outcomes, ctx.text);
  ctx.dialogue.asked = composed.asked;
  ctx.dialogue.lead = composed.lead;
  return composed.text;
}
