import { createMiddleware } from 'hono/factory';
import { handlerRoute } from '../http/matched-route.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from './metrics.ts';

/**
 * One JSON log line and metrics per request: the route PATTERN (never the concrete path or query,
 * which can carry ids or a seeker's words), status, duration and request id.
 */
export function requestLog(log: Logger, metrics: Metrics) {
  return createMiddleware(async (c, next) => {
    const start = performance.now();
    await next();
    const route = handlerRoute(c);
    const seconds = (performance.now() - start) / 1000;
    const labels = { route, method: c.req.method };
    metrics.httpRequests.inc({ ...labels, status: String(c.res.status) });
    metrics.httpDuration.observe(labels, seconds);
    log.info({ requestId: c.get('requestId'), method: c.req.method, route, status: c.res.status, ms: Math.round(seconds * 1000) }, 'request');
  });
}
