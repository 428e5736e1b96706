import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { findStaffByUsername } from '../auth/accounts.ts';
import { isCurrentPassword, setOwnPassword } from '../auth/change-password.ts';
import { api, defineRoute, json, jsonRequest, publicAccess, signedInAccess } from '../api/define.ts';
import { ErrorBody, Ok } from '../contract/common.ts';
import { SetupNeeded, SignedIn } from '../contract/auth.ts';
import { STAFF_COOKIE } from '../auth/middleware.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password.ts';
import { createStaffSession, loadStaffSession, revokeAllSessionsOf, revokeStaffSession, type SessionPolicy } from '../auth/sessions.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { clientIp } from '../http/client-address.ts';
import { type Clock, tooManyResponse } from '../http/limits.ts';
import { LoginThrottle } from '../auth/login-throttle.ts';
import { adminExists, createFirstAdmin } from '../auth/setup.ts';
import { sameOrigin } from '../http/same-origin.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import type { StaffRole } from '../auth/principal.ts';

const LoginBody = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) });
const SetupBody = z.object({
  token: z.string().min(20).max(200),
  username: z.string().trim().regex(/^[a-z0-9._-]{3,64}$/i, '3–64位字母、数字或 . _ -'),
  displayName: z.string().trim().min(1).max(50),
  password: z.string().min(1).max(200),
});
const PasswordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) });

const tags = ['auth'];
const routes = {
  login: defineRoute({
    method: 'post',
    path: '/login',
    tags,
    summary: 'Sign in (sets the staff session cookie); slowed, never locked, after failures',
    middleware: [jsonBody] as const,
    request: { body: jsonRequest(LoginBody) },
    responses: { 200: json(SignedIn, 'Signed in'), 401: json(ErrorBody, 'Wrong username or password, or the account is disabled'), 429: json(ErrorBody, 'Too many failures: wait') },
    ...publicAccess,
  }),
  setupNeeded: defineRoute({
    method: 'get',
    path: '/setup',
    tags,
    summary: 'Whether the first administrator is still to be created',
    responses: { 200: json(SetupNeeded, 'Whether setup is needed') },
    ...publicAccess,
  }),
  setup: defineRoute({
    method: 'post',
    path: '/setup',
    tags,
    summary: 'Create the first administrator from the one-time link printed at start',
    middleware: [jsonBody] as const,
    request: { body: jsonRequest(SetupBody) },
    responses: { 201: json(SignedIn, 'The administrator, signed in'), 400: json(ErrorBody, 'A weak password or an invalid link'), 409: json(ErrorBody, 'An administrator exists, or the username is taken') },
    ...publicAccess,
  }),
  logout: defineRoute({ method: 'post', path: '/logout', tags, summary: 'Sign out (ends this session)', responses: { 200: json(Ok, 'Signed out') }, ...publicAccess }),
  me: defineRoute({
    method: 'get',
    path: '/me',
    tags,
    summary: 'The signed-in account',
    responses: { 200: json(SignedIn, 'The account'), 401: json(ErrorBody, 'Not signed in') },
    ...signedInAccess,
  }),
  password: defineRoute({
    method: 'post',
    path: '/password',
    tags,
    summary: 'Change one’s own password (every other session ends)',
    middleware: [jsonBody] as const,
    request: { body: jsonRequest(PasswordBody) },
    responses: { 200: json(Ok, 'Changed'), 400: json(ErrorBody, 'Wrong current password, or a weak or unchanged new one'), 401: json(ErrorBody, 'Not signed in') },
    ...signedInAccess,
  }),
};

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

  const app = api();
  app.use(sameOrigin());
  return app
    .openapi(routes.login, async (c) => {
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
      return c.json({ user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role as StaffRole, mustChangePassword: user.mustChangePassword } }, 200);
    })
    // The first administrator, from the one-time link a start with no administrator prints (server/auth/setup.ts).
    .openapi(routes.setupNeeded, async (c) => c.json({ needed: !(await adminExists(database)) }, 200))
    .openapi(routes.setup, async (c) => {
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
      return c.json({ user: { ...result.user, role: result.user.role as StaffRole, mustChangePassword: false } }, 201);
    })
    .openapi(routes.logout, async (c) => {
      const principal = await current(getCookie(c, STAFF_COOKIE));
      if (principal) await revokeStaffSession(database, principal.sessionId);
      deleteCookie(c, STAFF_COOKIE, { path: '/' });
      return c.json({ ok: true as const }, 200);
    })
    .openapi(routes.me, async (c) => {
      const principal = await current(getCookie(c, STAFF_COOKIE));
      if (!principal) throw new AppError(401, 'unauthenticated', zh.auth.errors.unauthenticated);
      const { sessionId: _s, ...user } = principal;
      return c.json({ user }, 200);
    })
    .openapi(routes.password, async (c) => {
      const principal = await current(getCookie(c, STAFF_COOKIE));
      if (!principal) throw new AppError(401, 'unauthenticated', zh.auth.errors.unauthenticated);
      const { currentPassword, newPassword } = c.req.valid('json');
      const problem = passwordProblem(newPassword, principal);
      if (problem) throw new AppError(400, 'bad_request', zh.auth.errors.passwordProblems[problem], 'newPassword');
      if (newPassword === currentPassword) throw new AppError(400, 'bad_request', zh.auth.errors.passwordSame, 'newPassword');
      if (!(await isCurrentPassword(database, principal.id, currentPassword))) throw new AppError(400, 'bad_request', zh.auth.errors.passwordWrong, 'currentPassword');
      await setOwnPassword(database, principal.id, newPassword);
      // Every other session ends; this one is replaced by a fresh one.
      await revokeAllSessionsOf(database, principal.id);
      const { token, expiresAt } = await createStaffSession(database, principal.id, policy);
      setCookie(c, STAFF_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure: secure(c), path: '/', expires: expiresAt });
      return c.json({ ok: true as const }, 200);
    });
}
