import type { AIMessageChunk, BaseMessage } from '@langchain/core/messages';
import type { Runnable } from '@langchain/core/runnables';
import { type AssembledCall, ToolCallAssembler } from './assemble.ts';
import { ThinkFilter } from './think.ts';

export class ModelError extends Error {
  override name = 'ModelError';
  constructor(
    message: string,
    /** What went wrong, as stored on the turn's trace: timeout, idle, budget, http_429, cut, … */
    readonly kind: string,
  ) {
    super(message);
  }
}

/** The bounds of one turn's model calls (ADR 0014). */
export interface CallLimits {
  /** One call, from request to its last chunk. */
  callMs: number;
  /** The longest silence between two chunks once the call has started answering. */
  idleMs: number;
  /** Epoch ms by which the whole turn's model work must be done. */
  deadline: number;
  /** Retries of a 429, 5xx or network failure before the first chunk. */
  retries: number;
}

export interface Reply {
  text: string;
  /** All the reasoning: what came as `reasoning_content` and what was written in `<think>` blocks. */
  reasoning: string;
  /**
   * Only what came as `reasoning_content`: what a provider wants back with the tool calls (DeepSeek
   * even when it is empty). Undefined when the provider sent no such field.
   */
  providerReasoning?: string;
  /** The content held a dangling `</think>`: this model opens its reasoning in the prompt. */
  danglingThink: boolean;
  calls: AssembledCall[];
  finishReason?: string;
  usage?: { input: number; output: number };
  retries: number;
}

export interface CallHooks {
  /** Text to show, as it comes; `withdrawn` when what was shown turned out to be reasoning. */
  onText(text: string, withdrawn: boolean): void;
  /**
   * The model is known to begin its replies with reasoning closed by a bare `</think>` (its template
   * opens the block in the prompt): hold each reply's text until that tag or the reply's end.
   */
  reasoningFirst?: boolean;
  /** Called before waiting to retry, with the cause and the wait. */
  onRetry?(cause: string, waitMs: number): void;
}

const textOf = (m: AIMessageChunk) =>
  typeof m.content === 'string' ? m.content : m.content.map((p: any) => (p.type === 'text' ? p.text : '')).join('');

/**
 * One streamed model call within the turn's limits. A 429, 5xx or connection failure before any
 * chunk is retried (after the server's Retry-After when it gives one, if the turn's budget allows);
 * once text has been shown a failure is not retried, since the seeker has seen part of it.
 */
export async function callModel(
  model: Runnable<BaseMessage[], AIMessageChunk>,
  messages: BaseMessage[],
  limits: CallLimits,
  hooks: CallHooks,
  signal?: AbortSignal,
): Promise<Reply> {
  for (let attempt = 0; ; attempt++) {
    const started = { value: false };
    try {
      const reply = await once(model, messages, limits, hooks, started, signal);
      return { ...reply, retries: attempt };
    } catch (e) {
      if (signal?.aborted) throw e;
      const cause = causeOf(e);
      const wait = retryWait(e, attempt);
      const canRetry = !started.value && attempt < limits.retries && retryable(e) && Date.now() + wait + 1_000 < limits.deadline;
      if (!canRetry) throw e instanceof ModelError ? e : new ModelError(String((e as Error)?.message ?? e), cause);
      hooks.onRetry?.(cause, wait);
      await sleep(wait, signal);
    }
  }
}

async function once(
  model: Runnable<BaseMessage[], AIMessageChunk>,
  messages: BaseMessage[],
  limits: CallLimits,
  hooks: CallHooks,
  started: { value: boolean },
  outer?: AbortSignal,
): Promise<Omit<Reply, 'retries'>> {
  const controller = new AbortController();
  let reason: ModelError | undefined;
  const stop = (e: ModelError) => {
    reason ??= e;
    controller.abort(e);
  };
  const onOuter = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onOuter, { once: true });
  const budgetMs = Math.max(0, limits.deadline - Date.now());
  const callTimer = setTimeout(
    () => (budgetMs < limits.callMs ? stop(new ModelError(`turn budget spent`, 'budget')) : stop(new ModelError(`call took over ${limits.callMs} ms`, 'timeout'))),
    Math.min(limits.callMs, budgetMs),
  );
  let idleTimer: NodeJS.Timeout | undefined;
  const touch = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => stop(new ModelError(`no chunk for ${limits.idleMs} ms`, 'idle')), limits.idleMs);
  };

  const think = new ThinkFilter(hooks.reasoningFirst);
  const calls = new ToolCallAssembler();
  let text = '';
  let reasoning: string | undefined;
  let finishReason: string | undefined;
  let usage: Reply['usage'];
  try {
    const stream = await model.stream(messages, { signal: controller.signal });
    touch();
    for await (const chunk of stream) {
      touch();
      started.value ||= Boolean(textOf(chunk) || chunk.tool_call_chunks?.length);
      const piece = textOf(chunk);
      if (piece) {
        const shown = think.push(piece);
        if (shown.withdrawn) text = '';
        text += shown.text;
        if (shown.text || shown.withdrawn) hooks.onText(shown.text, shown.withdrawn);
      }
      const r = chunk.additional_kwargs?.reasoning_content;
      if (typeof r === 'string') reasoning = (reasoning ?? '') + r;
      calls.push(chunk.tool_call_chunks);
      finishReason = (chunk.response_metadata?.finish_reason as string | undefined) ?? finishReason;
      if (chunk.usage_metadata) usage = { input: chunk.usage_metadata.input_tokens, output: chunk.usage_metadata.output_tokens };
    }
    const rest = think.end();
    if (rest) {
      text += rest;
      hooks.onText(rest, false);
    }
  } catch (e) {
    throw reason ?? e;
  } finally {
    clearTimeout(callTimer);
    clearTimeout(idleTimer);
    outer?.removeEventListener('abort', onOuter);
  }
  if (reason) throw reason;
  return { text, reasoning: (reasoning ?? '') + think.reasoning, providerReasoning: reasoning, danglingThink: think.sawDangling, calls: calls.finish(), finishReason, usage };
}

const statusOf = (e: unknown): number | undefined => {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
};

function retryable(e: unknown): boolean {
  if (e instanceof ModelError) return false;
  const status = statusOf(e);
  if (status !== undefined) return status === 429 || status >= 500;
  // No HTTP status: the connection failed or was reset before an answer.
  return /ECONNRESET|ECONNREFUSED|socket|network|fetch failed|Connection error|terminated/i.test(String((e as Error)?.message ?? e));
}

/** The wait before retrying: the server's Retry-After (seconds or an HTTP date), else a short backoff. */
function retryWait(e: unknown, attempt: number): number {
  const headers = (e as { headers?: Headers | Record<string, string> })?.headers;
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : (headers as Record<string, string> | undefined)?.[name]);
  const ms = Number(get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return Math.min(ms, 10_000);
  const after = get('retry-after');
  if (after) {
    const seconds = Number(after);
    const wait = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(after) - Date.now();
    if (Number.isFinite(wait) && wait >= 0) return Math.min(wait, 10_000);
  }
  return 250 * 2 ** attempt;
}

/** A failure's short name for the trace. */
export function causeOf(e: unknown): string {
  if (e instanceof ModelError) return e.kind;
  const status = statusOf(e);
  if (status !== undefined) return `http_${status}`;
  const name = (e as Error)?.name;
  if (name === 'TimeoutError') return 'timeout';
  if (name === 'AbortError') return 'aborted';
  return retryable(e) ? 'network' : 'error';
}

function sleep(ms: number, signal?: AbortSignal) {
  return new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(signal.reason);
    }, { once: true });
  });
}
