import { createMiddleware } from 'hono/factory';
import { jsonBody } from './json-body.ts';

/**
 * For actions whose body is optional (a note on a release, a date for a scan): no body at all is
 * fine — Hono's json validator then reads `{}` — but a body that is there must be JSON.
 */
export const optionalJsonBody = createMiddleware(async (c, next) => (c.req.header('content-type') ? jsonBody(c, next) : next()));
