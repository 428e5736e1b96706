/**
 * `npm run dev`: the API server with restart-on-change (tsx watch) on API_PORT (default 3001) and
 * Vite's dev server with hot reload for the pages on VITE_PORT (default 5173), which proxies /api
 * to the API server. Open the address Vite prints.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
const apiPort = process.env.API_PORT ?? '3001';

const api = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'watch', 'server/main.ts'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, PORT: apiPort, API_PORT: apiPort },
});

const vite = await createServer({ configFile: join(ROOT, 'vite.config.ts') });
await vite.listen();
vite.printUrls();
console.log(`  API server (tsx watch) on http://127.0.0.1:${apiPort}; the pages proxy /api to it.\n`);

const stop = async () => {
  api.kill('SIGTERM');
  await vite.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
api.on('exit', (code) => {
  if (code !== null && code !== 0) console.error(`API server exited with ${code}`);
});
