import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { validate } from '../../http/validate.ts';
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

/**
 * The dashboard: GET /api/staff/metrics?period=7d|30d|quarter|year or ?from=&to= (days inclusive; by
 * default this year so far). The daily series covers exactly the period returned. Aggregates only —
 * no person is named — so staff see it beside supervisors and admins.
 */
export function staffMetricRoutes({ database }: { database: Database }) {
  return new Hono().get('/', validate('query', MetricsQuery), async (c) => {
    const q = c.req.valid('query');
    const to = q.to ?? today();
    const { from } = q.period ? periodDays(q.period, to) : { from: q.from ?? `${to.slice(0, 4)}-01-01` };
    if (from > to) throw badRequest('from', zh.review.validation.range);
    if (toDayNumber(to) - toDayNumber(from) > MAX_RANGE_DAYS) throw badRequest('from', zh.review.validation.rangeTooLong(MAX_RANGE_DAYS));
    return c.json(await dashboardMetrics(database, { from, to, period: q.period ?? (q.from || q.to ? 'custom' : 'year') }));
  });
}
