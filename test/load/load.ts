/**
 * `npm run test:load`: 200 concurrent seekers chatting over SSE against a local server on
 * PostgreSQL for a bounded time, while a counsellor claims, answers and hands back the
 * conversations that ask for a person. Passes when there was no 5xx and nothing was lost: every
 * message a seeker posted is stored and is answered, handed off, delivered to the counsellor or
 * marked failed (a reconciliation query at the end). Targets 127.0.0.1 only.
 */
import { sql } from 'drizzle-orm';
import { createStaffUser } from '../../server/auth/accounts.ts';
import { openDatabase } from '../../server/db/client.ts';
import { benchDatabase } from '../../bench/support/database.ts';
import { percentile, startProcess } from '../../bench/support/server-process.ts';

const SEEKERS = Number(process.env.LOAD_SEEKERS ?? 200);
const MESSAGES = Number(process.env.LOAD_MESSAGES ?? 3);
const DEADLINE_MS = Number(process.env.LOAD_SECONDS ?? 240) * 1000;
const QUESTIONS = ['创业担保贷款个人最高能贷多少？', '见习补贴每个月多少？', '我是今年毕业的大学生，能领什么补贴？', '五月份有什么招聘活动？', '失业登记去哪里办？'];

if (!(process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL)) {
  process.env.BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
}
process.env.BENCH_DATABASE_URL ??= process.env.TEST_DATABASE_URL;

const db = await benchDatabase();
const server = await startProcess('server/main.ts', {
  ...db.env,
  PORT: '0',
  CHAT_SESSIONS_PER_IP_PER_HOUR: '100000',
  CHAT_MESSAGES_PER_SESSION_PER_MINUTE: '100000',
  CHAT_MESSAGES_PER_IP_PER_MINUTE: '1000000',
  OUTREACH_SCAN_INTERVAL_MINUTES: '0',
});
const base = server.base;
const direct = await openDatabase({ driver: 'postgres', url: db.env.DATABASE_URL!, poolMax: 2 });
const password = 'Load-test-counsellor-1!';
await createStaffUser(direct, { username: 'load-counsellor', displayName: '压测指导员', role: 'counsellor', password });
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: base },
  body: JSON.stringify({ username: 'load-counsellor', password }),
});
const cookie = /yb_staff=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
const staffHeaders = { cookie, origin: base, 'content-type': 'application/json' };

const statuses = new Map<number, number>();
const count = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
const latencies: number[] = [];
let posted = 0;
let doneEvents = 0;
let errorEvents = 0;
let running = true;
let claimed = 0;
let counsellorReplies = 0;
let peakRss = server.rssMiB();
const sampler = setInterval(() => (peakRss = Math.max(peakRss, server.rssMiB())), 500);
const started = Date.now();

async function seeker(i: number) {
  const r = await fetch(`${base}/api/chat/sessions`, { method: 'POST' });
  count(r.status);
  if (!r.ok) return;
  const s = await r.json();
  for (let m = 0; m < MESSAGES && Date.now() - started < DEADLINE_MS; m++) {
    const text = m === 1 && i % 10 === 0 ? '我想找人工聊聊' : QUESTIONS[(i + m) % QUESTIONS.length]!;
    const t = performance.now();
    const res = await fetch(`${base}/api/chat/sessions/${s.sessionId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ text }),
    }).catch(() => undefined);
    if (!res) {
      count(599);
      continue;
    }
    count(res.status);
    if (res.status !== 200) {
      await res.arrayBuffer();
      continue;
    }
    posted++;
    const body = await res.text();
    latencies.push(performance.now() - t);
    if (body.includes('event: done')) doneEvents++;
    if (body.includes('event: error')) errorEvents++;
  }
}

async function counsellor() {
  while (running) {
    const q = await fetch(`${base}/api/staff/queue?status=queued&limit=50`, { headers: staffHeaders }).catch(() => undefined);
    if (q) count(q.status);
    const cases: { id: string }[] = q?.ok ? (await q.json()).cases : [];
    for (const c of cases) {
      const claim = await fetch(`${base}/api/staff/cases/${c.id}/claim`, { method: 'POST', headers: staffHeaders });
      count(claim.status === 409 ? 200 : claim.status);
      await claim.arrayBuffer();
      if (!claim.ok) continue;
      claimed++;
      const reply = await fetch(`${base}/api/staff/cases/${c.id}/messages`, { method: 'POST', headers: staffHeaders, body: JSON.stringify({ text: '您好，我是职业指导员，请说说您的情况。' }) });
      count(reply.status);
      await reply.arrayBuffer();
      if (reply.ok) counsellorReplies++;
      await new Promise((r) => setTimeout(r, 300));
      const back = await fetch(`${base}/api/staff/cases/${c.id}/hand-back`, { method: 'POST', headers: staffHeaders, body: '{}' });
      count(back.status);
      await back.arrayBuffer();
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

const counsellorLoop = counsellor();
await Promise.all(Array.from({ length: SEEKERS }, (_, i) => seeker(i)));
running = false;
await counsellorLoop;
clearInterval(sampler);
const elapsed = (Date.now() - started) / 1000;

// Reconciliation: what the database says became of every seeker message.
const [row] = await direct.rows<{ seeker: number; pending: number; answered_without_answer: number; by_status: Record<string, number> }>(sql`
  select
    (select count(*)::int from messages where role = 'seeker') as seeker,
    (select count(*)::int from messages where role = 'seeker' and status = 'pending') as pending,
    (select count(*)::int from messages q where q.role = 'seeker' and q.status = 'answered'
       and not exists (select 1 from messages a where a.conversation_id = q.conversation_id and a.seq > q.seq and a.role = 'assistant')) as answered_without_answer,
    (select coalesce(json_object_agg(status, n), '{}') from (select status, count(*)::int n from messages where role = 'seeker' group by status) s) as by_status`);
await direct.close();
await server.stop();
await db.drop();

const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
latencies.sort((a, b) => a - b);
console.table({
  seekers: SEEKERS,
  seconds: Math.round(elapsed),
  'messages posted (200)': posted,
  'done events': doneEvents,
  'error events': errorEvents,
  'turn p50 ms': Math.round(percentile(latencies, 50)),
  'turn p95 ms': Math.round(percentile(latencies, 95)),
  'cases claimed': claimed,
  'counsellor replies': counsellorReplies,
  '5xx responses': fivexx,
  'peak server RSS MiB': peakRss,
});
console.log('HTTP statuses', Object.fromEntries(statuses), 'seeker messages by status', row!.by_status);

const checks: [string, boolean][] = [
  ['no 5xx', fivexx === 0],
  ['every posted message stored', row!.seeker === posted],
  ['none left pending', row!.pending === 0],
  ['every answered message has its answer', row!.answered_without_answer === 0],
  ['every stream ended with done', doneEvents === posted],
  ['the counsellor took over conversations', claimed > 0 && counsellorReplies > 0],
];
for (const [name, ok] of checks) console.log(`${ok ? '✓' : '✗'} ${name}`);
const failed = checks.filter(([, ok]) => !ok).length;
console.log(`load: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
