import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../server/db/client.ts';
import { type LiveEvent, LiveBus } from '../../server/live/bus.ts';
import { openTestDatabase } from '../support/db.ts';

let database: Database;
let bus: LiveBus;
beforeAll(async () => {
  database = await openTestDatabase({ corpus: false });
  bus = new LiveBus(database);
  await bus.start();
});
afterAll(async () => {
  await bus?.stop();
  await database?.close();
});

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe(`live event bus on ${inject('databaseUnderTest')}`, () => {
  it('gives a client that resumes while a delivery round is under way its whole backlog, in order', async () => {
    // A bus that does not LISTEN, so the test decides when delivery rounds run.
    const quiet = new LiveBus(database);
    const channel = 'conversation:resume';
    const seen: number[] = [];
    await quiet.subscribe(channel, undefined, (e) => seen.push(e.id));
    const e1 = await quiet.publish(channel, 'message', { n: 1 });
    await (quiet as any).deliver(channel);
    expect(seen).toEqual([e1.id]);
    const e2 = await quiet.publish(channel, 'message', { n: 2 });
    const round: Promise<void> = (quiet as any).deliver(channel); // reads the rows after e1 for the first client…
    for (let i = 0; i < 3; i++) await Promise.resolve();
    const resumed: LiveEvent[] = [];
    const joined = quiet.subscribe(channel, e1.id - 1, (e) => resumed.push(e)); // …as a page reconnects after e0
    await round;
    await joined;
    expect(resumed.map((e) => e.id)).toEqual([e1.id, e2.id]);
    expect(seen).toEqual([e1.id, e2.id]);
  });

  it('delivers to a new subscriber without a resume point only what is published after it joined', async () => {
    const channel = 'conversation:fresh';
    await bus.publish(channel, 'message', { n: 0 });
    const got: number[] = [];
    await bus.subscribe(channel, undefined, (e) => got.push(e.id));
    const e = await bus.publish(channel, 'message', { n: 1 });
    await until(() => got.length > 0);
    expect(got).toEqual([e.id]);
  });
});
