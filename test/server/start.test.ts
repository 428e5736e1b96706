import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

/** Starts `server/main.ts` the way `npm start` does; resolves with its output once it settles. */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', TEST_DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const address = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', () => {
      const m = /is running: (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', () => reject(new Error(`exited before listening:\n${out}`)));
  });
  address.catch(() => {}); // awaited by the tests that expect it to listen
  return { child, address, exited, output: () => out };
}

describe('npm start on the embedded defaults', () => {
  it('creates its PGlite data directory, ingests the corpus, and answers a policy search', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'yb-start-'));
    const s = start({ DATA_DIR: dataDir, PORT: '0' });
    const base = await s.address;
    const res = await fetch(`${base}/api/policy/search?q=${encodeURIComponent('创业担保贷款')}`);
    expect(res.status).toBe(200);
    expect((await res.json()).hits[0].clauseId).toBe('yb2022-38:2.2.2');
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);

    // A second start on the same data directory finds the corpus already there.
    const again = start({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info' });
    const base2 = await again.address;
    expect((await (await fetch(`${base2}/healthz`)).json()).clauses).toBe(52);
    expect(again.output()).toContain('"embedded":0');
    again.child.kill('SIGTERM');
    await again.exited;
  }, 180_000);

  it('refuses to start on a bad setting and names the variable', async () => {
    const s = start({ PORT: 'eighty' });
    expect(await s.exited).toBe(1);
    expect(s.output()).toMatch(/PORT/);
  }, 120_000);
});
