import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';

/**
 * OpenAI chat.completions wire format, for the local stub server: a streamed answer is a series of
 * `chat.completion.chunk` events then `[DONE]`. Tool calls stream their arguments in pieces, as
 * real servers do. Besides answers, a turn can fail the ways real servers fail.
 */
export type StubTurn =
  | { text: string; reasoning?: string; finish?: string; usage?: { prompt_tokens: number; completion_tokens: number } }
  | { toolCalls: { name: string; args: string }[]; reasoning?: string; finish?: string }
  | { status: number; headers?: Record<string, string> }
  | { hang: true }
  | { garbage: string }
  | { cutAfter: string }
  /** Streams these pieces, then stays silent (sending only keep-alive comments) for `ms`. */
  | { stallAfter: string; ms: number };

const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
  id: 'chatcmpl-stub',
  object: 'chat.completion.chunk',
  created: 0,
  model: 'stub',
  choices: [{ index: 0, delta, finish_reason: finish }],
});

const pieces = (text: string, n: number) => text.match(new RegExp(`.{1,${n}}`, 'gsu')) ?? [];

/** `delayMs` before the first chunk; `pieceMs` between the text's pieces (a model's speed). */
export async function respond(c: Context, turn: StubTurn, delayMs = 0, pieceMs = 0) {
  if ('status' in turn) return c.json({ error: { message: 'upstream failure', type: 'server_error' } }, turn.status as 500, turn.headers);
  if ('hang' in turn) {
    await new Promise((r) => setTimeout(r, 60_000));
    return c.text('');
  }
  if ('garbage' in turn) return c.body(turn.garbage, 200, { 'content-type': 'text/event-stream' });
  return streamSSE(c, async (stream) => {
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    await stream.writeSSE({ data: JSON.stringify(chunk({ role: 'assistant', content: '' })) });
    if ('stallAfter' in turn) {
      for (const piece of pieces(turn.stallAfter, 6)) await stream.writeSSE({ data: JSON.stringify(chunk({ content: piece })) });
      const until = Date.now() + turn.ms;
      while (Date.now() < until && !stream.aborted) {
        await stream.write(': keep-alive\n\n');
        await new Promise((r) => setTimeout(r, 200));
      }
      return;
    }
    if ('reasoning' in turn && turn.reasoning) {
      for (const piece of pieces(turn.reasoning, 6)) await stream.writeSSE({ data: JSON.stringify(chunk({ reasoning_content: piece, content: null })) });
    }
    if ('text' in turn || 'cutAfter' in turn) {
      const text = 'text' in turn ? turn.text : turn.cutAfter;
      for (const piece of pieces(text, 6)) {
        await stream.writeSSE({ data: JSON.stringify(chunk({ content: piece })) });
        if (pieceMs) await new Promise((r) => setTimeout(r, pieceMs));
      }
      if ('cutAfter' in turn) {
        stream.abort();
        return;
      }
      await stream.writeSSE({ data: JSON.stringify(chunk({}, turn.finish ?? 'stop')) });
      if (turn.usage) await stream.writeSSE({ data: JSON.stringify({ ...chunk({}), choices: [], usage: { ...turn.usage, total_tokens: turn.usage.prompt_tokens + turn.usage.completion_tokens } }) });
    } else {
      for (const [index, call] of turn.toolCalls.entries()) {
        await stream.writeSSE({
          data: JSON.stringify(chunk({ tool_calls: [{ index, id: `call_${index}`, type: 'function', function: { name: call.name, arguments: '' } }] })),
        });
        for (const piece of pieces(call.args, 8)) {
          await stream.writeSSE({ data: JSON.stringify(chunk({ tool_calls: [{ index, function: { arguments: piece } }] })) });
        }
      }
      await stream.writeSSE({ data: JSON.stringify(chunk({}, turn.finish ?? 'tool_calls')) });
    }
    await stream.writeSSE({ data: '[DONE]' });
  });
}
