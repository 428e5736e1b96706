import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Runnable } from '@langchain/core/runnables';
import { AIMessage, type AIMessageChunk, type BaseMessage, HumanMessage, SystemMessage, ToolMessage } from '@langchain/core/messages';
import { recentMessages } from '../../chat/queries.ts';
import { loadPrompt } from '../prompts.ts';
import { type Step, type TurnContext, turnLogIds } from '../context.ts';
import { TOOLS, TOOLS_BY_NAME, withTurn } from '../tools/index.ts';
import { turnSearch } from './retrieve-clauses.ts';
import { compose } from '../../dialogue/answer/compose.ts';
import { stateSummary } from '../../dialogue/turn.ts';
import { HISTORY } from './persist-question.ts';
import { safeErrorMessage } from '../../log.ts';

export class ModelError extends Error {
  override name = 'ModelError';
}

function systemMessage(ctx: TurnContext): SystemMessage {
  const system = loadPrompt('system');
  const clauses = ctx.retrieved.map((c) => `【${c.clauseId}】${c.title}：${c.text}`).join('\n');
  const dialogue = ctx.dialogue ? `\n\n对话状态：\n${stateSummary(ctx.dialogue)}` : '';
  return new SystemMessage(`${system.text}\n\n今天是${ctx.asOf}。${dialogue}\n\n检索到的条款：\n${clauses || '（无）'}`);
}

/** The conversation before the question: read with it by persist_question, or here (copilot drafts). */
async function history(ctx: TurnContext): Promise<BaseMessage[]> {
  const rows = ctx.history ?? (await recentMessages(ctx.deps.database, { conversationId: ctx.conversationId, limit: HISTORY + 1 }));
  return rows
    .filter((m) => m.id !== ctx.questionId && (m.role === 'seeker' || m.role === 'assistant' || m.role === 'counsellor'))
    .slice(-HISTORY)
    .map((m) => (m.role === 'seeker' ? new HumanMessage(m.text) : new AIMessage(m.text)));
}

const textOf = (m: AIMessageChunk | AIMessage) =>
  typeof m.content === 'string' ? m.content : m.content.map((p: any) => (p.type === 'text' ? p.text : '')).join('');

/**
 * Runs the model with the tools, bounded by maxToolSteps rounds, streaming text as it comes. A
 * remote model that fails (timeout, 5xx, garbage, a malformed tool call) is replaced for this turn
 * by the offline model over the same tools, so the seeker still gets a computed, cited answer.
 */
export const toolLoopStep: Step = {
  name: 'tool_loop',
  async run(ctx) {
    const { models } = ctx.deps;
    ctx.promptVersion = loadPrompt('system').version;
    try {
      await runLoop(ctx, models.forTurn(ctx.asOf, ctx.dialogue), models.name, models.remote);
    } catch (e) {
      if (!models.remote || ctx.signal?.aborted) throw e;
      ctx.deps.metrics?.modelErrors.inc();
      ctx.deps.log.warn({ ...turnLogIds(ctx), err: e }, 'remote model failed; offline fallback');
      ctx.toolCalls = [];
      await runLoop(ctx, models.offline(ctx.asOf, ctx.dialogue), `${models.name}→offline`, false);
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

/** `remote`: an answer must end with a finish reason, else the stream was cut mid-answer. */
async function runLoop(ctx: TurnContext, model: BaseChatModel, modelName: string, remote: boolean) {
  ctx.model = modelName;
  const facts = ctx.seekerFacts ? { get: () => ctx.seekerFacts!, set: (f: Record<string, unknown>) => (ctx.seekerFacts = f) } : undefined;
  const turn = withTurn({ ...ctx.deps, seekerId: ctx.seekerId, conversationId: ctx.conversationId, asOf: ctx.asOf, searchClauses: turnSearch(ctx), facts });
  const bound = withTools(model);
  const messages: BaseMessage[] = [systemMessage(ctx), ...(await history(ctx)), new HumanMessage(ctx.text)];

  for (let step = 0; step <= ctx.deps.maxToolSteps; step++) {
    let full: AIMessageChunk | undefined;
    const stream = await bound.stream(messages, { signal: ctx.signal });
    for await (const chunk of stream) {
      full = full ? full.concat(chunk) : chunk;
      const text = textOf(chunk);
      if (text) {
        if (ctx.firstDeltaMs === undefined) firstDelta(ctx);
        ctx.emit({ event: 'delta', data: { text } });
      }
    }
    if (!full) throw new ModelError('empty response');
    if (remote && !full.response_metadata?.finish_reason) throw new ModelError('stream ended without a finish reason');
    if (full.invalid_tool_calls?.length) throw new ModelError(`malformed tool call: ${full.invalid_tool_calls[0]!.name}`);
    const calls = full.tool_calls ?? [];
    if (calls.length === 0) {
      ctx.answer = textOf(full).trim();
      if (!ctx.answer) throw new ModelError('empty answer');
      return;
    }
    if (step === ctx.deps.maxToolSteps) break;
    messages.push(new AIMessage({ content: textOf(full), tool_calls: calls }));
    for (const call of calls) {
      const tool = TOOLS_BY_NAME.get(call.name);
      let output: string;
      if (!tool) output = JSON.stringify({ error: `unknown tool ${call.name}` });
      else {
        try {
          output = String(await tool.invoke(call.args, turn));
        } catch (e) {
          // Arguments that fail the tool's schema come back to the model as data it can correct.
          // The model sees (and the transcript keeps) the message, never a failed query's parameters.
          output = JSON.stringify({ error: safeErrorMessage(e).slice(0, 500) });
        }
      }
      const parsed = safeJson(output);
      ctx.toolCalls.push({ name: call.name, input: call.args, output: parsed });
      ctx.deps.metrics?.toolCalls.inc({ tool: call.name });
      ctx.emit({ event: 'tool', data: { name: call.name, input: call.args, output: parsed } });
      if (call.name === 'request_counsellor' && parsed && typeof parsed === 'object' && 'caseId' in parsed) {
        ctx.handoff = { caseId: String((parsed as any).caseId), reason: String((parsed as any).reason) };
        ctx.emit({ event: 'handoff', data: ctx.handoff });
      }
      messages.push(new ToolMessage({ content: output, tool_call_id: call.id!, name: call.name }));
    }
  }
  // Out of tool rounds: answer from what the tools returned rather than let the model run on.
  ctx.answer = composeFromTools(ctx);
}

function firstDelta(ctx: TurnContext) {
  const ms = ctx.startedAtPerf === undefined ? Date.now() - ctx.startedAt : performance.now() - ctx.startedAtPerf;
  ctx.firstDeltaMs = Math.round(ms * 10) / 10;
  ctx.deps.metrics?.firstDelta.observe({}, ms / 1000);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { text };
  }
}

/** The dialogue manager's answer from this turn's tool results (out of tool rounds, or after failed grounding). */
export function composeFromTools(ctx: TurnContext): string {
  if (!ctx.dialogue) return '';
  const composed = compose(ctx.dialogue.compose, ctx.toolCalls.map((c) => ({ name: c.name, input: c.input, output: c.output })), ctx.text);
  ctx.dialogue.asked = composed.asked;
  ctx.dialogue.lead = composed.lead;
  return composed.text;
}
