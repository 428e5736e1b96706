/** Data for the dashboard: GET /api/staff/metrics (conversations, grounding, ratings, service standard, targets). */
import { maybe } from '../api/client.ts';
import { getMetrics } from '../api/review.ts';

export const loadMetrics = (year: number) => {
  const today = new Date().toISOString().slice(0, 10);
  const to = year === Number(today.slice(0, 4)) ? today : `${year}-12-31`;
  return maybe(getMetrics({ from: `${year}-01-01`, to }));
};
