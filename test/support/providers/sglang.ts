import type { Context } from 'hono';
import { argsText, type Frame, hex, pieces, type Reply, usageOf, wantsUsage, writeFrames } from './wire.ts';

/**
 * SGLang's OpenAI-compatible server (`python -m sglang.launch_server … --tool-call-parser qwen25
 * --reasoning-parser qwen3`).
 *
 * Sources:
 * - sgl-project/sglang, python/sglang/srt/entrypoints/openai/serving_chat.py
 *   (`_generate_chat_stream`, `_process_tool_call_stream`):
 *   - first chunk `DeltaMessage(role="assistant", content="")`; deltas are pydantic
 *     `model_dump_json()`, so unset fields go out as explicit nulls:
 *     `{"role":null,"content":null,"reasoning_content":"…","tool_calls":null}` (the capture in
 *     sgl-project/sglang#6310 shows exactly this, plus `"matched_stop":null` and `"usage":null`);
 *     the completion id is a bare 32-hex string.
 *   - a call's first delta: `id=f"call_{uuid.uuid4().hex[:24]}"` with the name; "Subsequent
 *     chunks: null ID and name for argument deltas".
 *   - `finish_reason` is withheld from content and tool-call chunks when include_usage is set;
 *     the closing chunk carries `finish_reason_type` — the engine's reason, i.e. `stop` even when
 *     the reply was tool calls (the switch to "tool_calls" happens only inside
 *     `_process_tool_call_stream` for that chunk); then the usage chunk with `choices: []`.
 *   - a failure during generation is written as a `data:` event holding the error object
 *     (`create_streaming_error_response`: `{"object":"error","message":…,"type":"BadRequestError",
 *     "param":null,"code":400}`), then `data: [DONE]` — inside a 200 stream.
 * - sgl-project/sglang#6310 ("incorret tool_calls index when there are multi tool_calls and in
 *   stream mode"): "first tool_calls index is the index of the tools in the tools of request, but
 *   following tool_calls index is the index of the tools called by LLM in this response"
 *   (`indexQuirk: true`).
 * - ai-dynamo/dynamo#4723 (Qwen3-0.6B behind an SGLang/vLLM worker): "when model calls tools in
 *   parallel, all deltas with the tool call come with an index of 0" (`allIndexZero: true`).
 */
export interface SglangOptions {
  indexQuirk?: boolean;
  allIndexZero?: boolean;
  /** Write this error object as a data event after the first chunk, then [DONE]. */
  errorMidStream?: string;
}

export function sglangFrames(reply: Reply, body: any, opts: SglangOptions = {}): Frame[] {
  const usage = wantsUsage(body);
  const base = { id: hex(32), object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: body.model };
  const delta = (d: Record<string, unknown>) => ({ role: null, content: null, reasoning_content: null, tool_calls: null, ...d });
  const chunk = (d: Record<string, unknown>, finish: string | null = null) => ({
    data: { ...base, choices: [{ index: 0, delta: delta(d), logprobs: null, finish_reason: finish, matched_stop: null }], usage: null },
  });
  const frames: Frame[] = [chunk({ role: 'assistant', content: '' })];
  if (opts.errorMidStream) {
    frames.push({ data: { object: 'error', message: opts.errorMidStream, type: 'BadRequestError', param: null, code: 400 } });
    frames.push({ data: '[DONE]' });
    return frames;
  }
  for (const p of pieces(reply.reasoning ?? '', 4)) frames.push(chunk({ reasoning_content: p }));
  for (const p of pieces(reply.text ?? '', 3)) frames.push(chunk({ content: p }));
  const toolPos = (name: string) => Math.max(0, (body.tools ?? []).findIndex((t: any) => t.function?.name === name));
  for (const [i, call] of (reply.calls ?? []).entries()) {
    const index = opts.allIndexZero ? 0 : i;
    const [first = '', ...rest] = pieces(argsText(call.args), 8);
    frames.push(chunk({ tool_calls: [{ id: call.id ?? `call_${hex(24)}`, index: opts.indexQuirk ? toolPos(call.name) : index, type: 'function', function: { name: call.name, arguments: first } }] }));
    for (const p of rest) frames.push(chunk({ tool_calls: [{ id: null, index, type: 'function', function: { name: null, arguments: p } }] }));
  }
  // The engine's finish reason: `stop` for tool calls too (see above), unless scripted otherwise.
  frames.push(chunk({}, reply.finish ?? 'stop'));
  if (usage) frames.push({ data: { ...base, choices: [], usage: usageOf(reply) } });
  frames.push({ data: '[DONE]' });
  return frames;
}

export const sglang = (opts: SglangOptions = {}) => (reply: Reply, body: any, c: Context) => writeFrames(c, sglangFrames(reply, body, opts));
