import { createMiddleware } from 'hono/factory';
import { AppError } from './errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The URL in an Origin or Referer header, or undefined for one without an origin (`null`, garbage, `app://x`). */
function urlOf(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.origin === 'null' ? undefined : url;
  } catch {
    return undefined;
  }
}

/**
 * CSRF protection for cookie-authenticated routes: a state-changing request must carry an Origin
 * (or, failing that, a Referer) of this server or of an allowed origin. SameSite=Strict cookies
 * are the first line; this is the second, for browsers or proxies that weaken it. A missing,
 * opaque (`Origin: null`) or malformed header is refused as 403 naming the header, never a 500.
 * Not Hono's `csrf`: it checks only form-like bodies, so a JSON request from another origin would
 * pass (docs/adr/0016-libraries.md).
 */
export function sameOrigin(allowed: string[] = []) {
  return createMiddleware(async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const self = new URL(c.req.url).origin;
    const forwardedHost = c.req.header('host');
    const origin = c.req.header('origin');
    const field = origin !== undefined ? 'origin' : c.req.header('referer') !== undefined ? 'referer' : 'origin';
    const raw = origin ?? c.req.header('referer');
    const source = raw === undefined ? undefined : urlOf(raw);
    const ok = source !== undefined && (source.origin === self || allowed.includes(source.origin) || (forwardedHost !== undefined && source.host === forwardedHost));
    if (!ok) throw new AppError(403, 'csrf', zh.auth.errors.csrf, field);
    await next();
  });
}
