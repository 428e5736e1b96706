import type { Context } from 'hono';
import { argsText, type Frame, hex, pieces, type Reply, usageOf, wantsUsage, writeFrames } from './wire.ts';

/**
 * Qwen on Alibaba Cloud Model Studio (DashScope), OpenAI-compatible mode
 * (`https://dashscope.aliyuncs.com/compatible-mode/v1`).
 *
 * Sources:
 * - Function calling, streaming output (help.aliyun.com/zh/model-studio/qwen-function-calling; the
 *   curl sample for qwen-plus is reproduced at bioinfo.online/articleList/2026161174.html and
 *   itsvse.com tid=10981 for qwen-max). Field order as sent: `choices, object, usage, created,
 *   system_fingerprint, model, id`; `usage: null` and `system_fingerprint: null` on every chunk.
 *   The first tool-call delta: `{"content":null,"tool_calls":[{"index":0,"id":"call_0bdcc155…",
 *   "type":"function","function":{"name":"get_current_weather","arguments":"{\"location\":"}}],
 *   "role":"assistant"}` — the first piece of the arguments comes with the name. Later deltas:
 *   `{"tool_calls":[{"function":{"arguments":" \"杭州市\"}"},"index":0,"id":"","type":"function"}]}`
 *   — `id` is an empty string and `type` is repeated. Then `{"finish_reason":"tool_calls","delta":{}}`.
 *   → `followUps: 'empty-id'` (the default).
 * - Some Qwen deployments repeat the whole id and the name on every piece of the same call:
 *   langchain4j/langchain4j#4544 ("Some compatible APIs … The full tool call ID is repeated in every
 *   chunk … DeepSeek and Qwen"), and issue 15 ("repeated id and function.name"). → `'repeat'`.
 * - Others send the call in two pieces, `{id, name}` without `arguments`, then `{id, arguments}`
 *   without `name` (lobehub/lobehub commit 5321d91, "handle Qwen tool_calls without initial
 *   arguments", qwen3-vl-235b-a22b-thinking). → `'split'`.
 * - Token usage (Model Studio "Streaming output" and "Deep thinking" pages): with
 *   `stream_options: {"include_usage": true}` "the last data packet" holds the usage — a chunk with
 *   `choices: []` after the one carrying finish_reason.
 * - Deep thinking (help/en/model-studio/deep-thinking): hybrid models switch with `enable_thinking`
 *   (not an OpenAI parameter: "pass it in extra_body"); commercial qwen-plus/turbo default to off,
 *   the open-source Qwen3 models default to on (`thinkingDefault`). "The thinking process is
 *   returned in the reasoning_content field." Deltas: `{"content":null,"role":"assistant",
 *   "reasoning_content":""}`, then `{"content":null,"reasoning_content":"…"}`, then
 *   `{"content":"…","reasoning_content":null}`.
 */
export interface DashScopeOptions {
  followUps?: 'empty-id' | 'repeat' | 'split';
  /** Whether thinking is on when the request does not say (open-source Qwen3: true). */
  thinkingDefault?: boolean;
}

export function dashscopeFrames(reply: Reply, body: any, opts: DashScopeOptions = {}): Frame[] {
  const thinking = typeof body.enable_thinking === 'boolean' ? body.enable_thinking : opts.thinkingDefault ?? false;
  const usage = wantsUsage(body);
  const id = `chatcmpl-${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
  const created = Math.floor(Date.now() / 1000);
  const chunk = (delta: Record<string, unknown> | null, finish: string | null = null) => ({
    data: { choices: [{ delta, finish_reason: finish, index: 0, logprobs: null }], object: 'chat.completion.chunk', usage: null, created, system_fingerprint: null, model: body.model, id },
  });
  const frames: Frame[] = [];
  const calls = reply.calls ?? [];
  let roleSent = false;
  const role = () => (roleSent ? {} : ((roleSent = true), { role: 'assistant' }));
  if (thinking) {
    frames.push(chunk({ content: null, ...role(), reasoning_content: '' }));
    for (const p of pieces(reply.reasoning ?? '', 5)) frames.push(chunk({ content: null, reasoning_content: p }));
  }
  for (const p of pieces(reply.text ?? '', 3)) frames.push(chunk({ content: p, ...role(), ...(thinking ? { reasoning_content: null } : {}) }));
  for (const [index, call] of calls.entries()) {
    const callId = call.id ?? `call_${hex(22)}`;
    const [first = '', ...rest] = pieces(argsText(call.args), 9);
    const mode = opts.followUps ?? 'empty-id';
    if (mode === 'split') {
      frames.push(chunk({ content: null, tool_calls: [{ index, id: callId, type: 'function', function: { name: call.name } }], ...role() }));
      frames.push(chunk({ tool_calls: [{ index, id: callId, type: 'function', function: { arguments: argsText(call.args) } }] }));
      continue;
    }
    frames.push(chunk({ content: null, tool_calls: [{ index, id: callId, type: 'function', function: { name: call.name, arguments: first } }], ...role() }));
    for (const p of rest) {
      const tc =
        mode === 'repeat'
          ? { index, id: callId, type: 'function', function: { name: call.name, arguments: p } }
          : { function: { arguments: p }, index, id: '', type: 'function' };
      frames.push(chunk({ tool_calls: [tc] }));
    }
  }
  frames.push({ data: { ...chunk({}, reply.finish ?? (calls.length ? 'tool_calls' : 'stop')).data } });
  if (usage) {
    const u = usageOf(reply);
    frames.push({ data: { choices: [], object: 'chat.completion.chunk', usage: { ...u, prompt_tokens_details: { cached_tokens: 0 }, ...(thinking ? { completion_tokens_details: { reasoning_tokens: 10 } } : {}) }, created, system_fingerprint: null, model: body.model, id } });
  }
  frames.push({ data: '[DONE]' });
  return frames;
}

export const dashscope = (opts: DashScopeOptions = {}) => (reply: Reply, body: any, c: Context) => writeFrames(c, dashscopeFrames(reply, body, opts));
