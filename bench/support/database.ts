import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/**
 * Where a benchmark server keeps its data: a fresh PostgreSQL database when BENCH_DATABASE_URL (or
 * DATABASE_URL) is set, dropped afterwards; otherwise a fresh PGlite data directory.
 */
export async function benchDatabase(): Promise<{ env: Record<string, string>; label: string; drop(): Promise<void> }> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'yb-bench-'));
    return { env: { DATA_DIR: dir, DATABASE_URL: '' }, label: 'PGlite', drop: async () => {} };
  }
  const name = `bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: u.toString(), DATABASE_POOL_MAX: '20' },
    label: 'PostgreSQL',
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
