import { z } from 'zod';
import { type Api, api, defineRoute, json, jsonRequest, staffAccess, validationHook } from '../../api/define.ts';
import { followUpParam, scopedList } from '../../auth/ownership.ts';
import { CASEWORK } from '../../auth/permissions.ts';
import { oversees } from '../../cases/claim.ts';
import { ErrorBody } from '../../contract/common.ts';
import { DueFollowUps, FollowUpCompleted } from '../../contract/plans.ts';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { jsonBody } from '../../http/json-body.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { completeFollowUp, dueFollowUps } from '../../ledger/follow-ups.ts';
import { comingDate, FOLLOW_UP_MAX_DAYS } from '../../ledger/form-dates.ts';
import { LEDGER_EMPLOYMENT_STATUSES } from '../../ledger/profile.ts';
import { IsoDate } from '../../rules/facts.ts';
import { IdParam } from '../params.ts';

const v = zh.cases.validation;
const DueQuery = z.object({ counsellorId: z.union([z.uuid(v.uuid), z.literal('all')]).optional(), asOf: IsoDate.optional() });
const CompleteBody = z.object({
  outcome: z.string({ error: v.text }).trim().min(1, v.text).max(1000, v.maxLength(1000)),
  employmentStatus: z.enum(LEDGER_EMPLOYMENT_STATUSES, { error: v.oneOf(LEDGER_EMPLOYMENT_STATUSES) }).optional(),
  nextDueOn: comingDate(FOLLOW_UP_MAX_DAYS).optional(),
});

const tags = ['ledger'];
const due = defineRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Follow-ups not yet done: overdue, due today, the coming week',
  request: { query: DueQuery },
  responses: { 200: json(DueFollowUps, 'The caller’s own, or (those who oversee) a counsellor’s or everyone’s'), 403: json(ErrorBody, 'Another counsellor’s list, asked by a counsellor') },
  ...staffAccess(CASEWORK, scopedList('the caller’s own follow-ups; another counsellor’s only for those who oversee')),
});
const complete = defineRoute({
  method: 'post',
  path: '/{id}/complete',
  tags,
  summary: 'Record what a follow-up found, and book the next one when asked',
  middleware: [jsonBody] as const,
  request: { params: IdParam, body: jsonRequest(CompleteBody) },
  responses: {
    200: json(FollowUpCompleted, 'The follow-up, done, and the next one or null'),
    400: json(ErrorBody, 'A field is malformed (named in Chinese)'),
    404: json(ErrorBody, 'No such follow-up'),
    409: json(ErrorBody, 'Already done'),
  },
  ...staffAccess(CASEWORK, followUpParam()),
});

/**
 * 定期回访: a counsellor's list of follow-ups due today and overdue (and the coming week), and
 * recording what a follow-up found. Counsellors see their own list; supervisors anyone's, or all.
 */
export function staffFollowUpRoutes({ database }: { database: Database }): Api {
  return api()
    .openapi(due, async (c) => {
      const q = c.req.valid('query');
      const me = c.var.staff;
      if (q.counsellorId && q.counsellorId !== me.id && !oversees(me)) throw new AppError(403, 'forbidden', zh.auth.errors.forbidden);
      const counsellorId = q.counsellorId === 'all' ? undefined : (q.counsellorId ?? me.id);
      return c.json(await dueFollowUps(database, { ...(counsellorId ? { counsellorId } : {}), ...(q.asOf ? { asOf: q.asOf } : {}) }), 200);
    })
    .openapi(
      complete,
      async (c) => {
        const body = c.req.valid('json');
        const done = await completeFollowUp(database, {
          followUpId: c.req.valid('param').id,
          outcome: body.outcome,
          ...(body.employmentStatus ? { employmentStatus: body.employmentStatus } : {}),
          ...(body.nextDueOn ? { nextDueOn: body.nextDueOn } : {}),
        });
        return c.json(done, 200);
      },
      validationHook(zh.forms.labels),
    );
}
