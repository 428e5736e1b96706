import type { Context } from 'hono';
import { argsText, type Frame, hex, pieces, type Reply, usageOf, wantsUsage, writeFrames } from './wire.ts';

/**
 * Ollama's OpenAI-compatible endpoint (`http://localhost:11434/v1/chat/completions`).
 *
 * Sources:
 * - Captured streams (g0t4/ask-openai.nvim, lua/ask-openai/backends/ollama/notes/sses.md and
 *   sse_parse_notes.md, qwen2.5-coder on Ollama): every chunk is
 *   `{"id":"chatcmpl-838","object":"chat.completion.chunk","created":…,"model":"…",
 *   "system_fingerprint":"fp_ollama","choices":[{"index":0,"delta":{"role":"assistant",…},
 *   "finish_reason":null}]}` — `role` is repeated on every delta, no `logprobs` key, the id is a
 *   short `chatcmpl-<n>`. A text answer's last content piece carries the finish reason itself
 *   (`{"delta":{"role":"assistant","content":"My name is …"},"finish_reason":"stop"}`), with no
 *   separate empty finish chunk.
 * - A tool call comes WHOLE in one chunk: `{"id":"call_hk81qg8b","index":0,"type":"function",
 *   "function":{"name":"run_command","arguments":"{\"command\":\"ls -la\"}"}}` with
 *   `"content":""`; parallel calls come one chunk each (index 0, 1). Then
 *   `{"delta":{"role":"assistant","content":""},"finish_reason":"tool_calls"}`.
 * - Before ollama/ollama#7963 ("openai: finish streaming tool calls as tool_calls", 2025) the
 *   streamed finish reason was `stop` even after tool calls (#5995 fixed only the non-streamed
 *   response) → `legacyFinish: true`.
 * - Some Ollama-compatible endpoints reuse `index: 0` for every call of a parallel batch and tell
 *   them apart only by id (NousResearch/hermes-agent, agent/chat_completion_helpers_tool_calls.py:
 *   "Ollama-compatible endpoints reuse index 0 for every call in a parallel batch, distinguishing
 *   them only by id") → `reuseIndex: true`.
 * - Qwen3 on Ollama without thinking support in the endpoint writes `<think>…</think>` into the
 *   content (issue 15) → `thinkInContent: true`.
 * - Usage with `stream_options.include_usage`: a final chunk with `choices: []` and `usage`.
 */
export interface OllamaOptions {
  legacyFinish?: boolean;
  reuseIndex?: boolean;
  thinkInContent?: boolean;
}

export function ollamaFrames(reply: Reply, body: any, opts: OllamaOptions = {}): Frame[] {
  const usage = wantsUsage(body);
  const base = { id: `chatcmpl-${Math.floor(Math.random() * 900) + 100}`, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: body.model, system_fingerprint: 'fp_ollama' };
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
    data: { ...base, choices: [{ index: 0, delta: { role: 'assistant', ...delta }, finish_reason: finish }] },
  });
  const frames: Frame[] = [];
  const content = (opts.thinkInContent && reply.reasoning ? `<think>\n${reply.reasoning}\n</think>\n\n` : '') + (reply.text ?? '');
  const calls = reply.calls ?? [];
  const parts = pieces(content, 5);
  const finish = reply.finish ?? (calls.length && !opts.legacyFinish ? 'tool_calls' : 'stop');
  for (const [i, p] of parts.entries()) frames.push(chunk({ content: p }, !calls.length && i === parts.length - 1 ? finish : null));
  for (const [i, call] of calls.entries()) {
    frames.push(chunk({ content: '', tool_calls: [{ id: call.id ?? `call_${hex(8).toLowerCase()}`, index: opts.reuseIndex ? 0 : i, type: 'function', function: { name: call.name, arguments: argsText(call.args) } }] }));
  }
  if (calls.length || !parts.length) frames.push(chunk({ content: '' }, finish));
  if (usage) frames.push({ data: { ...base, choices: [], usage: usageOf(reply) } });
  frames.push({ data: '[DONE]' });
  return frames;
}

export const ollama = (opts: OllamaOptions = {}) => (reply: Reply, body: any, c: Context) => writeFrames(c, ollamaFrames(reply, body, opts));
