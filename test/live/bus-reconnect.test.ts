import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/client.ts';
import { LiveBus } from '../../server/live/bus.ts';
import { openTestDatabase, TEST_DATABASE_URL } from '../support/db.ts';

/**
 * The bus's LISTEN runs on a connection of its own; when PostgreSQL ends it, postgres.js listens
 * again, but a NOTIFY sent in between is never delivered. The bus then reads every subscribed
 * channel for what it missed (ADR 0011). PGlite has no connection to lose.
 */
let database: Database;
let bus: LiveBus;

describe.skipIf(!TEST_DATABASE_URL)('live events across a lost LISTEN connection (PostgreSQL)', () => {
  beforeAll(async () => {
    database = await openTestDatabase({ corpus: false });
    bus = new LiveBus(database);
    await bus.start();
  });
  afterAll(async () => {
    await bus?.stop();
    await database?.close();
  });

  it('an event published while the listening connection is down reaches its subscriber once LISTEN is back', async () => {
    const channel = 'conversation:relisten';
    const seen: number[] = [];
    await bus.subscribe(channel, undefined, (e) => seen.push(e.id));
    const [listener] = await database.rows<{ pid: number }>(
      sql`select pid from pg_stat_activity where datname = current_database() and query ilike 'listen %' and pid <> pg_backend_pid()`,
    );
    expect(listener, 'the bus listens on a connection of its own').toBeDefined();
    await database.rows(sql`select pg_terminate_backend(${listener!.pid})`);
    // Another server process publishes (the pool's connections are untouched) before this one listens again.
    const event = await new LiveBus(database).publish(channel, 'message', { n: 1 });
    const end = Date.now() + 5000;
    while (!seen.includes(event.id) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([event.id]);
    // And it listens again for good: the next event arrives by NOTIFY.
    const next = await bus.publish(channel, 'message', { n: 2 });
    while (!seen.includes(next.id) && Date.now() < end + 5000) await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([event.id, next.id]);
  });
});
