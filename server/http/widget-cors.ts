import type { Hono } from 'hono';
import { cors } from 'hono/cors';

/**
 * The public API the widget calls from another site's page. Staff and sign-in routes are never
 * here: they work by cookie and answer only their own origin. Chat is bearer-authenticated, so
 * CORS never allows credentials (cookies) anywhere.
 */
export const WIDGET_API_PATHS = ['/api/chat/*', '/api/policy/*', '/api/eligibility', '/api/vacancies/match', '/api/courses/recommend', '/api/events'] as const;

/** CORS for the allow-listed origins only; another origin gets no Access-Control-Allow-Origin. */
export function widgetCors(origins: readonly string[]) {
  const allowed = new Set(origins);
  return cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST'],
    allowHeaders: ['content-type', 'authorization', 'accept', 'last-event-id'],
    exposeHeaders: ['retry-after'],
    credentials: false,
    maxAge: 600,
  });
}

/** Mounts the widget's CORS on its paths; with no origins configured there is nothing to mount. */
export function mountWidgetCors(app: Hono, origins: readonly string[]) {
  if (!origins.length) return;
  const middleware = widgetCors(origins);
  for (const path of WIDGET_API_PATHS) app.use(path, middleware);
}
