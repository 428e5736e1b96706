/**
 * The call-back a seeker left on a case (issue 16), for the counsellor who works the case: the
 * number in full (written to the access log, like every full view of personal data) with the
 * message, and marking it called back.
 */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { recordAccess } from '../../auth/access-log.ts';
import type { Database } from '../../db/client.ts';
import { callbackRequests } from '../../db/schema/index.ts';
import { AppError } from '../../http/errors.ts';
import { validate } from '../../http/validate.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { handlerRoute } from '../../auth/middleware.ts';
import { maskPhone } from '../../ledger/mask.ts';

const IdParam = z.object({ id: z.uuid(zh.cases.validation.uuid) });
/** `reveal=1`: the number in full, access-logged; otherwise masked, so the case page can say a call-back is owed without revealing it. */
const RevealQuery = z.object({ reveal: z.enum(['0', '1']).optional() });

export function staffCallbackRoutes({ database }: { database: Database }) {
  const latest = (caseId: string) =>
    database.db.select().from(callbackRequests).where(eq(callbackRequests.caseId, caseId)).orderBy(desc(callbackRequests.createdAt)).limit(1);
  return new Hono()
    .get('/:id/callback', validate('param', IdParam), validate('query', RevealQuery), async (c) => {
      const [row] = await latest(c.req.valid('param').id);
      if (!row) return c.json({ callback: null });
      if (c.req.valid('query').reveal !== '1') {
        return c.json({ callback: { id: row.id, phone: maskPhone(row.phone), revealed: false, message: row.message, requestedAt: row.createdAt, handledAt: row.handledAt } });
      }
      await recordAccess(database, { actor: c.var.staff, action: 'view_callback_phone', seekerId: row.seekerId, fields: ['phone'], reason: zh.wait.staff.heading, route: `${c.req.method} ${handlerRoute(c)}` });
      return c.json({ callback: { id: row.id, phone: row.phone, revealed: true, message: row.message, requestedAt: row.createdAt, handledAt: row.handledAt } });
    })
    .post('/:id/callback/handled', validate('param', IdParam), async (c) => {
      const [row] = await database.db
        .update(callbackRequests)
        .set({ handledAt: sql`now()`, handledBy: c.var.staff.id })
        .where(and(eq(callbackRequests.caseId, c.req.valid('param').id), isNull(callbackRequests.handledAt)))
        .returning({ id: callbackRequests.id, handledAt: callbackRequests.handledAt });
      if (!row) throw new AppError(409, 'no_callback', zh.wait.staff.noOpen);
      return c.json({ callback: row });
    });
}
