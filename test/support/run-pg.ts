import { spawnSync } from 'node:child_process';

/**
 * `npm run test:pg`: the suites again on a real PostgreSQL with pgvector. Uses TEST_DATABASE_URL,
 * else DATABASE_URL, else the local server the CI machine runs. Extra arguments go to vitest.
 */
const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TEST_DATABASE_URL: url },
});
process.exit(result.status ?? 1);
