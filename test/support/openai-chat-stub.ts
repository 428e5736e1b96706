import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';

/**
 * OpenAI chat.completions wire format, for the local stub server: a streamed answer is a series of
 * `chat.completion.chunk` events then `[DONE]`. Tool calls stream their arguments in pieces, as
 * real servers do.
 */
export type StubTurn =
  | { text: string }
  | { toolCalls: { name: string; args: string }[] }
  | { status: number }
  | { hang: true }
  | { garbage: string }
  | { cutAfter: string };

const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
  id: 'chatcmpl-stub',
  object: 'chat.completion.chunk',
  created: 0,
  model: 'stub',
  choices: [{ index: 0, delta, finish_reason: finish }],
});

export async function respond(c: Context, turn: StubTurn, delayMs = 0) {
  if ('status' in turn) return c.json({ error: { message: 'upstream failure', type: 'server_error' } }, turn.status as 500);
  if ('hang' in turn) {
    await new Promise((r) => setTimeout(r, 60_000));
    return c.text('');
  }
  if ('garbage' in turn) return c.body(turn.garbage, 200, { 'content-type': 'text/event-stream' });
  return streamSSE(c, async (stream) => {
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    await stream.writeSSE({ data: JSON.stringify(chunk({ role: 'assistant', content: '' })) });
    if ('text' in turn || 'cutAfter' in turn) {
      const text = 'text' in turn ? turn.text : turn.cutAfter;
      for (const piece of text.match(/.{1,6}/gsu) ?? []) await stream.writeSSE({ data: JSON.stringify(chunk({ content: piece })) });
      if ('cutAfter' in turn) {
        stream.abort();
        return;
      }
      await stream.writeSSE({ data: JSON.stringify(chunk({}, 'stop')) });
    } else {
      for (const [index, call] of turn.toolCalls.entries()) {
        await stream.writeSSE({
          data: JSON.stringify(chunk({ tool_calls: [{ index, id: `call_${index}`, type: 'function', function: { name: call.name, arguments: '' } }] })),
        });
        for (const piece of call.args.match(/.{1,8}/gsu) ?? []) {
          await stream.writeSSE({ data: JSON.stringify(chunk({ tool_calls: [{ index, function: { arguments: piece } }] })) });
        }
      }
      await stream.writeSSE({ data: JSON.stringify(chunk({}, 'tool_calls')) });
    }
    await stream.writeSSE({ data: '[DONE]' });
  });
}
