import { z } from 'zod';
import { api, defineRoute, json, staffAccess } from '../../api/define.ts';
import { overseersOnly } from '../../auth/ownership.ts';
import { REVIEW } from '../../auth/permissions.ts';
import { AccessLogPage } from '../../contract/oversight.ts';
import type { Database } from '../../db/client.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { BREAK_GLASS, searchAccessLog } from '../../review/access-log.ts';
import { checkRange, RangeQuery } from '../../review/period.ts';

const v = zh.review.validation;

const SearchQuery = checkRange(
  z.object({
    actor: z.string().trim().min(1, { error: v.positive }).max(64, { error: v.comment(64) }).optional(),
    seeker: z.uuid({ error: v.uuid }).optional(),
    action: z.string().trim().regex(/^[a-z_]{1,40}$/, { error: v.oneOf(Object.keys(zh.privacy.actions)) }).optional(),
    ...RangeQuery,
    page: z.coerce.number({ error: v.positive }).int({ error: v.positive }).min(1, { error: v.positive }).max(100_000, { error: v.positive }).default(1),
    pageSize: z.coerce.number({ error: v.positive }).int({ error: v.positive }).min(1, { error: v.positive }).max(200, { error: v.oneOf(['1–200']) }).default(50),
  }),
);

const tags = ['oversight'];
const search = defineRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Search who saw whose personal data: actor, seeker, action, days; newest first',
  request: { query: SearchQuery },
  responses: { 200: json(AccessLogPage, 'A page of accesses, seekers’ names masked') },
  ...staffAccess(REVIEW, overseersOnly('who saw whose personal data')),
});
const breakGlass = defineRoute({
  method: 'get',
  path: '/break-glass',
  tags,
  summary: 'The break-glass accesses alone, with the reasons given, for review',
  request: { query: SearchQuery.meta({ description: '`action` is ignored: the action is break_glass' }) },
  responses: { 200: json(AccessLogPage, 'A page of break-glass accesses') },
  ...staffAccess(REVIEW, overseersOnly('the break-glass accesses, for review')),
});

/**
 * The access log, searched (supervisors and admins), and its break-glass accesses alone — a
 * counsellor reaching a seeker they are not responsible for, with the reason they gave. Only GET:
 * the log is append-only, written by the routes that show personal data, and the database refuses
 * any change to it.
 */
export function staffAccessLogRoutes({ database }: { database: Database }) {
  return api()
    .openapi(search, async (c) => {
      const { actor, seeker, action, from, to, page, pageSize } = c.req.valid('query');
      return c.json(await searchAccessLog(database, { filters: { actor, seekerId: seeker, action, from, to }, limit: pageSize, offset: (page - 1) * pageSize }), 200);
    })
    .openapi(breakGlass, async (c) => {
      const { actor, seeker, from, to, page, pageSize } = c.req.valid('query');
      return c.json(await searchAccessLog(database, { filters: { actor, seekerId: seeker, action: BREAK_GLASS, from, to }, limit: pageSize, offset: (page - 1) * pageSize }), 200);
    });
}
