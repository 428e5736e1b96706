import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { LiveBus, LiveEvent } from './bus.ts';

const PING_MS = 25_000;

/**
 * Streams a live channel as server-sent events, each with its stored id, resuming after the
 * client's Last-Event-ID (nothing missed across a reconnect, whichever process it lands on). A
 * `ready` event (no id, so it never moves the client's resume point) says the subscription is live.
 */
export function streamChannel(c: Context, bus: LiveBus, channel: string, accept: (e: LiveEvent) => boolean = () => true) {
  const header = Number(c.req.header('last-event-id') ?? '');
  const after = Number.isSafeInteger(header) && header > 0 ? header : undefined;
  return streamSSE(c, async (stream) => {
    const unsubscribe = await bus.subscribe(channel, after, (e) => {
      if (!accept(e)) return;
      stream.writeSSE({ event: e.type, data: JSON.stringify(e.payload), id: String(e.id) }).catch(() => {});
    });
    await stream.writeSSE({ event: 'ready', data: JSON.stringify({ channel, resumedAfter: after ?? null }) }).catch(() => {});
    const ping = setInterval(() => stream.writeSSE({ event: 'ping', data: '{}' }).catch(() => {}), PING_MS);
    await new Promise<void>((resolve) => stream.onAbort(resolve));
    clearInterval(ping);
    unsubscribe();
  });
}
