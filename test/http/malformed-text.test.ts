import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages } from '../../server/db/schema/index.ts';
import { createTestApp } from '../support/app.ts';
import { appFetch, caseworkClient } from '../support/casework.ts';
import { signIn } from '../support/staff.ts';

/**
 * Issue 14, finding 8: text PostgreSQL cannot store faithfully — a lone UTF-16 surrogate, NUL, other
 * control characters — is refused at the one input check every route passes (server/http/validate.ts
 * and json-body.ts) with a 400 naming the field, before anything is stored or any turn is taken.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let api: ReturnType<typeof caseworkClient>;
beforeAll(async () => {
  t = await createTestApp({ corpus: false, chatLimits: { sessionsPerIpPerHour: 1000, messagesPerSessionPerMinute: 1000, messagesPerIpPerMinute: 1000 } });
  api = caseworkClient(appFetch(t.app));
});
afterAll(() => t?.close());

/** A JSON body written by hand, so escapes like \ud800 reach the server as typed. */
const post = (path: string, raw: string, headers: Record<string, string> = {}) =>
  t.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: raw });

describe(`malformed text is refused before it is stored, on ${inject('databaseUnderTest')}`, () => {
  it('a lone surrogate in a chat message is a 400 naming text, and the conversation answers the next message at once', async () => {
    const s = await api.session();
    const auth = { authorization: `Bearer ${s.token}`, accept: 'application/json' };
    for (const raw of ['{"text":"补贴\\ud800"}', '{"text":"\\udc00补贴"}', '{"text":"补贴\\ud800\\ud800"}']) {
      const res = await post(`/api/chat/sessions/${s.sessionId}/messages`, raw, auth);
      const body = await res.json();
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(body.error).toMatchObject({ code: 'bad_request', field: 'text' });
      expect(body.error.message).toMatch(/text/);
    }
    const stored = await t.database.db.select().from(messages).where(eq(messages.conversationId, s.sessionId));
    expect(stored).toEqual([]);
    // not stuck: no 409 turn_in_progress
    const next = await api.say(s, '我是今年毕业的大学生，能领什么补贴？');
    expect(next.text.length).toBeGreaterThan(0);
  });

  it('a surrogate pair (an emoji) and tabs and newlines are ordinary text', async () => {
    const s = await api.session();
    const res = await post(`/api/chat/sessions/${s.sessionId}/messages`, '{"text":"补贴\\ud83d\\ude00\\n怎么\\t申请"}', { authorization: `Bearer ${s.token}`, accept: 'application/json' });
    expect(res.status, await res.clone().text()).toBe(200);
  });

  it('control characters and NUL are refused in any JSON field, nested fields named by their path', async () => {
    const s = await api.session();
    const auth = { authorization: `Bearer ${s.token}`, accept: 'application/json' };
    for (const [raw, field] of [
      ['{"text":"补贴\\u0007"}', 'text'],
      ['{"text":"补\\u001b[31m贴"}', 'text'],
      ['{"text":"补\\u007f贴"}', 'text'],
      ['{"text":"补\\u0000贴"}', 'text'],
    ] as const) {
      const res = await post(`/api/chat/sessions/${s.sessionId}/messages`, raw, auth);
      expect(res.status, raw).toBe(400);
      expect((await res.json()).error.field).toBe(field);
    }
    const res = await post('/api/eligibility', '{"person":{"hukou":"chongqing\\ud800"}}');
    expect(res.status).toBe(400);
    expect((await res.json()).error.field).toBe('person.hukou');
  });

  it('a staff form with a lone surrogate stores nothing (ledger record)', async () => {
    const staff = await signIn(t.database, 'counsellor');
    const res = await post('/api/staff/ledger', '{"name":"张\\udfff三","phone":"13812345678","consent":true}', staff.headers);
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(400);
    expect(body.error.field).toBe('name');
  });

  it('query strings are checked the same way', async () => {
    const staff = await signIn(t.database, 'supervisor');
    const res = await t.app.request('/api/staff/ledger?q=%E5%BC%A0%07', { headers: staff.headers });
    expect(res.status).toBe(400);
    expect((await res.json()).error.field).toBe('q');
  });
});

describe('a feed file sent as text/csv', () => {
  it('with a NUL in a cell is a 400 naming the body, not a 500', async () => {
    const staff = await signIn(t.database, 'staff');
    const csv = '岗位编号,岗位名称,用人单位,薪资下限,薪资上限,学历要求,截止日期,岗位类型\nA1,好岗\u0000位,单位甲,3000,4000,本科,2027-01-01,全职\n';
    const res = await t.app.request('/api/staff/vacancies/import?source=feed1', { method: 'POST', headers: { ...staff.headers, 'content-type': 'text/csv' }, body: csv });
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(400);
    expect(body.error.field).toBe('(body)');
  });
});
