import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { StaffPrincipal } from '../auth/principal.ts';
import { staffSessionLive } from '../auth/sessions.ts';
import { type LiveBus, type LiveEvent, STAFF_SESSIONS_CHANNEL } from './bus.ts';

const PING_MS = 25_000;

/**
 * Streams a live channel as server-sent events, each with its stored id, resuming after the
 * client's Last-Event-ID (nothing missed across a reconnect, whichever process it lands on). A
 * `ready` event (no id, so it never moves the client's resume point) says the subscription is live.
 *
 * A staff member's stream (the request passed the staff middleware, so `c.var.staff` is set) lives
 * only as long as its session: when a session of theirs ends — logout, password change, account
 * disabled, in any process — or at a ping the session no longer stands, the stream sends
 * `session_ended` and closes; nothing more is delivered on it.
 */
export function streamChannel(c: Context, bus: LiveBus, channel: string, accept: (e: LiveEvent) => boolean = () => true) {
  const header = Number(c.req.header('last-event-id') ?? '');
  const after = Number.isSafeInteger(header) && header > 0 ? header : undefined;
  const staff = c.get('staff') as StaffPrincipal | undefined;
  return streamSSE(c, async (stream) => {
    let sessionEnded = false;
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
      stream.onAbort(resolve);
    });
    const endSession = () => {
      sessionEnded = true;
      finish();
    };
    // Fails closed: a session that cannot be checked ends the stream (the console reconnects and signs in again if need be).
    const checkSession = async () => {
      if (staff && !sessionEnded && !(await staffSessionLive(bus.database, staff.sessionId).catch(() => false))) endSession();
    };

    const unwatch = staff
      ? await bus.subscribe(STAFF_SESSIONS_CHANNEL, undefined, (e) => {
          if (e.payload.userId === staff.id) void checkSession();
        })
      : () => {};
    const unsubscribe = await bus.subscribe(channel, after, (e) => {
      if (sessionEnded || !accept(e)) return;
      stream.writeSSE({ event: e.type, data: JSON.stringify(e.payload), id: String(e.id) }).catch(() => {});
    });
    // A session that ended while this stream was opening gets no announcement after the subscription.
    await checkSession();
    if (!sessionEnded) await stream.writeSSE({ event: 'ready', data: JSON.stringify({ channel, resumedAfter: after ?? null }) }).catch(() => {});
    const ping = setInterval(() => {
      stream.writeSSE({ event: 'ping', data: '{}' }).catch(() => {});
      void checkSession();
    }, PING_MS);
    await finished;
    clearInterval(ping);
    unsubscribe();
    unwatch();
    if (sessionEnded && !stream.aborted) await stream.writeSSE({ event: 'session_ended', data: '{}' }).catch(() => {});
  });
}
