/**
 * `npm run test:chaos`: the real server on PostgreSQL (its own process on 127.0.0.1, port
 * CHAOS_PORT = 3311, its own database) while CHAOS_SEEKERS (60) seekers each chat CHAOS_TURNS (3)
 * turns over SSE, CHAOS_THINK_MS (4 s on average) apart, and about every CHAOS_KILL_MS (1000 ms)
 * every backend of the server's database is terminated (pg_terminate_backend — what a restart, a
 * failover or a session timeout does to the server's connections). Bounded: the chat stops at
 * CHAOS_SECONDS (120 s) whatever is left.
 *
 * Then, with the faults stopped, it reconciles in SQL and asks again (ADR 0011):
 * - the server process never exited (0 crashes);
 * - no seeker message is left `pending`, none is `answered` without an answer after it;
 * - every conversation takes a new message at once: 200 and `done`, never 409 turn_in_progress.
 * Targets 127.0.0.1 only.
 */
import postgres from 'postgres';
import { benchDatabase } from '../../bench/support/database.ts';
import { percentile, startProcess } from '../../bench/support/server-process.ts';

const SEEKERS = Number(process.env.CHAOS_SEEKERS ?? 60);
const TURNS = Number(process.env.CHAOS_TURNS ?? 3);
const KILL_MS = Number(process.env.CHAOS_KILL_MS ?? 1000);
const DEADLINE_MS = Number(process.env.CHAOS_SECONDS ?? 120) * 1000;
const PORT = process.env.CHAOS_PORT ?? '3311';
/** A person reads the answer before asking again: 2–6 s between turns, so the chat spans many kill waves. */
const THINK_MS = Number(process.env.CHAOS_THINK_MS ?? 4000);
/** A turn (or a new session) still not answered after this counts as lost: the test stays bounded even if the server hangs. */
const TURN_TIMEOUT_MS = 30_000;
const QUESTIONS = ['创业担保贷款个人最高能贷多少？', '见习补贴每个月多少？', '我是今年毕业的大学生，能领什么补贴？', '五月份有什么招聘活动？', '失业登记去哪里办？', '我想找份电工的工作'];

process.env.BENCH_DATABASE_URL ??= process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const adminUrl = process.env.BENCH_DATABASE_URL;

const db = await benchDatabase();
const dbName = new URL(db.env.DATABASE_URL!).pathname.slice(1);
const server = await startProcess('server/main.ts', {
  ...db.env,
  HOST: '127.0.0.1',
  PORT,
  CHAT_SESSIONS_PER_IP_PER_HOUR: '100000',
  CHAT_MESSAGES_PER_SESSION_PER_MINUTE: '100000',
  CHAT_MESSAGES_PER_IP_PER_MINUTE: '1000000',
  OUTREACH_SCAN_INTERVAL_MINUTES: '0',
});
const base = server.base;
let crashed: string | undefined;
let output = '';
server.child.stdout!.on('data', (d) => (output = (output + d).slice(-20_000)));
server.child.stderr!.on('data', (d) => (output = (output + d).slice(-20_000)));
server.child.on('exit', (code, signal) => {
  if (!stopping) crashed = `exit code ${code}, signal ${signal}`;
});
let stopping = false;

const killer = postgres(adminUrl, { max: 1, onnotice: () => {} });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// --- faults: terminate every backend of the server's database, about once a second ---
let faults = true;
let killWaves = 0;
let backendsKilled = 0;
const faultLoop = (async () => {
  while (faults) {
    await sleep(KILL_MS * (0.75 + Math.random() / 2));
    if (!faults) break;
    const [row] = await killer<{ n: number }[]>`select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = ${dbName} and pid <> pg_backend_pid()`;
    killWaves++;
    backendsKilled += row!.n;
  }
})();

// --- load: seekers chatting over SSE ---
const statuses = new Map<number, number>();
const count = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
const conversations: { sessionId: string; token: string }[] = [];
const latencies: number[] = [];
let turnsPosted = 0;
let turnsAccepted = 0;
let doneEvents = 0;
let errorEvents = 0;
let endedStreams = 0;
let conflictsDuringFaults = 0;
const errorCodes = new Map<string, number>();
const started = Date.now();
const inTime = () => Date.now() - started < DEADLINE_MS && !crashed;

