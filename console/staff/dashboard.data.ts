/** Data for the dashboard: GET /api/staff/metrics (conversations, grounding, ratings, service standard, targets). */
import { maybe } from '../api/client.ts';
import { type DashboardPeriod, getMetrics } from '../api/review.ts';

/** A named period (近7天 … 本年, computed by the server) or a custom from/to. */
export type PeriodChoice = { period: DashboardPeriod } | { period: 'custom'; from: string; to: string };

export const loadMetrics = (q: PeriodChoice) => maybe(getMetrics(q.period === 'custom' ? { from: q.from, to: q.to } : { period: q.period }));
