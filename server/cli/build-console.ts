/**
 * `npm start` runs this first (prestart): builds the chat page and staff console with Vite when
 * dist/console is missing or older than its sources, so `npm ci && npm start` serves the pages on
 * a fresh clone. `--force` always builds.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = join(ROOT, 'dist/console/index.html');
const SOURCES = ['console', 'server/i18n/zh-CN', 'vite.config.ts'];

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let latest = s.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

export function consoleIsStale(): boolean {
  if (!existsSync(BUILT)) return true;
  const built = statSync(BUILT).mtimeMs;
  return SOURCES.some((p) => existsSync(join(ROOT, p)) && newest(join(ROOT, p)) > built);
}

if (process.argv.includes('--force') || consoleIsStale()) {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    // Installed without dev dependencies: serve the API and say how to get the pages.
    console.warn('dist/console is missing or stale and Vite is not installed (npm ci without --omit=dev builds it); serving the API only.');
    process.exit(0);
  }
  console.log('Building the chat page and staff console (dist/console)…');
  await vite.build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
