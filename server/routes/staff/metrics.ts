import { z } from 'zod';
import { api, defineRoute, json, staffAccess } from '../../api/define.ts';
import { noObject } from '../../auth/ownership.ts';
import { MANAGE } from '../../auth/permissions.ts';
import { ErrorBody } from '../../contract/common.ts';
import { DashboardMetrics } from '../../contract/oversight.ts';
import type { Database } from '../../db/client.ts';
import { badRequest } from '../../http/errors.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { checkRange, MAX_RANGE_DAYS, periodDays, PERIODS, RangeQuery } from '../../review/period.ts';
import { dashboardMetrics } from '../../review/metrics.ts';
import { toDayNumber, today } from '../../rules/dates.ts';

const MetricsQuery = checkRange(
  z.object({ ...RangeQuery, period: z.enum(PERIODS, { error: zh.review.validation.oneOf(PERIODS) }).optional() }).superRefine((q, ctx) => {
    if (q.period && (q.from || q.to)) ctx.addIssue({ code: 'custom', path: ['period'], message: zh.review.workspace.periodOrDates });
  }),
);

const metrics = defineRoute({
  method: 'get',
  path: '/',
  tags: ['oversight'],
  summary: 'The dashboard: volume, handoffs, grounding, thumbs, reviews, the daily series, service standard and outcomes',
  request: { query: MetricsQuery },
  responses: { 200: json(DashboardMetrics, 'Aggregates over the period, no person named'), 400: json(ErrorBody, 'The period or days are invalid') },
  // aggregates only, so staff see it beside supervisors and admins
  ...staffAccess(MANAGE, noObject('aggregates only, no person named')),
});

/**
 * The dashboard: ?period=7d|30d|quarter|year or ?from=&to= (days inclusive; by default this year so
 * far). The daily series covers exactly the period returned.
 */
export function staffMetricRoutes({ database }: { database: Database }) {
  return api().openapi(metrics, async (c) => {
    const q = c.req.valid('query');
    const to = q.to ?? today();
    const { from } = q.period ? periodDays(q.period, to) : { from: q.from ?? `${to.slice(0, 4)}-01-01` };
    if (from > to) throw badRequest('from', zh.review.validation.range);
    if (toDayNumber(to) - toDayNumber(from) > MAX_RANGE_DAYS) throw badRequest('from', zh.review.validation.rangeTooLong(MAX_RANGE_DAYS));
    return c.json(await dashboardMetrics(database, { from, to, period: q.period ?? (q.from || q.to ? 'custom' : 'year') }), 200);
  });
}
