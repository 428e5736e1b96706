/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:e2e`: the pages in a real browser (Debian's Chromium driven by playwright-core)
 * against the real server. Kept apart from `npm test`, which never launches a browser.
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
