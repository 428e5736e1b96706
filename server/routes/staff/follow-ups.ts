import { Hono } from 'hono';
import { z } from 'zod';
import { oversees } from '../../cases/claim.ts';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { jsonBody } from '../../http/json-body.ts';
import { validate } from '../../http/validate.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { completeFollowUp, dueFollowUps } from '../../ledger/follow-ups.ts';
import { LEDGER_EMPLOYMENT_STATUSES } from '../../ledger/profile.ts';
import { IsoDate } from '../../rules/facts.ts';
import { comingDate, FOLLOW_UP_MAX_DAYS } from '../../ledger/form-dates.ts';

const v = zh.cases.validation;
const IdParam = z.object({ id: z.uuid(v.uuid) });
const DueQuery = z.object({ counsellorId: z.union([z.uuid(v.uuid), z.literal('all')]).optional(), asOf: IsoDate.optional() });
const CompleteBody = z.object({
  outcome: z.string({ error: v.text }).trim().min(1, v.text).max(1000, v.maxLength(1000)),
  employmentStatus: z.enum(LEDGER_EMPLOYMENT_STATUSES, { error: v.oneOf(LEDGER_EMPLOYMENT_STATUSES) }).optional(),
  nextDueOn: comingDate(FOLLOW_UP_MAX_DAYS).optional(),
});

/**
 * 定期回访: a counsellor's list of follow-ups due today and overdue (and the coming week), and
 * recording what a follow-up found. Counsellors see their own list; supervisors anyone's, or all.
 */
export function staffFollowUpRoutes({ database }: { database: Database }) {
  return new Hono()
    .get('/', validate('query', DueQuery), async (c) => {
      const q = c.req.valid('query');
      const me = c.var.staff;
      if (q.counsellorId && q.counsellorId !== me.id && !oversees(me)) throw new AppError(403, 'forbidden', zh.auth.errors.forbidden);
      const counsellorId = q.counsellorId === 'all' ? undefined : (q.counsellorId ?? me.id);
      return c.json(await dueFollowUps(database, { ...(counsellorId ? { counsellorId } : {}), ...(q.asOf ? { asOf: q.asOf } : {}) }));
    })
    .post('/:id/complete', validate('param', IdParam), jsonBody, validate('json', CompleteBody, zh.forms.labels), async (c) => {
      const body = c.req.valid('json');
      return c.json(
        await completeFollowUp(database, {
          followUpId: c.req.valid('param').id,
          outcome: body.outcome,
          ...(body.employmentStatus ? { employmentStatus: body.employmentStatus } : {}),
          ...(body.nextDueOn ? { nextDueOn: body.nextDueOn } : {}),
        }),
      );
    });
}
