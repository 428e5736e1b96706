import type { Context } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Database } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import type { Access } from './ownership.ts';
import type { RouteRules } from './permissions.ts';
import { handlerRoute, handlers, routeParams } from '../http/matched-route.ts';
import type { StaffPrincipal } from './principal.ts';
import { loadStaffSession, type SessionPolicy } from './sessions.ts';

export const STAFF_COOKIE = 'yb_staff';

/** The JSON body once (Hono caches it for the route's own validators), or undefined. */
async function jsonOf(c: Context): Promise<Record<string, unknown> | undefined> {
  if (!/json/i.test(c.req.header('content-type') ?? '')) return undefined;
  try {
    const body = await c.req.json();
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The route's ownership rule (server/auth/ownership.ts): whose object this is, and may `principal` act on it. */
async function authorizeObject(c: Context, database: Database, table: RouteRules, principal: StaffPrincipal, route: string): Promise<Access> {
  const rule = table.ruleFor(c.req.method, handlerRoute(c))!;
  const grant = await rule.owns.check({ database, actor: principal, params: routeParams(c), body: () => jsonOf(c), route });
  return { grant };
}

/**
 * Every /api/staff route passes here: a live staff session (401 otherwise), then the route's
 * roles from the table derived from the routes' definitions (403 for a role not listed, and for a
 * route that declares none, so forgetting them fails closed), then the route's ownership rule — whose
 * case or seeker it acts on and whether this staff member may (403 `not_responsible` naming why,
 * or a logged break-glass access). A path or method with no route at all is a 404, after the
 * session check, so strangers learn nothing about which staff routes exist.
 */
export function staffOnly(database: Database, policy: SessionPolicy, table: RouteRules) {
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
    const rule = table.ruleFor(c.req.method, handlerRoute(c));
    if (!rule || !rule.roles.includes(principal.role)) throw new AppError(403, 'forbidden', zh.auth.errors.forbidden);
    c.set('staff', principal);
    c.set('access', await authorizeObject(c, database, table, principal, `${c.req.method} ${handlerRoute(c)}`));
    await next();
  });
}
