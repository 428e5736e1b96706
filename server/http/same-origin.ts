import { createMiddleware } from 'hono/factory';
import { AppError } from './errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for cookie-authenticated routes: a state-changing request must carry an Origin
 * (or, failing that, a Referer) of this server or of an allowed origin. SameSite=Strict cookies
 * are the first line; this is the second, for browsers or proxies that weaken it.
 */
export function sameOrigin(allowed: string[] = []) {
  return createMiddleware(async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const self = new URL(c.req.url).origin;
    const forwardedHost = c.req.header('host');
    const source = c.req.header('origin') ?? (c.req.header('referer') ? new URL(c.req.header('referer')!).origin : undefined);
    const ok = source !== undefined && (source === self || allowed.includes(source) || (forwardedHost !== undefined && new URL(source).host === forwardedHost));
    if (!ok) throw new AppError(403, 'csrf', zh.auth.errors.csrf);
    await next();
  });
}
