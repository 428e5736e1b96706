import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from '../../server/log.ts';
import { createTestApp } from '../support/app.ts';

/**
 * A query that fails holds the statement's parameters: drizzle puts them in its message
 * (`Failed query: … params: …`), postgres.js in `parameters`, PostgreSQL in `detail` ("Failing row
 * contains (…)"). Provoked through real routes — the database itself refuses the write (a
 * constraint added for the test) — nothing of what the seeker gave reaches the log, while the
 * failure is still logged with what says where it happened.
 */
const captured: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    captured.push(String(chunk));
    done();
  },
});
const NAME = '欧阳明月';
const PHONE = '13812345678';
const ID = '500112199001011239';
const WORDS = '我在渝北区开了一家奶茶店';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ log: createLogger('debug', sink) });
});
afterAll(() => t?.close());
afterEach(async () => {
  await t.database.rows(sql`alter table seekers drop constraint if exists log_test`);
  await t.database.rows(sql`alter table turn_traces drop constraint if exists log_test`);
});

const session = async () => (await (await t.app.request('/api/chat/sessions', { method: 'POST' })).json()) as { sessionId: string; token: string };
const logged = () => captured.join('');
const lines = () => captured.map((l) => JSON.parse(l) as Record<string, any>);

describe(`query errors in the logs, on ${inject('databaseUnderTest')}`, () => {
  it('identifying with a name, phone and ID number whose update fails: a 500, logged without any of them', async () => {
    const s = await session();
    await t.database.rows(sql`alter table seekers add constraint log_test check (phone is null) not valid`);
    captured.length = 0;
    const res = await t.app.request(`/api/chat/sessions/${s.sessionId}/identity`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: NAME, phone: PHONE, idNumber: ID, consent: true }),
    });
    expect(res.status).toBe(500);
    const entry = lines().find((l) => l.msg === 'unhandled');
    expect(entry, logged()).toBeDefined();
    // Still says what failed and where: drizzle's statement (placeholders only) and PostgreSQL's code and constraint.
    expect(entry!.err.message).toMatch(/^Failed query: update "seekers" set/);
    expect(entry!.err.cause).toMatchObject({ code: '23514', constraint: 'log_test', table: 'seekers' });
    for (const secret of [PHONE, ID, NAME, s.token]) expect(logged()).not.toContain(secret);
    expect(logged()).not.toMatch(/Failing row|params:/);
  });

  it("a turn whose answer cannot be stored (\"turn finish failed\"): logged without the seeker's words", async () => {
    const s = await session();
    await t.database.rows(sql`alter table turn_traces add constraint log_test check (status is null) not valid`);
    captured.length = 0;
    const res = await t.app.request(`/api/chat/sessions/${s.sessionId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ text: `${WORDS}，我叫${NAME}，电话${PHONE}，能申请创业补贴吗？` }),
    });
    expect(await res.text()).toContain('event: error');
    await t.turns.drain(10_000);
    const entry = lines().find((l) => l.msg === 'turn finish failed');
    expect(entry, logged()).toBeDefined();
    expect(entry!.err.cause).toMatchObject({ code: '23514', constraint: 'log_test' });
    for (const secret of [WORDS, NAME, PHONE, s.token]) expect(logged()).not.toContain(secret);
  });
});
