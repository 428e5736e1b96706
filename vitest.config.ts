/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['test/**/*.test.ts'],
          // The console's component tests run in happy-dom below; the browser suite (test/e2e) only in `npm run test:e2e`.
          exclude: ['test/console/**', 'test/e2e/**', '**/node_modules/**'],
          globalSetup: ['test/support/global-setup.ts'],
          pool: 'forks',
        },
      },
      {
        extends: true,
        plugins: [solid()],
        test: {
          name: 'console',
          include: ['test/console/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
    ],
  },
});
