import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

/** Where `vite build` puts the chat page and the staff console (vite.config.ts). */
export const CONSOLE_DIR = resolve(import.meta.dirname, '../../dist/console');

/** Client-side routes of console/routes.ts: each answers with index.html and the router takes over. */
const SPA_ROUTES = ['/', '/embed', '/console', '/console/*'];

/**
 * The built pages (`npm start`): hashed assets cached for a year, index.html for the pages' own
 * routes, the widget loader and the favicon. Only GET/HEAD of those paths: /api and /healthz are
 * never shadowed, and any other path falls through to the API's JSON 404. Without a build
 * (tests, or `npm run dev` where Vite serves the pages) this mounts nothing.
 */
export function consoleStatic(dir: string = CONSOLE_DIR) {
  const app = new Hono();
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) return app;
  const index = readFileSync(indexFile, 'utf8');

  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.res.headers.set('cache-control', 'public, max-age=31536000, immutable');
  });
  app.get('/assets/*', serveStatic({ root: dir }));
  for (const file of ['/widget.js', '/favicon.svg']) {
    app.get(file, async (c, next) => {
      await next();
      if (c.res.ok) c.res.headers.set('cache-control', 'public, max-age=300');
    });
    app.get(file, serveStatic({ root: dir }));
  }
  for (const route of SPA_ROUTES) app.get(route, (c) => c.html(index, 200, { 'cache-control': 'no-cache' }));
  return app;
}
