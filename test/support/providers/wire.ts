import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';

/**
 * What every provider stub shares: a model reply in provider-neutral terms, the frames a server
 * writes on the wire, and the writer that puts those frames on an SSE response byte for byte.
 * Each provider file (openai.ts, deepseek.ts, dashscope.ts, vllm.ts, ollama.ts, lmdeploy.ts)
 * turns a `Reply` into the frames its real server emits; faults.ts has the misbehaviours.
 */

/** One tool call the scripted model makes. `args` as a string is sent verbatim (even if not JSON). */
export interface Call {
  name: string;
  args: string | Record<string, unknown>;
  /** The server's id for the call; each provider makes one up in its own style when absent. */
  id?: string;
}

/** One scripted model reply: reasoning first, then text, then tool calls, as real servers order them. */
export interface Reply {
  reasoning?: string;
  text?: string;
  calls?: Call[];
  /** Overrides the finish reason the provider would send (`length` for a reply cut by max_tokens). */
  finish?: string;
  usage?: { prompt: number; completion: number };
}

/** What a server writes: a `data:` event, an SSE comment, a pause, or dropping the connection. */
export type Frame =
  | { data: unknown }
  | { comment: string }
  | { wait: number }
  /** Keep the connection open for `ms`, writing `: keep-alive` every `every` ms (0: nothing at all). */
  | { stall: number; every?: number }
  | { abort: true };

export const argsText = (args: Call['args']) => (typeof args === 'string' ? args : JSON.stringify(args));

/** Text in pieces of `n` characters (by code point), as a tokenizer's deltas would arrive. */
export const pieces = (text: string, n: number) => text.match(new RegExp(`.{1,${n}}`, 'gsu')) ?? [];

/** A random lowercase hex string for ids (`call_…`, `chatcmpl-…`). */
export const hex = (len = 24) => randomBytes(Math.ceil(len / 2)).toString('hex').slice(0, len);
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

/** Writes frames exactly: `data: <json>\n\n`, `: comment\n\n`; ends with the stream (the caller adds `[DONE]`). */
export function writeFrames(c: Context, frames: Frame[], headers: Record<string, string> = {}) {
  for (const [k, v] of Object.entries(headers)) c.header(k, v);
  return streamSSE(c, async (stream) => {
    for (const frame of frames) {
      if (stream.aborted) return;
      if ('data' in frame) await stream.write(`data: ${typeof frame.data === 'string' ? frame.data : JSON.stringify(frame.data)}\n\n`);
      else if ('comment' in frame) await stream.write(`: ${frame.comment}\n\n`);
      else if ('wait' in frame) await sleep(frame.wait);
      else if ('stall' in frame) {
        const until = Date.now() + frame.stall;
        while (Date.now() < until && !stream.aborted) {
          if (frame.every) await stream.write(': keep-alive\n\n');
          await sleep(Math.min(frame.every || 100, Math.max(1, until - Date.now())));
        }
      } else if ('abort' in frame) {
        stream.abort();
        return;
      }
    }
  });
}

/** A JSON error response as a provider sends it. */
export const errorResponse = (c: Context, status: number, body: unknown, headers: Record<string, string> = {}) =>
  c.json(body as object, status as 400, headers);

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether the request asked for the usage chunk (`stream_options.include_usage`). */
export const wantsUsage = (body: any) => body?.stream_options?.include_usage === true;

export const usageOf = (r: Reply) => {
  const u = r.usage ?? { prompt: 100, completion: 20 };
  return { prompt_tokens: u.prompt, completion_tokens: u.completion, total_tokens: u.prompt + u.completion };
};
