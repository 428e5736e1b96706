import type { Context } from 'hono';
import { argsText, type Frame, hex, type Reply, usageOf, wantsUsage, writeFrames } from './wire.ts';

/**
 * lmdeploy's OpenAI-compatible server (`lmdeploy serve api_server … --tool-call-parser qwen`).
 *
 * Sources:
 * - InternLM/lmdeploy, lmdeploy/serve/openai/tool_parser/qwen2d5_parser.py: a call opens with
 *   `DeltaToolCall(index=self.current_tool_id, type='function', id=f'chatcmpl-tool-{shortuuid.random()}',
 *   function=DeltaFunctionCall(name=…))` — the name alone, no arguments — and its arguments follow
 *   as `DeltaToolCall(index=…, function=DeltaFunctionCall(arguments=…))`; the parser keeps its
 *   position and `current_tool_id` on the parser object and says "it's not support parallel tool
 *   calls". Issue 15 reports what a client sees from it: several calls of one reply all with
 *   `index: 0`, each opened by a new id and name (`variant: 'reuse-index'`).
 * - qwen3_parser.py (newer lmdeploy) repeats the same `chatcmpl-tool-…` id on each delta of a
 *   call and sends the arguments as one JSON piece once parsed whole; `type` is left out.
 * - Calls that carry no id at all (issue 15: "calls without an `id` … abort the whole model path"),
 *   told apart only by a new name, still at index 0 (`variant: 'no-id'`).
 * - lmdeploy's Qwen reasoning parser returns `reasoning_content`.
 */
export interface LmdeployOptions {
  variant?: 'reuse-index' | 'no-id' | 'qwen3';
}

export function lmdeployFrames(reply: Reply, body: any, opts: LmdeployOptions = {}): Frame[] {
  const usage = wantsUsage(body);
  const base = { id: String(Math.floor(Math.random() * 1e6)), object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: body.model };
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
    data: { ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], usage: null },
  });
  const frames: Frame[] = [chunk({ role: 'assistant', content: '' })];
  if (reply.reasoning) frames.push(chunk({ role: 'assistant', content: null, reasoning_content: reply.reasoning }));
  if (reply.text) frames.push(chunk({ role: 'assistant', content: reply.text }));
  const variant = opts.variant ?? 'reuse-index';
  for (const [i, call] of (reply.calls ?? []).entries()) {
    const id = call.id ?? `chatcmpl-tool-${hex(22)}`;
    const args = argsText(call.args);
    if (variant === 'qwen3') {
      frames.push(chunk({ role: 'assistant', content: null, tool_calls: [{ id, index: i, function: { name: call.name } }] }));
      frames.push(chunk({ role: 'assistant', content: null, tool_calls: [{ id, index: i, function: { arguments: args } }] }));
      continue;
    }
    const open = variant === 'no-id' ? { index: 0, type: 'function', function: { name: call.name } } : { index: 0, type: 'function', id, function: { name: call.name } };
    frames.push(chunk({ role: 'assistant', content: null, tool_calls: [open] }));
    const half = Math.ceil(args.length / 2);
    frames.push(chunk({ role: 'assistant', content: null, tool_calls: [{ index: 0, function: { arguments: args.slice(0, half) } }] }));
    frames.push(chunk({ role: 'assistant', content: null, tool_calls: [{ index: 0, function: { arguments: args.slice(half) } }] }));
  }
  frames.push(chunk({ role: 'assistant', content: '' }, reply.finish ?? (reply.calls?.length ? 'tool_calls' : 'stop')));
  if (usage) frames.push({ data: { ...base, choices: [], usage: usageOf(reply) } });
  frames.push({ data: '[DONE]' });
  return frames;
}

export const lmdeploy = (opts: LmdeployOptions = {}) => (reply: Reply, body: any, c: Context) => writeFrames(c, lmdeployFrames(reply, body, opts));
