import { Hono } from 'hono';
import { z } from 'zod';
import { oversees } from '../../cases/claim.ts';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { jsonBody } from '../../http/json-body.ts';
import { optionalJsonBody } from '../../http/optional-json.ts';
import { validate } from '../../http/validate.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { markOutreach, OUTREACH_STATUSES, outreachByCounsellor, runOutreachScan } from '../../ledger/scan.ts';
import { IsoDate } from '../../rules/facts.ts';

const v = zh.cases.validation;
const IdParam = z.object({ id: z.uuid(v.uuid) });
const ListQuery = z.object({
  counsellorId: z.union([z.uuid(v.uuid), z.literal('all')]).optional(),
  status: z.enum(OUTREACH_STATUSES, { error: v.oneOf(OUTREACH_STATUSES) }).optional(),
});
const ScanBody = z.object({ asOf: IsoDate.optional() });
const MarkBody = z.object({ status: z.enum(OUTREACH_STATUSES, { error: v.oneOf(OUTREACH_STATUSES) }), note: z.string().trim().max(500, v.maxLength(500)).optional() });

/**
 * 主动服务: per counsellor, who appears eligible for a benefit or is still owed a service, with the
 * reason and clause — to reach out before being asked; marking an item contacted or dismissed; and
 * running the scan now (it also runs on a schedule).
 */
export function staffOutreachRoutes({ database }: { database: Database }) {
  return new Hono()
    .get('/', validate('query', ListQuery), async (c) => {
      const q = c.req.valid('query');
      const me = c.var.staff;
      if (q.counsellorId && q.counsellorId !== me.id && !oversees(me)) throw new AppError(403, 'forbidden', zh.auth.errors.forbidden);
      const counsellorId = q.counsellorId === 'all' ? undefined : (q.counsellorId ?? (oversees(me) ? undefined : me.id));
      return c.json({ groups: await outreachByCounsellor(database, { ...(counsellorId ? { counsellorId } : {}), statuses: [q.status ?? 'open'] }) });
    })
    .post('/scan', optionalJsonBody, validate('json', ScanBody), async (c) => {
      const body = c.req.valid('json');
      return c.json(await runOutreachScan(database, body.asOf ? { asOf: body.asOf } : {}));
    })
    .patch('/:id', validate('param', IdParam), jsonBody, validate('json', MarkBody), async (c) => {
      const body = c.req.valid('json');
      const row = await markOutreach(database, { id: c.req.valid('param').id, staffId: c.var.staff.id, status: body.status, ...(body.note ? { note: body.note } : {}) });
      if (!row) throw new AppError(404, 'not_found', zh.cases.errors.outreachNotFound);
      return c.json({ item: row });
    });
}
