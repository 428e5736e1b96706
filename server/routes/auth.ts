import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { findStaffByUsername } from '../auth/accounts.ts';
import { STAFF_COOKIE } from '../auth/middleware.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password.ts';
import { createStaffSession, loadStaffSession, revokeAllSessionsOf, revokeStaffSession, type SessionPolicy } from '../auth/sessions.ts';
import type { Database } from '../db/client.ts';
import { staffUsers } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { clientIp } from '../http/client-address.ts';
import { type Clock, tooManyResponse } from '../http/limits.ts';
import { LoginThrottle } from '../auth/login-throttle.ts';
import { adminExists, createFirstAdmin } from '../auth/setup.ts';
import { sameOrigin } from '../http/same-origin.ts';
import { validate } from '../http/validate.ts';
import { zh } from '../i18n/zh-CN/index.ts';

const LoginBody = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) });
const SetupBody = z.object({
  token: z.string().min(20).max(200),
  username: z.string().trim().regex(/^[a-z0-9._-]{3,64}$/i, '3–64位字母、数字或 . _ -'),
  displayName: z.string().trim().min(1).max(50),
  password: z.string().min(1).max(200),
});
const PasswordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) });

/** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
let dummyHash: Promise<string> | undefined;

/**
 * Staff sign-in: login (slowed, never locked, per account and address and per address:
 * server/auth/login-throttle.ts), logout, who am I, password change.
 */
export function authRoutes({ database, policy, secureCookies, clock }: { database: Database; policy: SessionPolicy; secureCookies: 'auto' | 'true' | 'false'; clock?: Clock }) {
  /** Secure when configured, or in `auto` when the request arrived over HTTPS (directly or via a proxy). */
  const secure = (c: Context) =>
    secureCookies === 'true' || (secureCookies === 'auto' && (new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https'));
  const throttle = new LoginThrottle(database, clock);

  const current = async (token: string | undefined) => (token ? loadStaffSession(database, token, policy) : undefined);

  return new Hono()
    .use(sameOrigin())
    .post('/login', jsonBody, validate('json', LoginBody), async (c) => {
      const { username, password } = c.req.valid('json');
      const account = username.toLowerCase();
      // Counted as a failure up front; taken back below when the password is right.
      const gate = await throttle.begin(account, clientIp(c));
      if (!gate.ok) return tooManyResponse(c, gate.retryAfterSeconds, 'throttled', zh.auth.errors.throttled(gate.retryAfterSeconds));
      const user = await findStaffByUsername(database, account);
      const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyPassword(password, await (dummyHash ??= hashPassword('x'.repeat(16))));
      if (!user || !ok || user.disabledAt) throw new AppError(401, 'bad_credentials', zh.auth.errors.badCredentials);
      await throttle.succeeded(gate.attempt);
      const { token, expiresAt } = await createStaffSession(database, user.id, policy);
      setCookie(c, STAFF_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure: secure(c), path: '/', expires: expiresAt });
      return c.json({ user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role, mustChangePassword: user.mustChangePassword } });
    })
    // The first administrator, from the one-time link a start with no administrator prints (server/auth/setup.ts).
    .get('/setup', async (c) => c.json({ needed: !(await adminExists(database)) }))
    .post('/setup', jsonBody, validate('json', SetupBody), async (c) => {
      const { token, username, displayName, password } = c.req.valid('json');
      const problem = passwordProblem(password, { username, displayName });
      if (problem) throw new AppError(400, 'bad_request', zh.auth.errors.passwordProblems[problem], 'password');
      const result = await createFirstAdmin(database, token, { username, displayName, password });
      if (!result.ok) {
        if (result.reason === 'username_taken') throw new AppError(409, 'conflict', zh.auth.errors.usernameTaken, 'username');
        if (result.reason === 'admin_exists') throw new AppError(409, 'admin_exists', zh.setup.errors.adminExists);
        throw new AppError(400, 'invalid_link', zh.setup.errors.invalidLink, 'token');
      }
      const { token: session, expiresAt } = await createStaffSession(database, result.user.id, policy);
      setCookie(c, STAFF_COOKIE, session, { httpOnly: true, sameSite: 'Strict', secure: secure(c), path: '/', expires: expiresAt });
      return c.json({ user: { ...result.user, mustChangePassword: false } }, 201);
    })
    .post('/logout', async (c) => {
      const principal = await current(getCookie(c, STAFF_COOKIE));
      if (principal) await revokeStaffSession(database, principal.sessionId);
      deleteCookie(c, STAFF_COOKIE, { path: '/' });
      return c.json({ ok: true });
    })
    .get('/me', async (c) => {
      const principal = await current(getCookie(c, STAFF_COOKIE));
      if (!principal) throw new AppError(401, 'unauthenticated', zh.auth.errors.unauthenticated);
      const { sessionId: _s, ...user } = principal;
      return c.json({ user });
    })
    .post('/password', jsonBody, validate('json', PasswordBody), async (c) => {
      const principal = await current(getCookie(c, STAFF_COOKIE));
      if (!principal) throw new AppError(401, 'unauthenticated', zh.auth.errors.unauthenticated);
      const { currentPassword, newPassword } = c.req.valid('json');
      const problem = passwordProblem(newPassword, principal);
      if (problem) throw new AppError(400, 'bad_request', zh.auth.errors.passwordProblems[problem], 'newPassword');
      if (newPassword === currentPassword) throw new AppError(400, 'bad_request', zh.auth.errors.passwordSame, 'newPassword');
      const [user] = await database.db.select().from(staffUsers).where(eq(staffUsers.id, principal.id));
      if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) throw new AppError(400, 'bad_request', zh.auth.errors.passwordWrong, 'currentPassword');
      await database.db
        .update(staffUsers)
        .set({ passwordHash: await hashPassword(newPassword), passwordChangedAt: sql`now()`, mustChangePassword: false })
        .where(eq(staffUsers.id, user.id));
      // Every other session ends; this one is replaced by a fresh one.
      await revokeAllSessionsOf(database, user.id);
      const { token, expiresAt } = await createStaffSession(database, user.id, policy);
      setCookie(c, STAFF_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure: secure(c), path: '/', expires: expiresAt });
      return c.json({ ok: true });
    });
}
