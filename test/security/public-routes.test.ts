import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../server/app.ts';
import { messages } from '../../server/db/schema/index.ts';
import { createTestApp } from '../support/app.ts';
import { signIn } from '../support/staff.ts';

/**
 * Every public route, discovered from the real app (everything not under /api/staff), gets SQL
 * injection in its path parameters, query and body, malformed and oversized bodies, wrong media
 * types, deep nesting and prototype-pollution keys. None may answer 500 or leak an internal
 * message, every refusal has the API's error shape, and afterwards the database is as it was.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let routes: { method: string; path: string }[] = [];
let session = { sessionId: '', token: '' };

const INJECTIONS = [
  "' OR '1'='1",
  "1; DROP TABLE seekers; --",
  "x' UNION SELECT username, password_hash FROM staff_users --",
  "'); DELETE FROM access_log; --",
  '$1::text; select pg_sleep(5)',
  '\\x00\u0000',
  '../../../../etc/passwd',
  '%27%22%3E%3Cscript%3E',
  '{"$gt":""}',
  'A'.repeat(5000),
];

const deep = (n: number): unknown => (n === 0 ? 'x' : { a: deep(n - 1) });
const BODIES: { name: string; type: string; body: string }[] = [
  { name: 'truncated JSON', type: 'application/json', body: '{"text": "你好' },
  { name: 'not JSON at all', type: 'application/json', body: "' OR 1=1 --" },
  { name: 'JSON null', type: 'application/json', body: 'null' },
  { name: 'JSON array', type: 'application/json', body: '[1,2,3]' },
  { name: 'JSON string', type: 'application/json', body: '"select * from seekers"' },
  { name: 'huge number', type: 'application/json', body: '{"k": 1e309, "year": -99999999999999999999, "person": {"age": 1e400}}' },
  { name: 'deep nesting', type: 'application/json', body: JSON.stringify(deep(2000)) },
  { name: 'deep arrays to the size limit', type: 'application/json', body: `${'['.repeat(32_000)}"\\u0000"${']'.repeat(32_000)}` },
  { name: 'NUL in a key', type: 'application/json', body: '{"text\\u0000": "x", "person": {"hukou\\u0000": "other"}}' },
  { name: 'prototype pollution', type: 'application/json', body: '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"isAdmin": true}}, "person": {"__proto__": {"disabled": true}}}' },
  { name: 'form body', type: 'application/x-www-form-urlencoded', body: 'text=1%27%20OR%201%3D1&username=admin%27--' },
  { name: 'text body', type: 'text/plain', body: "'; DROP TABLE messages; --" },
  ...INJECTIONS.map((s, i) => ({
    name: `strings everywhere #${i}`,
    type: 'application/json',
    body: JSON.stringify({
      text: s, q: s, username: s, password: s, messageId: s, rating: s, comment: s, k: s, name: s, phone: s, consent: s, asOf: s,
      person: { hukou: s, education: s, birthDate: s, graduationDate: s, employmentStatus: s, business: { form: s } },
      employer: { size: s, hires: [{ person: { hukou: s }, hiredOn: s }] },
    }),
  })),
];

const COUNTED = ['staff_users', 'staff_sessions', 'policy_documents', 'policy_clauses', 'vacancies', 'training_courses', 'events', 'access_log', 'reviews', 'seekers'] as const;
const counts = async () =>
  Object.fromEntries(await Promise.all(COUNTED.map(async (table) => [table, (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n])));

const fill = (path: string, value: string) => path.replace(/:[A-Za-z]+/g, () => encodeURIComponent(value));
const isChat = (path: string) => path.startsWith('/api/chat/sessions/:id');

async function hit(method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}) {
  const controller = new AbortController();
  const res = await t.app.request(path, { method, headers: { origin: 'http://localhost', ...init.headers }, body: init.body, signal: controller.signal });
  if ((res.headers.get('content-type') ?? '').includes('text/event-stream')) {
    controller.abort();
    await res.body?.cancel().catch(() => {});
    return { status: res.status, text: '' };
  }
  return { status: res.status, text: await res.text() };
}

const problems: string[] = [];
function check(label: string, r: { status: number; text: string }) {
  if (r.status >= 500) problems.push(`${label} → ${r.status} ${r.text.slice(0, 200)}`);
  if (/\bat .*\.(ts|js):\d+|Failed query|syntax error|relation "|duplicate key|violates/i.test(r.text)) problems.push(`${label} leaks internals: ${r.text.slice(0, 200)}`);
  if (r.status >= 400 && r.status !== 405) {
    try {
      const e = JSON.parse(r.text).error;
      if (typeof e?.code !== 'string' || typeof e?.message !== 'string') problems.push(`${label} → ${r.status} without the error shape`);
    } catch {
      problems.push(`${label} → ${r.status} not JSON: ${r.text.slice(0, 80)}`);
    }
  }
}

beforeAll(async () => {
  t = await createTestApp({ chatLimits: { sessionsPerIpPerHour: 100_000, messagesPerSessionPerMinute: 100_000, messagesPerIpPerMinute: 100_000 } });
  const seen = new Set<string>();
  for (const r of t.app.routes) {
    if (r.method === 'ALL' || r.path.endsWith('*') || r.path.startsWith('/api/staff')) continue;
    const key = `${r.method} ${r.path}`;
    if (!seen.has(key)) routes.push({ method: r.method, path: r.path });
    seen.add(key);
  }
  session = await (await t.app.request('/api/chat/sessions', { method: 'POST' })).json();
  await signIn(t.database, 'admin'); // an account whose table an injection would try to read or drop
});
afterAll(() => t?.close());

describe(`hostile input on every public route on ${inject('databaseUnderTest')}`, () => {
  it('finds the public routes of the app (sanity)', () => {
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    for (const k of ['POST /api/chat/sessions/:id/messages', 'GET /api/policy/search', 'POST /api/eligibility', 'POST /api/vacancies/match', 'POST /api/auth/login']) expect(keys).toContain(k);
  });

  it('refuses a body over the limit with 413 on every public POST', async () => {
    const big = JSON.stringify({ text: '字'.repeat(MAX_BODY_BYTES) });
    const posts = routes.filter((r) => r.method === 'POST');
    expect(posts.length).toBeGreaterThanOrEqual(8);
    for (const { path } of posts) {
      const url = isChat(path) ? fill(path, session.sessionId) : fill(path, 'x');
      const res = await hit('POST', url, { headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` }, body: big });
      expect(res.status, `POST ${path}`).toBe(413);
      expect(JSON.parse(res.text).error.code).toBe('payload_too_large');
    }
  });

  it('never answers 500 or leaks internals, whatever goes into paths, queries and bodies, and changes nothing', async () => {
    const before = await counts();
    for (const { method, path } of routes) {
      const auth = { authorization: `Bearer ${session.token}` };
      // injection in every path parameter and in the query
      for (const s of INJECTIONS) {
        const url = `${fill(path, s)}?q=${encodeURIComponent(s)}&k=${encodeURIComponent(s)}&month=${encodeURIComponent(s)}&year=${encodeURIComponent(s)}&asOf=${encodeURIComponent(s)}`;
        check(`${method} ${path} param/query ${s.slice(0, 20)}`, await hit(method, url, { headers: { ...auth, authorization: `Bearer ${s.replace(/[^\x20-\x7e]/g, '')}` } }));
      }
      if (method !== 'POST') continue;
      // hostile bodies, with a real session so the chat routes parse them
      const url = isChat(path) ? fill(path, session.sessionId) : fill(path, 'x');
      for (const b of BODIES) check(`${method} ${path} ${b.name}`, await hit(method, url, { headers: { ...auth, 'content-type': b.type }, body: b.body }));
    }
    expect(problems).toEqual([]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const after = await counts();
    // chat posts create sessions (a seeker each) by design; nothing else may change
    expect({ ...after, seekers: 0 }).toEqual({ ...before, seekers: 0 });
  });

  it('stores an injection string the seeker typed as text, verbatim', async () => {
    const text = "x' UNION SELECT username, password_hash FROM staff_users; DROP TABLE seekers; --";
    const res = await t.app.request(`/api/chat/sessions/${session.sessionId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    expect(res.status).toBe(200);
    const stored = await t.database.db.select({ text: messages.text }).from(messages).where(eq(messages.conversationId, session.sessionId));
    expect(stored.map((m) => m.text)).toContain(text);
  });

  it('reads a hostile Last-Event-ID as no id', async () => {
    const r = await hit('GET', `/api/chat/sessions/${session.sessionId}/events`, { headers: { authorization: `Bearer ${session.token}`, 'last-event-id': "1 OR 1=1; DROP TABLE live_events" } });
    expect(r.status).toBe(200);
  });
});
