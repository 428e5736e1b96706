/**
 * Account management for admins: list, create (a random first password shown once — there is no
 * default password), disable (every session of the account ends at once), enable, and reset a
 * forgotten password.
 */
import { z } from 'zod';
import { createStaffUser, findStaffByUsername, listStaffUsers, resetStaffPassword, setStaffDisabled } from '../../auth/accounts.ts';
import { generatePassword } from '../../auth/password.ts';
import { ADMINS, WHY } from '../../auth/permissions.ts';
import { noObject } from '../../auth/ownership.ts';
import { STAFF_ROLES } from '../../auth/principal.ts';
import { revokeAllSessionsOf } from '../../auth/sessions.ts';
import { api, defineRoute, json, jsonRequest, staffAccess } from '../../api/define.ts';
import { AccountAnswer, AccountList, NewAccount, PasswordReset } from '../../contract/accounts.ts';
import { ErrorBody } from '../../contract/common.ts';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { jsonBody } from '../../http/json-body.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { IdParam } from '../params.ts';

const CreateBody = z.object({
  username: z.string().trim().regex(/^[a-z0-9._-]{3,64}$/i, '3–64位字母、数字或 . _ -'),
  displayName: z.string().trim().min(1).max(50),
  role: z.enum(STAFF_ROLES),
});

const tags = ['accounts'];
const access = staffAccess(ADMINS, noObject(WHY.accounts));
const notFound = json(ErrorBody, 'No such account');

const list = defineRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Every staff account, by username',
  responses: { 200: json(AccountList, 'The accounts') },
  ...access,
});
const create = defineRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Create an account with a one-time first password, shown once',
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(CreateBody) },
  responses: { 201: json(NewAccount, 'The account and its one-time password'), 400: json(ErrorBody, 'A field is invalid'), 409: json(ErrorBody, 'The username is taken') },
  ...access,
});
const disable = defineRoute({
  method: 'post',
  path: '/{id}/disable',
  tags,
  summary: 'Disable an account; every session of it ends at once',
  request: { params: IdParam },
  responses: { 200: json(AccountAnswer, 'The account, disabled'), 400: json(ErrorBody, 'An admin cannot disable themselves'), 404: notFound },
  ...access,
});
const resetPassword = defineRoute({
  method: 'post',
  path: '/{id}/reset-password',
  tags,
  summary: 'A new one-time password for a forgotten one; every session ends',
  request: { params: IdParam },
  responses: { 200: json(PasswordReset, 'The account and its new one-time password'), 400: json(ErrorBody, 'An admin resets their own password on the password page'), 404: notFound },
  ...access,
});
const enable = defineRoute({
  method: 'post',
  path: '/{id}/enable',
  tags,
  summary: 'Enable a disabled account',
  request: { params: IdParam },
  responses: { 200: json(AccountAnswer, 'The account, enabled'), 404: notFound },
  ...access,
});

const missing = () => new AppError(404, 'not_found', zh.errors.notFound);

export function staffUserRoutes({ database }: { database: Database }) {
  return api()
    .openapi(list, async (c) => c.json({ users: await listStaffUsers(database) }, 200))
    .openapi(create, async (c) => {
      const body = c.req.valid('json');
      if (await findStaffByUsername(database, body.username)) throw new AppError(409, 'conflict', zh.auth.errors.usernameTaken, 'username');
      const password = generatePassword();
      const user = await createStaffUser(database, { ...body, password, mustChangePassword: true });
      return c.json({ user, password }, 201);
    })
    .openapi(disable, async (c) => {
      const { id } = c.req.valid('param');
      if (id === c.var.staff.id) throw new AppError(400, 'bad_request', zh.auth.errors.cannotDisableSelf, 'id');
      const user = await setStaffDisabled(database, id, true);
      if (!user) throw missing();
      await revokeAllSessionsOf(database, id);
      return c.json({ user }, 200);
    })
    // The next sign-in opens only the password page (mustChangePassword, server/auth/middleware.ts).
    .openapi(resetPassword, async (c) => {
      const { id } = c.req.valid('param');
      if (id === c.var.staff.id) throw new AppError(400, 'bad_request', zh.forms.resetSelf, 'id');
      const password = generatePassword();
      const user = await resetStaffPassword(database, id, password);
      if (!user) throw missing();
      await revokeAllSessionsOf(database, id);
      return c.json({ user, password }, 200);
    })
    .openapi(enable, async (c) => {
      const user = await setStaffDisabled(database, c.req.valid('param').id, false);
      if (!user) throw missing();
      return c.json({ user }, 200);
    });
}
