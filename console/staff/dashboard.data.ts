/** Data for the dashboard: metrics (not provided by the server yet) and outcomes against the plan's targets. */
import { outcomesAgainstTargets } from '../api/cases.ts';
import { maybe } from '../api/client.ts';
import { getMetrics } from '../api/review.ts';

export const loadMetrics = () => maybe(getMetrics());
export const loadTargets = (year: number) => maybe(outcomesAgainstTargets(year));
