/**
 * Chat-turn benchmarks, each against its baseline in the same run:
 * - throughput and latency of a full turn (offline model; zero-latency OpenAI-compatible stub through
 *   @langchain/openai) vs a bare Hono route that stores a message and reads the last 20, at 1, 50
 *   and 200 concurrent sessions;
 * - time to first token: what our server adds before the seeker's first `delta`, vs the stub alone;
 * - server memory idle and under the 200-session load.
 * Everything targets 127.0.0.1 and is bounded in time (BENCH_SECONDS per level, default 8).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { benchDatabase } from './support/database.ts';
import { percentile, startProcess, type ServerProcess } from './support/server-process.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const LEVELS = (process.env.BENCH_LEVELS ?? '1,50,200').split(',').map(Number);
const QUESTIONS = ['一次性创业补助多少钱？', '见习补贴每个月多少？', '创业担保贷款个人最高能贷多少？', '公益性岗位是给什么人的？', '失业登记去哪里办？'];
const LIMITS = { CHAT_SESSIONS_PER_IP_PER_HOUR: '100000', CHAT_MESSAGES_PER_SESSION_PER_MINUTE: '100000', CHAT_MESSAGES_PER_IP_PER_MINUTE: '1000000' };

interface Target {
  newSession(): Promise<{ id: string; token: string }>;
  send(s: { id: string; token: string }, text: string): Promise<number>;
}

const chatTarget = (base: string): Target => ({
  async newSession() {
    const r = await (await fetch(`${base}/api/chat/sessions`, { method: 'POST' })).json();
    return { id: r.sessionId, token: r.token };
  },
  async send(s, text) {
    const res = await fetch(`${base}/api/chat/sessions/${s.id}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ text }),
    });
    await res.arrayBuffer();
    return res.status;
  },
});

const baselineTarget = (base: string): Target => ({
  async newSession() {
    const r = await (await fetch(`${base}/baseline/sessions`, { method: 'POST' })).json();
    return { id: r.sessionId, token: r.token };
  },
  async send(s, text) {
    const res = await fetch(`${base}/baseline/${s.id}/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    await res.arrayBuffer();
    return res.status;
  },
});

async function load(target: Target, concurrency: number, server?: ServerProcess) {
  const sessions = await Promise.all(Array.from({ length: concurrency }, () => target.newSession()));
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let peakRss = server?.rssMiB() ?? NaN;
  const sampler = server ? setInterval(() => (peakRss = Math.max(peakRss, server.rssMiB())), 250) : undefined;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    sessions.map(async (s, i) => {
      let n = i;
      while (performance.now() < deadline) {
        const t = performance.now();
        const status = await target.send(s, QUESTIONS[n++ % QUESTIONS.length]!).catch(() => 599);
        latencies.push(performance.now() - t);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  if (sampler) clearInterval(sampler);
  latencies.sort((a, b) => a - b);
  const errors5xx = [...statuses].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
  return {
    concurrency,
    requests: latencies.length,
    rps: Math.round((latencies.length / elapsed) * 10) / 10,
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    errors5xx,
    non2xx: [...statuses].filter(([s]) => s >= 300).reduce((a, [, n]) => a + n, 0),
    ...(server ? { peakRssMiB: peakRss } : {}),
  };
}

/** Milliseconds from `started` until the streamed body first matches `seen`; reads the stream to its end. */
async function msUntil(res: Response, started: number, seen: (text: string) => boolean): Promise<number> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  let ms = NaN;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += decoder.decode(value, { stream: true });
    if (Number.isNaN(ms) && seen(buf)) ms = performance.now() - started;
  }
  return ms;
}

async function firstDeltaMs(base: string): Promise<number> {
  const s = await chatTarget(base).newSession();
  const t = performance.now();
  const res = await fetch(`${base}/api/chat/sessions/${s.id}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ text: '一次性创业补助多少钱？' }),
  });
  return msUntil(res, t, (buf) => buf.includes('event: delta'));
}

async function stubFirstTokenMs(stubBase: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${stubBase}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'x', stream: true, messages: [] }) });
  return msUntil(res, t, (buf) => /"content":"[^"]/.test(buf));
}

export async function runChatBench() {
  const results: Record<string, unknown> = { date: new Date().toISOString(), seconds: SECONDS, levels: LEVELS };
  const rows: Record<string, unknown>[] = [];

  const run = async (mode: string, start: (env: Record<string, string>) => Promise<{ target: Target; server: ServerProcess; extra?: ServerProcess }>) => {
    const db = await benchDatabase();
    const { target, server, extra } = await start({ ...db.env, ...LIMITS });
    results.database = db.label;
    if (mode === 'offline') results.idleRssMiB = server.rssMiB();
    for (const c of LEVELS) rows.push({ mode, ...(await load(target, c, mode === 'offline' ? server : undefined)) });
    await server.stop();
    await extra?.stop();
    await db.drop();
  };

  await run('baseline', async (env) => {
    const server = await startProcess('bench/baseline-server.ts', env);
    return { target: baselineTarget(server.base), server };
  });
  await run('offline', async (env) => {
    const server = await startProcess('server/main.ts', { ...env, PORT: '0' });
    return { target: chatTarget(server.base), server };
  });
  await run('stub-llm', async (env) => {
    const stub = await startProcess('bench/stub-model-server.ts', { STUB_FIRST_TOKEN_MS: '0' });
    const server = await startProcess('server/main.ts', { ...env, PORT: '0', LLM_BASE_URL: `${stub.base}/v1`, LLM_MODEL: 'stub' });
    return { target: chatTarget(server.base), server, extra: stub };
  });
  results.throughput = rows;

  // Time to first token: the stub's first token comes after 200 ms; what do we add on top?
  const FIRST_TOKEN_MS = 200;
  const db = await benchDatabase();
  const stub = await startProcess('bench/stub-model-server.ts', { STUB_FIRST_TOKEN_MS: String(FIRST_TOKEN_MS) });
  const server = await startProcess('server/main.ts', { ...db.env, ...LIMITS, PORT: '0', LLM_BASE_URL: `${stub.base}/v1`, LLM_MODEL: 'stub' });
  const ours: number[] = [];
  const direct: number[] = [];
  for (let i = 0; i < 40; i++) {
    direct.push(await stubFirstTokenMs(stub.base));
    ours.push(await firstDeltaMs(server.base));
  }
  await server.stop();
  await stub.stop();
  await db.drop();
  ours.sort((a, b) => a - b);
  direct.sort((a, b) => a - b);
  results.ttft = {
    stubFirstTokenMs: FIRST_TOKEN_MS,
    samples: ours.length,
    directP50: Math.round(percentile(direct, 50)),
    directP95: Math.round(percentile(direct, 95)),
    oursP50: Math.round(percentile(ours, 50)),
    oursP95: Math.round(percentile(ours, 95)),
    overheadP50: Math.round(percentile(ours, 50) - percentile(direct, 50)),
    overheadP95: Math.round(percentile(ours, 95) - percentile(direct, 95)),
  };

  console.log(`\nChat turn throughput (${results.database}, ${SECONDS}s per level)`);
  console.table(rows);
  console.log('Time to first delta (ms)');
  console.table([results.ttft]);
  console.log(`Server RSS: idle ${results.idleRssMiB} MiB; peak under load in the offline rows above`);
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/chat.json', import.meta.url), JSON.stringify(results, null, 2));
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runChatBench();
