import { and, asc, eq, gt } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { liveEvents } from '../db/schema/index.ts';

export interface LiveEvent {
  id: number;
  channel: string;
  type: string;
  payload: Record<string, unknown>;
}

type Listener = (event: LiveEvent) => void;

const NOTIFY_CHANNEL = 'live_events';

/**
 * Stores a live event and wakes every process's bus (NOTIFY with its channel). For code that has
 * the database but no bus at hand (ending staff sessions, server/auth/sessions.ts).
 */
export async function publishLiveEvent(database: Database, channel: string, type: string, payload: Record<string, unknown>): Promise<LiveEvent> {
  const [row] = await database.db.insert(liveEvents).values({ channel, type, payload }).returning();
  await database.db.execute(sql`select pg_notify(${NOTIFY_CHANNEL}, ${channel})`);
  return { id: row!.id, channel, type, payload };
}

/**
 * Live events across server processes. Publishing stores the event (so a client reconnecting with
 * Last-Event-ID misses nothing) and sends NOTIFY with its channel; every process LISTENs once and
 * delivers new rows of that channel to its local subscribers, in id order. Works the same on
 * PGlite and PostgreSQL.
 */
export class LiveBus {
  private readonly subscribers = new Map<string, Set<{ lastId: number; listener: Listener }>>();
  private stopListening?: () => Promise<void>;
  private readonly pending = new Map<string, Promise<void>>();

  constructor(readonly database: Database) {}

  async start() {
    // After a lost connection the NOTIFYs sent meanwhile never arrive: every subscribed channel reads what it missed.
    this.stopListening = await this.database.listen(
      NOTIFY_CHANNEL,
      (channel) => this.deliver(channel),
      () => {
        for (const channel of this.subscribers.keys()) void this.deliver(channel);
      },
    );
  }

  async stop() {
    await this.stopListening?.();
    this.subscribers.clear();
  }

  publish(channel: string, type: string, payload: Record<string, unknown>): Promise<LiveEvent> {
    return publishLiveEvent(this.database, channel, type, payload);
  }

  /**
   * Calls `listener` for every event of `channel` after `afterId` (0: only new ones), first the
   * stored backlog, then live. Returns the unsubscribe function.
   */
  async subscribe(channel: string, afterId: number | undefined, listener: Listener): Promise<() => void> {
    const sub = { lastId: afterId ?? (await this.latestId(channel)), listener };
    const set = this.subscribers.get(channel) ?? new Set();
    this.subscribers.set(channel, set);
    set.add(sub);
    // Also without a resume point: an event stored between reading the latest id and joining the
    // set would otherwise wait for the channel's next NOTIFY.
    await this.deliver(channel);
    return () => {
      set.delete(sub);
      if (set.size === 0) this.subscribers.delete(channel);
    };
  }

  private async latestId(channel: string): Promise<number> {
    const [row] = await this.database.db
      .select({ id: liveEvents.id })
      .from(liveEvents)
      .where(eq(liveEvents.channel, channel))
      .orderBy(sql`${liveEvents.id} desc`)
      .limit(1);
    return row?.id ?? 0;
  }

  /** Serialised per channel so events reach each subscriber once and in order. */
  private deliver(channel: string): Promise<void> {
    const previous = this.pending.get(channel) ?? Promise.resolve();
    const next = previous.then(() => this.deliverNow(channel)).catch(() => {});
    this.pending.set(channel, next);
    return next;
  }

  private async deliverNow(channel: string) {
    // A snapshot: a subscriber joining while this round reads would otherwise be handed this
    // round's (later) rows first, and skip its own backlog for good. It gets its own round.
    const subs = [...(this.subscribers.get(channel) ?? [])];
    if (!subs.length) return;
    const from = Math.min(...subs.map((s) => s.lastId));
    const rows = await this.database.db
      .select()
      .from(liveEvents)
      .where(and(eq(liveEvents.channel, channel), gt(liveEvents.id, from)))
      .orderBy(asc(liveEvents.id));
    for (const row of rows) {
      for (const sub of subs) {
        if (row.id > sub.lastId) {
          sub.lastId = row.id;
          sub.listener({ id: row.id, channel, type: row.type, payload: row.payload });
        }
      }
    }
  }
}

export const conversationChannel = (conversationId: string) => `conversation:${conversationId}`;
export const QUEUE_CHANNEL = 'queue';
/** `session_ended {userId}` when a staff session is revoked (logout, password change, account disabled). */
export const STAFF_SESSIONS_CHANNEL = 'staff-sessions';
