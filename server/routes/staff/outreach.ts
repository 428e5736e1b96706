import { z } from 'zod';
import { type Api, api, defineRoute, json, jsonRequest, staffAccess } from '../../api/define.ts';
import { outreachParam, overseersOnly, scopedList } from '../../auth/ownership.ts';
import { ADMIN, CASEWORK, SUPERVISOR } from '../../auth/permissions.ts';
import { oversees } from '../../cases/claim.ts';
import { ErrorBody } from '../../contract/common.ts';
import { OutreachGroups, OutreachMarked, ScanSummary } from '../../contract/outreach.ts';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { jsonBody } from '../../http/json-body.ts';
import { optionalJsonBody } from '../../http/optional-json.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { markOutreach, OUTREACH_STATUSES, outreachByCounsellor, runOutreachScan } from '../../ledger/scan.ts';
import { IsoDate } from '../../rules/facts.ts';
import { IdParam } from '../params.ts';

const v = zh.cases.validation;
const ListQuery = z.object({
  counsellorId: z.union([z.uuid(v.uuid), z.literal('all')]).optional(),
  status: z.enum(OUTREACH_STATUSES, { error: v.oneOf(OUTREACH_STATUSES) }).optional(),
});
const ScanBody = z.object({ asOf: IsoDate.optional() });
const MarkBody = z.object({ status: z.enum(OUTREACH_STATUSES, { error: v.oneOf(OUTREACH_STATUSES) }), note: z.string().trim().max(500, v.maxLength(500)).optional() });

const tags = ['ledger'];
const list = defineRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Who to reach out to, per counsellor: the findings of the latest scans nobody has cleared',
  request: { query: ListQuery },
  responses: { 200: json(OutreachGroups, 'Grouped by counsellor, then seeker (identity masked)'), 403: json(ErrorBody, 'Another counsellor’s list, asked by a counsellor') },
  ...staffAccess(CASEWORK, scopedList('the caller’s own prompts; another counsellor’s only for those who oversee')),
});
const scan = defineRoute({
  method: 'post',
  path: '/scan',
  tags,
  summary: 'Run the proactive scan over the whole ledger now (it also runs on a schedule)',
  middleware: [optionalJsonBody] as const,
  request: { body: jsonRequest(ScanBody, false) },
  responses: { 200: json(ScanSummary, 'How many seekers were scanned, and findings found, added, changed, cleared'), 400: json(ErrorBody, 'The date is malformed') },
  ...staffAccess([SUPERVISOR, ADMIN], overseersOnly('runs the scan over the whole ledger')),
});
const mark = defineRoute({
  method: 'patch',
  path: '/{id}',
  tags,
  summary: 'Mark an outreach item contacted (with what was said), dismissed, or open again',
  middleware: [jsonBody] as const,
  request: { params: IdParam, body: jsonRequest(MarkBody) },
  responses: { 200: json(OutreachMarked, 'The item'), 400: json(ErrorBody, 'A field is malformed'), 404: json(ErrorBody, 'No such outreach item') },
  ...staffAccess(CASEWORK, outreachParam()),
});

/**
 * 主动服务: per counsellor, who appears eligible for a benefit or is still owed a service, with the
 * reason and clause — to reach out before being asked; marking an item contacted or dismissed; and
 * running the scan now (it also runs on a schedule).
 */
export function staffOutreachRoutes({ database }: { database: Database }): Api {
  return api()
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      const me = c.var.staff;
      if (q.counsellorId && q.counsellorId !== me.id && !oversees(me)) throw new AppError(403, 'forbidden', zh.auth.errors.forbidden);
      const counsellorId = q.counsellorId === 'all' ? undefined : (q.counsellorId ?? (oversees(me) ? undefined : me.id));
      return c.json({ groups: await outreachByCounsellor(database, { ...(counsellorId ? { counsellorId } : {}), statuses: [q.status ?? 'open'] }) }, 200);
    })
    .openapi(scan, async (c) => {
      const body = c.req.valid('json');
      return c.json(await runOutreachScan(database, body.asOf ? { asOf: body.asOf } : {}), 200);
    })
    .openapi(mark, async (c) => {
      const body = c.req.valid('json');
      const row = await markOutreach(database, { id: c.req.valid('param').id, staffId: c.var.staff.id, status: body.status, ...(body.note ? { note: body.note } : {}) });
      if (!row) throw new AppError(404, 'not_found', zh.cases.errors.outreachNotFound);
      return c.json({ item: row }, 200);
    });
}
