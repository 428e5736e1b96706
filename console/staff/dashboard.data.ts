/** Data for the dashboard: GET /api/staff/metrics (conversations, grounding, ratings, service standard, targets). */
import { maybe } from '../api/client.ts';
import { getMetrics } from '../api/review.ts';
import { todayInChina } from '../lib/format.ts';

/** This year: the server's own default (1 January to today in China); an earlier year: all of it. */
export const loadMetrics = (year: number) =>
  maybe(getMetrics(year === Number(todayInChina().slice(0, 4)) ? {} : { from: `${year}-01-01`, to: `${year}-12-31` }));
