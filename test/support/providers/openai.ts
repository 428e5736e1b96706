import type { Context } from 'hono';
import { argsText, type Frame, hex, pieces, type Reply, usageOf, wantsUsage, writeFrames } from './wire.ts';

/**
 * OpenAI chat.completions streaming, as api.openai.com sends it.
 *
 * Source: https://platform.openai.com/docs/api-reference/chat-streaming (the chunk object) and
 * https://platform.openai.com/docs/guides/function-calling#streaming (tool calls).
 * - Every chunk: the same `id` (`chatcmpl-…`), `object: "chat.completion.chunk"`, `created`,
 *   `model`, `system_fingerprint`, `service_tier`, and one choice with `index`, `delta`,
 *   `logprobs`, `finish_reason` (null until the last choice chunk).
 * - The first delta carries `role: "assistant"` and `content: ""` (or `content: null` when the
 *   reply starts with tool calls), and `refusal: null`.
 * - A tool call's first delta has `index`, `id` (`call_…`), `type: "function"` and
 *   `function.name` with `arguments: ""`; later deltas carry only `index` and an argument piece.
 *   Parallel calls count `index` up from 0.
 * - The last choice chunk has an empty delta and `finish_reason` (`stop`, `tool_calls`, `length`).
 * - `stream_options.include_usage` (the API reference, ChatCompletionStreamOptions): "an
 *   additional chunk will be streamed before the `data: [DONE]` message. The `usage` field on
 *   this chunk shows the token usage statistics for the entire request, and the `choices` field
 *   will always be an empty array. All other chunks will also include a `usage` field, but with a
 *   null value."
 * - Then `data: [DONE]`.
 */
export function openaiFrames(reply: Reply, body: any, opts: { model?: string } = {}): Frame[] {
  const usage = wantsUsage(body);
  const base = {
    id: `chatcmpl-${hex(29)}`,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model: opts.model ?? body.model,
    service_tier: 'default',
    system_fingerprint: 'fp_f33640a400',
  };
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
    data: { ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], ...(usage ? { usage: null } : {}) },
  });
  const frames: Frame[] = [];
  const calls = reply.calls ?? [];
  const startsWithCalls = !reply.text && calls.length > 0;
  if (!startsWithCalls) {
    frames.push(chunk({ role: 'assistant', content: '', refusal: null }));
    for (const p of pieces(reply.text ?? '', 4)) frames.push(chunk({ content: p }));
  }
  for (const [index, call] of calls.entries()) {
    const open = { index, id: call.id ?? `call_${hex(24)}`, type: 'function', function: { name: call.name, arguments: '' } };
    frames.push(chunk(index === 0 && startsWithCalls ? { role: 'assistant', content: null, tool_calls: [open], refusal: null } : { tool_calls: [open] }));
    for (const p of pieces(argsText(call.args), 7)) frames.push(chunk({ tool_calls: [{ index, function: { arguments: p } }] }));
  }
  frames.push(chunk({}, reply.finish ?? (calls.length ? 'tool_calls' : 'stop')));
  if (usage) frames.push({ data: { ...base, choices: [], usage: { ...usageOf(reply), prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 }, completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 } } } });
  frames.push({ data: '[DONE]' });
  return frames;
}

export const openai = (opts: { model?: string } = {}) => (reply: Reply, body: any, c: Context) => writeFrames(c, openaiFrames(reply, body, opts));
