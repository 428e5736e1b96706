/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

/**
 * The seeker chat page and the staff console (console/), built to dist/console and served by the
 * API server (`npm start`). `npm run dev` runs this dev server with hot reload and proxies the API
 * to a server started beside it on API_PORT (server/cli/dev.ts).
 */
const api = `http://127.0.0.1:${process.env.API_PORT ?? '3001'}`;

export default defineConfig({
  root: fileURLToPath(new URL('./console', import.meta.url)),
  publicDir: 'public',
  plugins: [solid()],
  build: {
    outDir: fileURLToPath(new URL('./dist/console', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // Slow plugin timings are machine noise here (two cores shared with the test suites), not a finding.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: {
    host: '127.0.0.1',
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: {
      // console/api/*.ts are modules at /api/… in dev: Vite serves those, the API server the rest.
      '/api': { target: api, bypass: (req) => (/\.(tsx?|jsx?|css)(\?|$)/.test(req.url ?? '') ? req.url : undefined) },
      '/healthz': { target: api },
    },
  },
  preview: { proxy: { '/api': { target: api } } },
});
