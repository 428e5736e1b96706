import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, lockPathOf } from '../../server/db/data-dir-lock.ts';

/**
 * Finding 7 of issue 14: `npm run staff:create` while the embedded server runs corrupted the PGlite
 * data directory. The real server and the real CLI, on one data directory: the CLI refuses while
 * the server runs, the server prints a one-time link to create the first administrator in the
 * browser, and after the server stops the CLI works again; a lock left by a dead process is taken over.
 */
const root = new URL('../../', import.meta.url).pathname;
const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')));

const env = (dataDir: string) => ({
  ...process.env,
  DATABASE_URL: '',
  TEST_DATABASE_URL: '',
  DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  INGEST_ON_START: 'false',
  DEMO_DATA_ON_START: 'false',
  OUTREACH_SCAN_INTERVAL_MINUTES: '0',
});

function startServer(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: root, env: { ...env(dataDir), PORT: '0' } });
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
  address.catch(() => {});
  return { child, address, exited, output: () => out };
}

function staffCreate(dataDir: string, username: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/create-staff.ts', '--username', username, '--role', 'admin', '--name', '管理员'], {
    cwd: root,
    env: env(dataDir),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, out: r.stdout + r.stderr };
}

const post = (base: string, path: string, body: object) =>
  fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify(body) });

describe('the embedded data directory is used by one process at a time', () => {
  it('staff:create refuses while the server runs; the server prints a one-time setup link; after it stops the CLI works', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'yb-lock-'));
    const server = startServer(dataDir);
    const base = await server.address;
    for (let i = 0; i < 50 && !server.output().includes('setup#'); i++) await new Promise((r) => setTimeout(r, 100)); // printed right after the banner

    // The lock names the server's PID.
    expect(JSON.parse(readFileSync(lockPathOf(dataDir), 'utf8')).pid).toBe(server.child.pid);

    const refused = staffCreate(dataDir, 'second');
    expect(refused.status).toBe(1);
    expect(refused.out).toContain('正在被另一个进程使用');
    expect(refused.out).toContain(`进程号 ${server.child.pid}`);
    expect(refused.out).toContain('in use by another process');
    expect(refused.out).not.toMatch(/Created admin/);

    // No administrator yet: the start printed a one-time link; the secret is in the fragment.
    const link = /(http:\/\/\S+\/console\/setup#(\S+))/.exec(server.output());
    expect(link, server.output()).toBeTruthy();
    const token = link![2]!;
    expect(server.output()).toContain('尚无管理员账号');
    expect((await (await fetch(`${base}/api/auth/setup`)).json()).needed).toBe(true);

    // A weak password is refused and leaves the link usable; a good one makes the admin and signs in.
    const weak = await post(base, '/api/auth/setup', { token, username: 'admin', displayName: '管理员', password: 'Password1234' });
    expect(weak.status).toBe(400);
    const made = await post(base, '/api/auth/setup', { token, username: 'admin', displayName: '管理员', password: 'Lan-shui-qiao-2027' });
    expect(made.status).toBe(201);
    const cookie = /yb_staff=[^;]+/.exec(made.headers.get('set-cookie') ?? '')![0];
    const users = await fetch(`${base}/api/staff/users`, { headers: { cookie, origin: base } });
    expect(users.status).toBe(200);
    expect((await users.json()).users.map((u: { username: string }) => u.username)).toEqual(['admin']);
    // The link works once.
    expect((await post(base, '/api/auth/setup', { token, username: 'admin2', displayName: 'x', password: 'Lan-shui-qiao-2028' })).status).toBe(400);
    expect((await (await fetch(`${base}/api/auth/setup`)).json()).needed).toBe(false);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    // Stopped: the lock is gone and the CLI makes its account, on the same data.
    const created = staffCreate(dataDir, 'second');
    expect(created.status, created.out).toBe(0);
    expect(created.out).toMatch(/Created admin "second"/);
    expect(staffCreate(dataDir, 'admin').out).toMatch(/already exists/);
  }, 240_000);

  it('the server refuses to start on a data directory another live process holds, naming it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'yb-lock-'));
    const lock = acquireDataDirLock(dataDir, 'npm run staff:create');
    try {
      const server = startServer(dataDir);
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`进程号 ${process.pid}`);
      expect(server.output()).toContain('npm run staff:create');
      expect(() => acquireDataDirLock(dataDir, 'again')).toThrow(DataDirLockedError);
    } finally {
      lock.release();
    }
  }, 120_000);

  it('a lock left by a process that died is taken over', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'yb-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const pid = Number(dead.stdout);
    writeFileSync(lockPathOf(dataDir), JSON.stringify({ pid, purpose: 'npm start (server)', startedAt: '2026-12-01T00:00:00.000Z', hostname: (await import('node:os')).hostname(), nonce: 'x' }));
    const created = staffCreate(dataDir, 'after-crash');
    expect(created.status, created.out).toBe(0);
    expect(created.out).toMatch(/Created admin "after-crash"/);

    // A PID that is alive but belongs to another process (reused after the crash) is stale too.
    writeFileSync(lockPathOf(dataDir), JSON.stringify({ pid: process.pid, purpose: 'npm start (server)', startedAt: '2026-12-01T00:00:00.000Z', hostname: (await import('node:os')).hostname(), procStart: '1', nonce: 'y' }));
    const lock = acquireDataDirLock(dataDir, 'test');
    lock.release();
  }, 120_000);
});
