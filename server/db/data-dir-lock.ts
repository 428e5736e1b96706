import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { zh } from '../i18n/zh-CN/index.ts';

/**
 * The embedded database (PGlite) must be opened by one process at a time: two processes writing
 * one data directory corrupt it (accounts lost, duplicate rows despite UNIQUE, crashes). Whoever
 * opens `DATA_DIR/pglite` — the server, `npm run staff:create`, `npm run ingest` — first takes
 * `DATA_DIR/pglite.lock`, created exclusively (O_EXCL) with the holder's PID and what it is.
 *
 * A lock left by a process that died (SIGKILL, power loss) is stale and taken over: the PID is
 * not running, or it is running but is another process that reuses the number (on Linux the
 * process start time and boot id recorded in the lock tell). A lock written on another host (a
 * shared disk) cannot be checked and is honoured.
 */
export interface LockHolder {
  pid: number;
  /** What holds it, for the message: "npm start (server)", "npm run staff:create". */
  purpose: string;
  startedAt: string;
  hostname: string;
  /** Linux: /proc/<pid>/stat start time (clock ticks since boot) and the boot id. */
  procStart?: string;
  bootId?: string;
  /** This acquisition, so a release never removes somebody else's lock. */
  nonce: string;
}

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(zh.setup.dataDirLocked({ dataDir, ...holder, otherHost: holder.hostname !== hostname() }));
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

export const lockPathOf = (dataDir: string) => join(resolve(dataDir), 'pglite.lock');

const readOr = (path: string) => {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
};

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
function procStartOf(pid: number): string | undefined {
  const stat = readOr(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // The command name (field 2) is in parentheses and may contain spaces: count from after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19];
}

const bootId = () => readOr('/proc/sys/kernel/random/boot_id');

function me(purpose: string): LockHolder {
  return { pid: process.pid, purpose, startedAt: new Date().toISOString(), hostname: hostname(), procStart: procStartOf(process.pid), bootId: bootId(), nonce: randomUUID() };
}

/** Is the process that wrote `holder` still running? */
export function holderAlive(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return true;
  if (holder.bootId && bootId() && holder.bootId !== bootId()) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  const start = procStartOf(holder.pid);
  return !(holder.procStart && start && start !== holder.procStart);
}

function parse(text: string | undefined): LockHolder | undefined {
  if (!text) return undefined;
  try {
    const h = JSON.parse(text) as LockHolder;
    return Number.isInteger(h.pid) && h.pid > 0 ? h : undefined;
  } catch {
    return undefined;
  }
}

/** A lock file that is empty or unreadable for this long was left half-written by a crash. */
const HALF_WRITTEN_MS = 10_000;

/** Takes the data directory's lock for this process, or throws DataDirLockedError naming the holder. */
export function acquireDataDirLock(dataDir: string, purpose: string): DataDirLock {
  mkdirSync(resolve(dataDir), { recursive: true });
  const path = lockPathOf(dataDir);
  const mine = me(purpose);
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      try {
        writeSync(fd, JSON.stringify(mine) + '\n');
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return lockOf(path, mine.nonce);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const text = readOr(path);
    if (text === undefined && !existsSync(path)) continue; // released meanwhile
    const holder = parse(text);
    if (holder) {
      if (holderAlive(holder)) throw new DataDirLockedError(resolve(dataDir), holder);
    } else {
      // Being written right now by a process that just created it, or half-written by a crash.
      let age = 0;
      try {
        age = Date.now() - statSync(path).mtimeMs;
      } catch {
        continue;
      }
      if (age < HALF_WRITTEN_MS) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
        continue;
      }
    }
    // Stale: remove it unless it changed since we read it (another process took it over first).
    if (readOr(path) === text) {
      try {
        unlinkSync(path);
      } catch {
        // someone else removed it: try again
      }
    }
  }
  throw new Error(`could not take ${path}`);
}

function lockOf(path: string, nonce: string): DataDirLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    if (parse(readOr(path))?.nonce === nonce) {
      try {
        unlinkSync(path);
      } catch {
        // already gone
      }
    }
  };
  process.on('exit', release);
  return { path, release };
}
