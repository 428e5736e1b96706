import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages } from '../../server/db/schema/index.ts';
import { createTestApp } from '../support/app.ts';
import { respond } from '../support/openai-chat-stub.ts';
import { startOpenAIStub } from '../support/openai-stub.ts';
import { TEST_DATABASE_URL } from '../support/db.ts';

/** A remote model that answers after a delay, so faults can strike while a turn is running. */
const ANSWER = '一次性创业补助为8000元/户【yb2022-38:2.2.2】。';
let stub: Awaited<ReturnType<typeof startOpenAIStub>>;
let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  stub = await startOpenAIStub((app) => {
    app.post('/v1/chat/completions', (c) => respond(c, { text: ANSWER }, 800));
  });
  t = await createTestApp({ env: { LLM_BASE_URL: stub.baseURL, LLM_MODEL: 'slow-stub', LLM_TIMEOUT_MS: '10000' } });
});
afterAll(async () => {
  await t?.close();
  await stub?.close();
});

async function startStreaming(text: string) {
  const s = await (await t.app.request('/api/chat/sessions', { method: 'POST' })).json();
  const res = await t.app.request(`/api/chat/sessions/${s.sessionId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ text }),
  });
  return { s, res };
}

const transcript = (conversationId: string) =>
  t.database.db.select({ role: messages.role, status: messages.status, text: messages.text }).from(messages).where(eq(messages.conversationId, conversationId)).orderBy(messages.seq);

describe(`faults on ${inject('databaseUnderTest')}`, () => {
  it('a seeker who disconnects mid-stream still gets the answer stored', async () => {
    const { s, res } = await startStreaming('一次性创业补助多少钱？');
    const reader = res.body!.getReader();
    await reader.read(); // the first event, then the seeker goes away
    await reader.cancel();
    await t.turns.drain(10_000);
    expect(await transcript(s.sessionId)).toEqual([
      { role: 'seeker', status: 'answered', text: '一次性创业补助多少钱？' },
      { role: 'assistant', status: 'answered', text: ANSWER },
    ]);
  });

  it.skipIf(!TEST_DATABASE_URL)('the database connection dropping mid-turn loses nothing and half-writes nothing (PostgreSQL only: PGlite has no connection)', async () => {
    const { s, res } = await startStreaming('一次性创业补助有多少？');
    await new Promise((r) => setTimeout(r, 300)); // the model is thinking; the question is stored
    await t.database.rows(sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`).catch(() => []);
    const body = await res.text();
    await t.turns.drain(10_000);
    expect(body).toMatch(/event: (done|error)/);
    const rows = await transcript(s.sessionId);
    expect(rows[0]).toMatchObject({ role: 'seeker' });
    // Either the turn finished (answered, with its answer) or it failed cleanly (failed, no answer row).
    if (rows[0]!.status === 'answered') expect(rows[1]).toMatchObject({ role: 'assistant', text: ANSWER });
    else expect(rows.filter((r) => r.role === 'assistant').every((r) => r.status.startsWith('error'))).toBe(true);
    expect(['answered', 'failed']).toContain(rows[0]!.status);
  });
});
