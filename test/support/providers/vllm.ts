import type { Context } from 'hono';
import { argsText, errorResponse, type Frame, hex, pieces, type Reply, usageOf, wantsUsage, writeFrames } from './wire.ts';

/**
 * vLLM's OpenAI-compatible server (`vllm serve …`), serving Qwen3 / Qwen3.5.
 *
 * Sources:
 * - Reasoning outputs, https://docs.vllm.ai/en/v0.11.2/features/reasoning_outputs/ : with
 *   `--reasoning-parser qwen3` the chain of thought comes in a separate field; "`reasoning` used to
 *   be called `reasoning_content`" (renamed by vllm-project/vllm#27752, the old name removed by
 *   #33402 — so a current vLLM sends `reasoning`, an older one `reasoning_content`). "The
 *   reasoning feature for the Qwen3 series is enabled by default. To disable it, you must pass
 *   enable_thinking=False in your chat_template_kwargs."
 * - Without a reasoning parser the model's `<think>…</think>` is plain `content` (issue 15; the
 *   parser docs: "The Qwen3 model family uses <think>...</think> tokens to denote reasoning text").
 * - Qwen3.5 and the 2507 thinking templates put `<think>` in the prompt, "so only </think> appears
 *   in the generated output" (vllm.reasoning.qwen3_reasoning_parser, docs v0.19–v0.20) → the
 *   content starts with bare reasoning and a dangling `</think>` (`think: 'dangling'`).
 * - Tool calls with `--enable-auto-tool-choice --tool-call-parser hermes`: the first delta of a
 *   call is `{"id":"chatcmpl-tool-<uuid>","type":"function","index":0,"function":{"name":"…"}}`
 *   (InitialDeltaToolCall, vllm-project/vllm#8272 — no `arguments` key), later deltas
 *   `{"index":0,"function":{"arguments":"…"}}`. At the end, serving_chat.py sends "anything left
 *   to stream" of the arguments (`remaining_call = expected_call.replace(actual_call, "", 1)`) in
 *   the SAME chunk as `finish_reason: "tool_calls"` — so the last argument piece and the finish
 *   reason arrive together.
 * - Every choice carries `stop_reason` beside `finish_reason`; the first delta is
 *   `{"role":"assistant","content":""}`; usage per include_usage as OpenAI.
 * - Without `--enable-auto-tool-choice`, a request with tools (tool_choice defaulting to auto) is
 *   refused: `{"object":"error","message":"\"auto\" tool choice requires --enable-auto-tool-choice
 *   and --tool-call-parser to be set","type":"BadRequestError","param":null,"code":400}`
 *   (langchain4j/langchain4j#3475, vllm-project/vllm#9986). → `toolParser: false`.
 */
export interface VllmOptions {
  /** How reasoning is returned: in the content as `<think>` blocks, or in a field. */
  think?: 'content' | 'dangling' | 'reasoning' | 'reasoning_content';
  /** `false`: the server was started without a tool-call parser. */
  toolParser?: boolean;
}

export function vllmFrames(reply: Reply, body: any, opts: VllmOptions = {}): Frame[] {
  const usage = wantsUsage(body);
  const thinkingOff = body?.chat_template_kwargs?.enable_thinking === false;
  const base = { id: `chatcmpl-${hex(32)}`, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: body.model };
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
    data: { ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish, stop_reason: null }], ...(usage ? { usage: null } : {}) },
  });
  const frames: Frame[] = [chunk({ role: 'assistant', content: '' })];
  const reasoning = thinkingOff ? '' : reply.reasoning ?? '';
  const mode = opts.think ?? 'content';
  if (reasoning) {
    if (mode === 'content') for (const p of pieces(`<think>\n${reasoning}\n</think>\n\n`, 4)) frames.push(chunk({ content: p }));
    else if (mode === 'dangling') for (const p of pieces(`${reasoning}\n</think>\n\n`, 4)) frames.push(chunk({ content: p }));
    else for (const p of pieces(reasoning, 4)) frames.push(chunk({ [mode]: p }));
  }
  for (const p of pieces(reply.text ?? '', 3)) frames.push(chunk({ content: p }));
  const calls = reply.calls ?? [];
  let last: Record<string, unknown> = {};
  for (const [index, call] of calls.entries()) {
    frames.push(chunk({ tool_calls: [{ id: call.id ?? `chatcmpl-tool-${hex(32)}`, type: 'function', index, function: { name: call.name } }] }));
    const parts = pieces(argsText(call.args), 6);
    const tail = index === calls.length - 1 ? parts.pop() : undefined;
    for (const p of parts) frames.push(chunk({ tool_calls: [{ index, function: { arguments: p } }] }));
    if (tail !== undefined) last = { tool_calls: [{ index, function: { arguments: tail } }] };
  }
  frames.push(chunk(calls.length ? last : { content: '' }, reply.finish ?? (calls.length ? 'tool_calls' : 'stop')));
  if (usage) frames.push({ data: { ...base, choices: [], usage: usageOf(reply) } });
  frames.push({ data: '[DONE]' });
  return frames;
}

export const vllm = (opts: VllmOptions = {}) => (reply: Reply, body: any, c: Context) => {
  if (opts.toolParser === false && body.tools?.length && body.tool_choice !== 'none')
    return errorResponse(c, 400, { object: 'error', message: '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set', type: 'BadRequestError', param: null, code: 400 });
  return writeFrames(c, vllmFrames(reply, body, opts));
};
