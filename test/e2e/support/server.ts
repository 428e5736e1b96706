/**
 * The real server for the browser suite: the pages built (as `npm start` would), a fresh data
 * directory, staff accounts made with the staff:create CLI, then `node --import tsx server/main.ts`
 * on a free port. PGlite keeps one process per data directory, so accounts are made first.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { dutyHoursFile } from './duty.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface StaffAccount {
  username: string;
  password: string;
  role: string;
  name: string;
}

export interface RunningServer {
  url: string;
  staff: Record<string, StaffAccount>;
  log: () => string;
  stop: () => Promise<void>;
}

const env = (dataDir: string) => ({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', HOST: '127.0.0.1', DATABASE_URL: '', TEST_DATABASE_URL: '', API_CHECK_RESPONSES: 'true' });

function createStaff(dataDir: string, account: Omit<StaffAccount, 'password'>): StaffAccount {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'server/cli/create-staff.ts', '--username', account.username, '--role', account.role, '--name', account.name], {
    cwd: ROOT,
    env: env(dataDir),
    encoding: 'utf8',
    timeout: 180_000,
  });
  const password = /\n\s+(\S{12,})\s*\n/.exec(out)?.[1];
  if (!password) throw new Error(`staff:create printed no password:\n${out}`);
  return { ...account, password };
}

export async function startServer(accounts: Omit<StaffAccount, 'password'>[], extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  execFileSync(process.execPath, ['--import', 'tsx', 'server/cli/build-console.ts'], { cwd: ROOT, stdio: 'inherit', timeout: 240_000 });
  const dataDir = mkdtempSync(join(tmpdir(), 'yb-e2e-'));
  const staff: Record<string, StaffAccount> = {};
  for (const a of accounts) staff[a.role] = createStaff(dataDir, a);

  // Counsellors are on duty round the clock unless a test says otherwise: what 找人工 does must not
  // depend on the hour the suite runs (server/wait/duty-hours.ts).
  const duty = extraEnv.DUTY_HOURS_FILE ? {} : { DUTY_HOURS_FILE: dutyHoursFile().path };
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env: { ...env(dataDir), ...duty, ...extraEnv, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in time:\n${output}`)), 240_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /is running: (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    staff,
    log: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 25_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
