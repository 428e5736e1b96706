/**
 * Where a chat turn's CPU goes: the server runs under V8's profiler (`--cpu-prof`) while four
 * seekers chat for BENCH_SECONDS with the offline model, and the same for the baseline route; the
 * samples are summed by library and by part of the server (bench/support/cpu-profile.ts), per
 * request. This is the measurement behind the chat benchmark's explanation in the README.
 */
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { attribute } from './support/cpu-profile.ts';
import { benchDatabase } from './support/database.ts';
import { startProcess } from './support/server-process.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = 4;
const QUESTIONS = ['一次性创业补助多少钱？', '见习补贴每个月多少？', '创业担保贷款个人最高能贷多少？', '公益性岗位是给什么人的？', '失业登记去哪里办？'];
const LIMITS = { CHAT_SESSIONS_PER_IP_PER_HOUR: '100000', CHAT_MESSAGES_PER_SESSION_PER_MINUTE: '100000', CHAT_MESSAGES_PER_IP_PER_MINUTE: '1000000' };

async function profiled(label: string, entry: string, paths: { session: string; message: (id: string) => string }) {
  const db = await benchDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'yb-prof-'));
  const server = await startProcess(entry, { ...db.env, ...LIMITS, PORT: '0' }, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  let requests = 0;
  const from = Number(process.hrtime.bigint() / 1000n);
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, i) => {
      const s = await (await fetch(`${server.base}${paths.session}`, { method: 'POST' })).json();
      for (let n = i; performance.now() < deadline; n++) {
        const res = await fetch(`${server.base}${paths.message(s.sessionId)}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ text: QUESTIONS[n % QUESTIONS.length] }),
        });
        await res.arrayBuffer();
        if (res.ok) requests++;
      }
    }),
  );
  await server.stop();
  await db.drop();
  // The main thread's profile is the largest file (tsx's loader thread writes a small one).
  const files = readdirSync(dir).map((f) => join(dir, f));
  const main = files.reduce((best, f) => (statSync(f).size > statSync(best).size ? f : best));
  const { totalMs, groups } = attribute(main, from);
  const busyMs = groups.filter((g) => !g.group.startsWith('idle')).reduce((a, g) => a + g.ms, 0);
  return { label, requests, cpuMsPerRequest: Math.round((busyMs / requests) * 100) / 100, totalMs: Math.round(totalMs), groups };
}


export async function runProfileBench() {
  const turn = await profiled('chat turn (offline model)', 'server/main.ts', { session: '/api/chat/sessions', message: (id) => `/api/chat/sessions/${id}/messages` });
  const baseline = await profiled('baseline (insert + read 20)', 'bench/baseline-server.ts', { session: '/baseline/sessions', message: (id) => `/baseline/${id}/messages` });
  for (const r of [baseline, turn]) {
    console.log(`\n${r.label}: ${r.requests} requests, ${r.cpuMsPerRequest} ms of server CPU each (idle excluded)`);
    console.table(r.groups.map((g) => ({ where: g.group, 'ms per request': Math.round((g.ms / r.requests) * 100) / 100, share: `${g.share}%` })));
  }
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/profile.json', import.meta.url), JSON.stringify({ date: new Date().toISOString(), seconds: SECONDS, concurrency: CONCURRENCY, baseline, turn }, null, 2));
  return { baseline, turn };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runProfileBench();
