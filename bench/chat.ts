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
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { sql } from 'drizzle-orm';
import { openAIChatModel } from '../server/agent/models/openai.ts';
import { loadPrompt } from '../server/agent/prompts.ts';
import { TOOLS } from '../server/agent/tools/index.ts';
import { openConfiguredDatabase } from '../server/bootstrap.ts';
import { loadConfig } from '../server/config.ts';
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

/** Milliseconds from `started` until the streamed body first matches each of `seen`; reads the stream to its end. */
async function msUntil(res: Response, started: number, ...seen: ((text: string) => boolean)[]): Promise<number[]> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  const ms = seen.map(() => NaN);
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += decoder.decode(value, { stream: true });
    seen.forEach((s, i) => {
      if (Number.isNaN(ms[i]) && s(buf)) ms[i] = performance.now() - started;
    });
  }
  return ms;
}

/** The text the deltas in an SSE body have put on screen so far (a `reset` clears it). */
function shownText(body: string): string {
  let shown = '';
  for (const m of body.matchAll(/event: (delta|reset)\ndata: ([^\n]*)/g)) shown = m[1] === 'reset' ? '' : shown + JSON.parse(m[2]!).text;
  return shown;
}

/** Until the first delta, and until the answer's first figure (8000) is on screen. */
async function firstDeltaMs(base: string): Promise<[number, number]> {
  const s = await chatTarget(base).newSession();
  const t = performance.now();
  const res = await fetch(`${base}/api/chat/sessions/${s.id}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ text: '一次性创业补助多少钱？' }),
  });
  const [delta, figure] = await msUntil(res, t, (buf) => buf.includes('event: delta'), (buf) => shownText(buf).includes('8000') || buf.includes('event: done'));
  return [delta!, figure!];
}

async function stubFirstTokenMs(stubBase: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${stubBase}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'x', stream: true, messages: [] }) });
  return (await msUntil(res, t, (buf) => /"content":"[^"]/.test(buf)))[0]!;
}

/** ChatOpenAI with the agent's tools bound, straight to the stub: what LangChain alone adds. */
function langChainFirstTokenMs(stubBase: string) {
  const bound = openAIChatModel({ baseURL: `${stubBase}/v1`, model: 'stub', timeoutMs: 10_000 }).bindTools(TOOLS);
  const messages = [new SystemMessage(loadPrompt('system').text), new HumanMessage('一次性创业补助多少钱？')];
  return async () => {
    const t = performance.now();
    let ms = NaN;
    for await (const chunk of await bound.stream(messages)) if (Number.isNaN(ms) && chunk.content) ms = performance.now() - t;
    return ms;
  };
}

/** The TTFT turns' traces: median time of each step before the model, and of turn start → first delta. */
async function ttftInside(env: Record<string, string>) {
  const database = await openConfiguredDatabase(loadConfig({ ...env, DATABASE_POOL_MAX: '1' }));
  try {
    const steps = await database.rows<{ name: string; p50: number }>(sql`
      select s->>'name' as name, percentile_cont(0.5) within group (order by (s->>'ms')::float) as p50
      from turn_traces, jsonb_array_elements(steps) s
      group by 1 order by min((s->>'ms')::float) is null, 1`);
    const [first] = await database.rows<{ p50: number; p95: number }>(sql`
      select percentile_cont(0.5) within group (order by first_delta_ms) as p50, percentile_cont(0.95) within group (order by first_delta_ms) as p95
      from turn_traces where first_delta_ms is not null`);
    const row: Record<string, number> = {};
    for (const name of ['redact_pii', 'start_retrieval', 'persist_question', 'screen_input', 'counsellor_holds', 'retrieve_clauses']) {
      const step = steps.find((s) => s.name === name);
      if (step) row[name] = Math.round(Number(step.p50) * 10) / 10;
    }
    row['first delta p50'] = Math.round(Number(first?.p50));
    row['first delta p95'] = Math.round(Number(first?.p95));
    return row;
  } finally {
    await database.close();
  }
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

  // Time to first token: the stub's first token comes after 200 ms; what do we add on top? Measured
  // with the hold-back on (the default) and off, the stub writing as fast as a model (a piece every
  // 20 ms). Its answer's first sentence is full of figures: the words before the first figure
  // stream at once, the rest of that sentence is held until it ends and is checked (ADR 0014).
  const FIRST_TOKEN_MS = 200;
  const ttftRun = async (holdBack: boolean) => {
    const db = await benchDatabase();
    const stub = await startProcess('bench/stub-model-server.ts', { STUB_FIRST_TOKEN_MS: String(FIRST_TOKEN_MS), STUB_PIECE_MS: '20' });
    const server = await startProcess('server/main.ts', { ...db.env, ...LIMITS, PORT: '0', LLM_BASE_URL: `${stub.base}/v1`, LLM_MODEL: 'stub', LLM_HOLD_BACK: String(holdBack) });
    const ours: number[] = [];
    const figure: number[] = [];
    const direct: number[] = [];
    const viaLangChain: number[] = [];
    const langchain = langChainFirstTokenMs(stub.base);
    for (let i = 0; i < 40; i++) {
      direct.push(await stubFirstTokenMs(stub.base));
      viaLangChain.push(await langchain());
      const [d, f] = await firstDeltaMs(server.base);
      ours.push(d);
      figure.push(f);
    }
    await server.stop();
    await stub.stop();
    const inside = await ttftInside(db.env);
    await db.drop();
    for (const a of [ours, figure, direct, viaLangChain]) a.sort((x, y) => x - y);
    return {
      row: {
        holdBack,
        stubFirstTokenMs: FIRST_TOKEN_MS,
        samples: ours.length,
        directP50: Math.round(percentile(direct, 50)),
        directP95: Math.round(percentile(direct, 95)),
        oursP50: Math.round(percentile(ours, 50)),
        oursP95: Math.round(percentile(ours, 95)),
        overheadP50: Math.round(percentile(ours, 50) - percentile(direct, 50)),
        overheadP95: Math.round(percentile(ours, 95) - percentile(direct, 95)),
        firstFigureP50: Math.round(percentile(figure, 50)),
        firstFigureP95: Math.round(percentile(figure, 95)),
        langChainAloneP50: Math.round(percentile(viaLangChain, 50)),
        langChainAloneP95: Math.round(percentile(viaLangChain, 95)),
      },
      inside,
    };
  };
  const held = await ttftRun(true);
  const free = await ttftRun(false);
  results.ttft = [held.row, free.row];
  results.ttftInside = held.inside;
  results.holdBackCostMs = {
    firstDeltaP50: held.row.oursP50 - free.row.oursP50,
    firstDeltaP95: held.row.oursP95 - free.row.oursP95,
    firstFigureP50: held.row.firstFigureP50 - free.row.firstFigureP50,
    firstFigureP95: held.row.firstFigureP95 - free.row.firstFigureP95,
  };

  console.log(`\nChat turn throughput (${results.database}, ${SECONDS}s per level)`);
  console.table(rows);
  console.log('Time to first delta (ms): the stub alone, LangChain alone (ChatOpenAI with our tools bound, same stub), through our server');
  console.table(results.ttft as object[]);
  console.log("The hold-back's cost (ms, on minus off): to the first delta, and to the first figure on screen");
  console.table([results.holdBackCostMs]);
  console.log("Inside the server, from the same turns' traces (ms, p50): each step before the model, and turn start → first delta");
  console.table(results.ttftInside as object);
  console.log(`Server RSS: idle ${results.idleRssMiB} MiB; peak under load in the offline rows above`);
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/chat.json', import.meta.url), JSON.stringify(results, null, 2));
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runChatBench();
