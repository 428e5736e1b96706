import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages } from '../../server/db/schema/index.ts';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { createTestApp } from '../support/app.ts';
import { TEST_DATABASE_URL } from '../support/db.ts';
import { parseSse } from '../support/sse.ts';

/**
 * A turn whose database writes fail, on the real app and database: the failure is made by the
 * database itself (a constraint the statement violates; on PostgreSQL, a trigger that terminates
 * its own backend, which is what a lost connection looks like to the server). Whatever happens,
 * the seeker hears how the turn ended, and the conversation is never left refusing the next
 * message with 409 turn_in_progress.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());
afterEach(async () => {
  for (const statement of [
    sql`alter table turn_traces drop constraint if exists fault_test`,
    sql`alter table seekers drop constraint if exists fault_test`,
    sql`drop trigger if exists fault_test on turn_traces`,
  ])
    await t.database.rows(statement);
});

async function session() {
  return (await (await t.app.request('/api/chat/sessions', { method: 'POST' })).json()) as { sessionId: string; token: string };
}
async function post(s: { sessionId: string; token: string }, text: string) {
  const res = await t.app.request(`/api/chat/sessions/${s.sessionId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ text }),
  });
  const body = await res.text();
  await t.turns.drain(10_000);
  return { status: res.status, body, events: res.status === 200 ? parseSse(body) : [] };
}
const transcript = (conversationId: string) =>
  t.database.db.select({ role: messages.role, status: messages.status }).from(messages).where(eq(messages.conversationId, conversationId)).orderBy(messages.seq);

describe(`a turn whose database writes fail, on ${inject('databaseUnderTest')}`, () => {
  it('the answer cannot be stored: an error event, the question failed, and the next message is taken at once', async () => {
    await t.database.rows(sql`alter table turn_traces add constraint fault_test check (status <> 'answered') not valid`);
    const s = await session();
    const first = await post(s, '创业担保贷款个人最高能贷多少？');
    expect(first.status).toBe(200);
    const error = first.events.find((e) => e.event === 'error');
    expect(error?.data).toEqual({ code: 'error_internal', message: zh.agent.canned.error });
    expect(first.events.some((e) => e.event === 'done')).toBe(false);
    expect(await transcript(s.sessionId)).toEqual([{ role: 'seeker', status: 'failed' }]);

    await t.database.rows(sql`alter table turn_traces drop constraint fault_test`);
    const again = await post(s, '创业担保贷款个人最高能贷多少？');
    expect(again.status).toBe(200);
    expect(again.events.at(-1)?.event).toBe('done');
    expect(await transcript(s.sessionId)).toEqual([
      { role: 'seeker', status: 'failed' },
      { role: 'seeker', status: 'answered' },
      { role: 'assistant', status: 'answered' },
    ]);
  });

  it('the question is stored but accepting the turn fails after it: the question is released and the next message is taken', async () => {
    // A message with an ID number saves the birth date and gender read from it — the write made to fail here.
    await t.database.rows(sql`alter table seekers add constraint fault_test check (not (facts ? 'birthDate')) not valid`);
    const s = await session();
    const first = await post(s, '我的身份证号是500112199001011239，能领什么补贴？');
    expect(first.status).toBe(500);
    expect(await transcript(s.sessionId)).toEqual([{ role: 'seeker', status: 'failed' }]);

    await t.database.rows(sql`alter table seekers drop constraint fault_test`);
    const again = await post(s, '见习补贴每个月多少？');
    expect(again.status).toBe(200);
    expect(again.events.at(-1)?.event).toBe('done');
  });
});

describe.skipIf(!TEST_DATABASE_URL)('a turn whose connection is lost while storing its answer (PostgreSQL only: PGlite has no connection)', () => {
  /** Each insert into turn_traces terminates its own backend while the sequence is at most `times`. */
  async function dieWhileStoring(times: number) {
    await t.database.rows(sql`drop sequence if exists fault_kills`);
    await t.database.rows(sql`create sequence fault_kills`);
    await t.database.rows(
      sql.raw(`create or replace function fault_die() returns trigger language plpgsql as $$
        begin
          if nextval('fault_kills') <= ${times} then perform pg_terminate_backend(pg_backend_pid()); end if;
          return new;
        end $$`),
    );
    await t.database.rows(sql`create trigger fault_test before insert on turn_traces for each row execute function fault_die()`);
  }

  it('lost once: the store runs again and the answer is stored once, with done', async () => {
    await dieWhileStoring(1);
    const s = await session();
    const turn = await post(s, '见习补贴每个月多少？');
    expect(turn.status).toBe(200);
    expect(turn.events.some((e) => e.event === 'error')).toBe(false);
    expect(turn.events.at(-1)?.event).toBe('done');
    expect(await transcript(s.sessionId)).toEqual([
      { role: 'seeker', status: 'answered' },
      { role: 'assistant', status: 'answered' },
    ]);
    expect(await t.database.rows(sql`select 1 from turn_traces where conversation_id = ${s.sessionId}`)).toHaveLength(1);
  });

  it('lost on every try: an error_database event, the question failed, and the next message is taken at once', async () => {
    await dieWhileStoring(1000);
    const s = await session();
    const turn = await post(s, '见习补贴每个月多少？');
    expect(turn.status).toBe(200);
    expect(turn.events.find((e) => e.event === 'error')?.data).toEqual({ code: 'error_database', message: zh.agent.canned.errorDatabase });
    expect(await transcript(s.sessionId)).toEqual([{ role: 'seeker', status: 'failed' }]);

    await t.database.rows(sql`drop trigger fault_test on turn_traces`);
    const again = await post(s, '见习补贴每个月多少？');
    expect(again.status).toBe(200);
    expect(again.events.at(-1)?.event).toBe('done');
  });
});
