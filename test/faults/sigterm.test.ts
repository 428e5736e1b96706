import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/client.ts';
import { respond } from '../support/openai-chat-stub.ts';
import { startOpenAIStub } from '../support/openai-stub.ts';

const root = new URL('../../', import.meta.url).pathname;
const ANSWER = '首次创业并正常经营1年以上3年以下的，可申请8000元/户的一次性创业补助【yb2022-38:2.2.2】。';
let stub: Awaited<ReturnType<typeof startOpenAIStub>>;

beforeAll(async () => {
  stub = await startOpenAIStub((app) => {
    app.post('/v1/chat/completions', (c) => respond(c, { text: ANSWER }, 1500));
  });
});
afterAll(() => stub?.close());

describe('graceful shutdown', () => {
  it('SIGTERM during a streaming answer drains the turn: the seeker gets done, the answer is stored, exit 0', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'yb-sigterm-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', TEST_DATABASE_URL: '', DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', LLM_BASE_URL: stub.baseURL, LLM_MODEL: 'slow' },
    });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', () => {
        const m = /is running: (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(out)));
    });
    const s = await (await fetch(`${base}/api/chat/sessions`, { method: 'POST' })).json();
    const res = await fetch(`${base}/api/chat/sessions/${s.sessionId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ text: '一次性创业补助多少钱？' }),
    });
    expect(res.status).toBe(200); // the turn is accepted and running (the model answers in 1.5 s)
    child.kill('SIGTERM');
    const body = await res.text();
    expect(body).toContain('event: done');
    expect(body).toContain('8000元/户');
    expect(await exited).toBe(0);

    const db = await openDatabase({ driver: 'pglite', dataDir: join(dataDir, 'pglite') });
    try {
      const rows = await db.rows<{ role: string; status: string }>(sql`select role, status from messages order by seq`);
      expect(rows).toEqual([
        { role: 'seeker', status: 'answered' },
        { role: 'assistant', status: 'answered' },
      ]);
    } finally {
      await db.close();
    }
  }, 180_000);
});
