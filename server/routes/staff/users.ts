import { Hono } from 'hono';
import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { createStaffUser, findStaffByUsername } from '../../auth/accounts.ts';
import { generatePassword, hashPassword } from '../../auth/password.ts';
import { STAFF_ROLES } from '../../auth/principal.ts';
import { revokeAllSessionsOf } from '../../auth/sessions.ts';
import type { Database } from '../../db/client.ts';
import { staffUsers } from '../../db/schema/index.ts';
import { AppError } from '../../http/errors.ts';
import { jsonBody } from '../../http/json-body.ts';
import { validate } from '../../http/validate.ts';
import { zh } from '../../i18n/zh-CN/index.ts';

const CreateBody = z.object({
  username: z.string().trim().regex(/^[a-z0-9._-]{3,64}$/i, '3–64位字母、数字或 . _ -'),
  displayName: z.string().trim().min(1).max(50),
  role: z.enum(STAFF_ROLES),
});
const IdParam = z.object({ id: z.uuid() });

const view = (u: typeof staffUsers.$inferSelect) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  disabled: u.disabledAt !== null,
  mustChangePassword: u.mustChangePassword,
  createdAt: u.createdAt,
});

/**
 * Account management for admins: list, create (a random first password shown once — there is no
 * default password), disable (every session of the account ends at once) and enable.
 */
export function staffUserRoutes({ database }: { database: Database }) {
  return new Hono()
    .get('/', async (c) => c.json({ users: (await database.db.select().from(staffUsers).orderBy(asc(staffUsers.username))).map(view) }))
    .post('/', jsonBody, validate('json', CreateBody), async (c) => {
      const body = c.req.valid('json');
      if (await findStaffByUsername(database, body.username)) throw new AppError(409, 'conflict', zh.auth.errors.usernameTaken, 'username');
      const password = generatePassword();
      const user = await createStaffUser(database, { ...body, password, mustChangePassword: true });
      return c.json({ user, password }, 201);
    })
    .post('/:id/disable', validate('param', IdParam), async (c) => {
      const { id } = c.req.valid('param');
      if (id === c.var.staff.id) throw new AppError(400, 'bad_request', zh.auth.errors.cannotDisableSelf, 'id');
      const [user] = await database.db.update(staffUsers).set({ disabledAt: sql`now()` }).where(eq(staffUsers.id, id)).returning();
      if (!user) throw new AppError(404, 'not_found', zh.errors.notFound);
      await revokeAllSessionsOf(database, id);
      return c.json({ user: view(user) });
    })
    // A forgotten password: a new one-time password, shown once; every session ends and the next
    // sign-in opens only the password page (mustChangePassword, server/auth/middleware.ts).
    .post('/:id/reset-password', validate('param', IdParam), async (c) => {
      const { id } = c.req.valid('param');
      if (id === c.var.staff.id) throw new AppError(400, 'bad_request', zh.forms.resetSelf, 'id');
      const password = generatePassword();
      const [user] = await database.db
        .update(staffUsers)
        .set({ passwordHash: await hashPassword(password), mustChangePassword: true, passwordChangedAt: sql`now()` })
        .where(eq(staffUsers.id, id))
        .returning();
      if (!user) throw new AppError(404, 'not_found', zh.errors.notFound);
      await revokeAllSessionsOf(database, id);
      return c.json({ user: view(user), password });
    })
    .post('/:id/enable', validate('param', IdParam), async (c) => {
      const [user] = await database.db.update(staffUsers).set({ disabledAt: null }).where(eq(staffUsers.id, c.req.valid('param').id)).returning();
      if (!user) throw new AppError(404, 'not_found', zh.errors.notFound);
      return c.json({ user: view(user) });
    });
}
