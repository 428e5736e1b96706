import type { Context } from 'hono';
import { argsText, errorResponse, type Frame, hex, pieces, type Reply, usageOf, uuid, wantsUsage, writeFrames } from './wire.ts';

/**
 * DeepSeek (api.deepseek.com), thinking mode (`deepseek-reasoner`, or a V3.2/V4 model with
 * thinking on, which is the default) and non-thinking mode.
 *
 * Sources:
 * - Thinking mode guide, https://api-docs.deepseek.com/guides/thinking_mode : the switch is
 *   `{"thinking": {"type": "enabled/disabled"}}` and thinking is ON by default; the chain of
 *   thought comes as `reasoning_content`, beside `content`. "Between two user messages, if the
 *   model performed tool calls, the intermediate assistant's reasoning_content must take part in
 *   the context, and must be passed back to the API in all subsequent user turns" (zh-cn page:
 *   "需参与上下文拼接，在后续所有 user 交互轮次中必须回传给 API"); without tool calls it is ignored.
 * - The 400 it answers otherwise, verbatim from langchain-ai/langchainjs#10883 ("DeepSeek
 *   reasoning model tool-call loop drops `reasoning_content`, causing 400 error"):
 *   `400 The \`reasoning_content\` in the thinking mode must be passed back to the API.`, body
 *   `{"error":{"message":…,"type":"invalid_request_error","param":null,"code":"invalid_request_error"}}`
 *   (anomalyco/opencode#24083, agent0ai/agent-zero#1732 quote the same body).
 * - An assistant tool-call turn whose reasoning was empty still needs the field: omitting it
 *   when empty gives the same 400 (deepseek-ai/deepseek-harness discussions #739 and #1850,
 *   "工具轮次空 reasoning → 400"). So the stub wants a string, not a non-empty string.
 * - Streaming chunk shape (solon-ai DeepSeek.md capture; CaiZongyuan/agentscope-nextjs-ai-demo
 *   example-completions.md): first delta `{"role":"assistant","content":null,"reasoning_content":""}`,
 *   reasoning deltas `{"content":null,"reasoning_content":"…"}`, then answer deltas
 *   `{"content":"…","reasoning_content":null}`; `system_fingerprint` like
 *   `fp_ffc7281d48_prod0820_fp8_kvcache`; the completion id is a bare UUID.
 * - Rate limit page, https://api-docs.deepseek.com/quick_start/rate_limit : under high traffic
 *   the request stays connected and "Streaming requests: Continuously return SSE keep-alive
 *   comments (`: keep-alive`)"; "If the request has not started inference after 10 minutes, the
 *   server will close the connection." (`queuedMs` below.)
 * - Error codes page (platform.deepseek.com/api-docs/quick_start/rate_limit, older text): 429
 *   "Rate Limit Reached", 503 "Server Overloaded" — see faults.ts.
 * - Non-thinking mode (thinking disabled, or `deepseek-chat`): no `reasoning_content` at all.
 */
export interface DeepSeekOptions {
  /** `deepseek-chat` (V3 non-thinking alias) has thinking off unless asked; every other model has it on. */
  model?: string;
  /** Keep-alive comments before the first chunk, as when the server is under load. */
  queuedMs?: number;
}

export function thinkingOn(body: any, model: string) {
  const t = body?.thinking?.type;
  if (t === 'disabled') return false;
  if (t === 'enabled') return true;
  return model !== 'deepseek-chat';
}

/** DeepSeek's check on the history: every assistant message with tool_calls carries reasoning_content. */
export function deepseekRejects(body: any, model: string): string | undefined {
  if (!thinkingOn(body, model)) return undefined;
  const bad = (body.messages ?? []).some((m: any) => m.role === 'assistant' && Array.isArray(m.tool_calls) && m.tool_calls.length && typeof m.reasoning_content !== 'string');
  return bad ? 'The `reasoning_content` in the thinking mode must be passed back to the API.' : undefined;
}

export function deepseekFrames(reply: Reply, body: any, opts: DeepSeekOptions = {}): Frame[] {
  const model = opts.model ?? body.model;
  const thinking = thinkingOn(body, model);
  const usage = wantsUsage(body);
  const base = { id: uuid(), object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model, system_fingerprint: 'fp_ffc7281d48_prod0820_fp8_kvcache' };
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
    data: { ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], ...(usage ? { usage: null } : {}) },
  });
  const frames: Frame[] = [];
  if (opts.queuedMs) frames.push({ stall: opts.queuedMs, every: 200 });
  if (thinking) {
    frames.push(chunk({ role: 'assistant', content: null, reasoning_content: '' }));
    for (const p of pieces(reply.reasoning ?? '', 5)) frames.push(chunk({ content: null, reasoning_content: p }));
  } else frames.push(chunk({ role: 'assistant', content: '' }));
  for (const p of pieces(reply.text ?? '', 3)) frames.push(chunk(thinking ? { content: p, reasoning_content: null } : { content: p }));
  for (const [index, call] of (reply.calls ?? []).entries()) {
    // DeepSeek's ids: `call_<n>_<uuid>`; the first delta of a call has id, type and name.
    frames.push(chunk({ tool_calls: [{ index, id: call.id ?? `call_${index}_${uuid()}`, type: 'function', function: { name: call.name, arguments: '' } }] }));
    for (const p of pieces(argsText(call.args), 6)) frames.push(chunk({ tool_calls: [{ index, function: { arguments: p } }] }));
  }
  const finish = reply.finish ?? (reply.calls?.length ? 'tool_calls' : 'stop');
  frames.push(chunk(thinking ? { content: '', reasoning_content: null } : { content: '' }, finish));
  if (usage) {
    const u = usageOf(reply);
    frames.push({ data: { ...base, choices: [], usage: { ...u, prompt_tokens_details: { cached_tokens: 0 }, completion_tokens_details: { reasoning_tokens: thinking ? 12 : 0 }, prompt_cache_hit_tokens: 0, prompt_cache_miss_tokens: u.prompt_tokens } } });
  }
  frames.push({ data: '[DONE]' });
  return frames;
}

export const deepseek = (opts: DeepSeekOptions = {}) => (reply: Reply, body: any, c: Context) => {
  const rejected = deepseekRejects(body, opts.model ?? body.model);
  if (rejected) return errorResponse(c, 400, { error: { message: rejected, type: 'invalid_request_error', param: null, code: 'invalid_request_error' } });
  return writeFrames(c, deepseekFrames(reply, body, opts), { 'x-ds-trace-id': hex(32) });
};
