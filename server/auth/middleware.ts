import type { Context } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Database } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { rolesFor } from './permissions.ts';
import { loadStaffSession, type SessionPolicy } from './sessions.ts';

export const STAFF_COOKIE = 'yb_staff';

const handlers = (c: Context) => c.req.matchedRoutes.filter((r) => r.method !== 'ALL' && !r.path.endsWith('*'));

/** The registered path of the route that will handle this request (not a wildcard middleware's). */
export function handlerRoute(c: Context): string {
  return handlers(c).at(-1)?.path ?? c.req.routePath;
}

/**
 * Every /api/staff route passes here: a live staff session (401 otherwise), then the route's
 * roles from the one permissions table (403 for a role not listed, and for a route not in the
 * table at all, so forgetting an entry fails closed). A path or method with no route at all is a
 * 404, after the session check, so strangers learn nothing about which staff routes exist.
 */
export function staffOnly(database: Database, policy: SessionPolicy) {
  return createMiddleware(async (c, next) => {
    const token = getCookie(c, STAFF_COOKIE);
    const principal = token ? await loadStaffSession(database, token, policy) : undefined;
    if (!principal) {
      if (token) deleteCookie(c, STAFF_COOKIE, { path: '/' });
      throw new AppError(401, 'unauthenticated', zh.auth.errors.unauthenticated);
    }
    // A one-time password is changed first (POST /api/auth/password); the console then opens its password page.
    if (principal.mustChangePassword) throw new AppError(403, 'password_change_required', zh.auth.errors.passwordChangeRequired);
    // Signed in, but no route here for this method (PUT on a read-only resource): say so.
    if (!handlers(c).length) throw new AppError(404, 'not_found', zh.errors.routeNotFound);
    const roles = rolesFor(c.req.method, handlerRoute(c));
    if (!roles || !roles.includes(principal.role)) throw new AppError(403, 'forbidden', zh.auth.errors.forbidden);
    c.set('staff', principal);
    await next();
  });
}