async function post(s: { sessionId: string; token: string }, text: string) {
  const res = await fetch(`${base}/api/chat/sessions/${s.sessionId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(TURN_TIMEOUT_MS),
  }).catch(() => undefined);
  if (!res) return { status: 599, body: '' };
  return { status: res.status, body: await res.text().catch(() => '') }; // an aborted stream reads as what arrived: no done
}

async function seeker(i: number) {
  let s: { sessionId: string; token: string } | undefined;
  for (let attempt = 0; !s && attempt < 10 && inTime(); attempt++) {
    const r = await fetch(`${base}/api/chat/sessions`, { method: 'POST', signal: AbortSignal.timeout(TURN_TIMEOUT_MS) }).catch(() => undefined);
    count(r?.status ?? 599);
    if (r?.status === 201) s = await r.json();
    else await sleep(300);
  }
  if (!s) return;
  conversations.push(s);
  for (let turn = 0; turn < TURNS && inTime(); turn++) {
    if (turn > 0) await sleep(THINK_MS * (0.5 + Math.random()));
    const t = performance.now();
    const r = await post(s, QUESTIONS[(i + turn) % QUESTIONS.length]!);
    turnsPosted++;
    count(r.status);
    if (r.status === 409) conflictsDuringFaults++;
    if (r.status !== 200) {
      await sleep(300); // a refused turn (503 while the database is away) is asked again, as a person would
      turn--;
      continue;
    }
    turnsAccepted++;
    latencies.push(performance.now() - t);
    if (r.body.includes('event: done')) doneEvents++;
    if (/event: (done|error)/.test(r.body)) endedStreams++;
    for (const m of r.body.matchAll(/event: error\ndata: (\{.*\})/g)) {
      errorEvents++;
      const code = (JSON.parse(m[1]!) as { code: string }).code;
      errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
    }
  }
}

await Promise.all(Array.from({ length: SEEKERS }, (_, i) => seeker(i)));
const chatSeconds = (Date.now() - started) / 1000;
faults = false;
await faultLoop;

// --- reconcile: let releases still retrying finish, then read what became of every question ---
const direct = postgres(db.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
type Reconciliation = { seeker: number; pending: number; answered_without_answer: number; by_status: Record<string, number> };
let rec: Reconciliation | undefined;
for (let waited = 0; waited < 15_000; waited += 500) {
  [rec] = await direct<Reconciliation[]>`
    select
      (select count(*)::int from messages where role = 'seeker') as seeker,
      (select count(*)::int from messages where role = 'seeker' and status = 'pending') as pending,
      (select count(*)::int from messages q where q.role = 'seeker' and q.status = 'answered'
         and not exists (select 1 from messages a where a.conversation_id = q.conversation_id and a.seq > q.seq and a.role = 'assistant')) as answered_without_answer,
      (select coalesce(json_object_agg(status, n), '{}') from (select status, count(*)::int n from messages where role = 'seeker' group by status) s) as by_status`;
  if (rec!.pending === 0) break;
  await sleep(500);
}

// --- every conversation at once, with the faults stopped: a new turn is taken and answered ---
let afterAsked = 0;
let after409 = 0;
let afterNotDone = 0;
const afterStatuses = new Map<number, number>();
for (let i = 0; i < conversations.length && !crashed; i += 10) {
  await Promise.all(
    conversations.slice(i, i + 10).map(async (s) => {
      const r = await post(s, '谢谢，再问一下：见习补贴每个月多少？');
      afterAsked++;
      afterStatuses.set(r.status, (afterStatuses.get(r.status) ?? 0) + 1);
      if (r.status === 409) after409++;
      if (r.status !== 200 || !r.body.includes('event: done')) afterNotDone++;
    }),
  );
}

const alive = !crashed && server.child.exitCode === null;
stopping = true;
await direct.end();
await killer.end();
if (alive) await server.stop();
await db.drop();

latencies.sort((a, b) => a - b);
const stranded = rec!.pending + rec!.answered_without_answer;
console.table({
  seekers: SEEKERS,
  'chat seconds': Math.round(chatSeconds),
  'turns posted': turnsPosted,
  'turns accepted (200)': turnsAccepted,
  'done events': doneEvents,
  'error events': errorEvents,
  'kill waves': killWaves,
  'backends killed': backendsKilled,
  'process crashes': alive ? 0 : 1,
  'stranded questions': stranded,
  '409 during faults': conflictsDuringFaults,
  '409 after': after409,
  'turn p50 ms': Math.round(percentile(latencies, 50)),
  'turn p95 ms': Math.round(percentile(latencies, 95)),
});
console.log('HTTP statuses', Object.fromEntries(statuses), 'error events by code', Object.fromEntries(errorCodes));
console.log('seeker messages by status', rec!.by_status, 'the new turn afterwards', Object.fromEntries(afterStatuses));
if (crashed) console.log(`server crashed (${crashed}); its last output:\n${output.slice(-4000)}`);

const checks: [string, boolean][] = [
  ['backends were terminated while seekers chatted', killWaves >= 5 && backendsKilled > 0],
  ['0 process crashes', alive],
  ['turns ran', turnsAccepted >= Math.min(SEEKERS * TURNS, 20)],
  ['every accepted turn told the seeker how it ended (done or error)', endedStreams === turnsAccepted],
  ['0 questions left pending', rec!.pending === 0],
  ['0 questions answered without an answer', rec!.answered_without_answer === 0],
  ['every conversation took a new turn at once (no 409)', afterAsked === conversations.length && conversations.length > 0 && after409 === 0],
  ['every new turn was answered (done)', afterAsked === conversations.length && afterNotDone === 0],
];
for (const [name, ok] of checks) console.log(`${ok ? '✓' : '✗'} ${name}`);
const failed = checks.filter(([, ok]) => !ok).length;
console.log(`chaos: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
