import { z } from 'zod';
import { api, defineRoute, json, metricsAccess } from '../api/define.ts';
import { ErrorBody } from '../contract/common.ts';
import type { Metrics } from '../observability/metrics.ts';
import { metricsToken } from '../observability/metrics-token.ts';

const scrape = defineRoute({
  method: 'get',
  path: '/',
  tags: ['operations'],
  summary: 'Prometheus metrics (bearer METRICS_TOKEN when it is set)',
  responses: { 200: { content: { 'text/plain': { schema: z.string() } }, description: 'Prometheus text format 0.0.4' }, 401: json(ErrorBody, 'METRICS_TOKEN is set and the bearer token is not it') },
  ...metricsAccess,
});

export function metricsRoutes({ metrics, token }: { metrics: Metrics; token: string | undefined }) {
  return api().openapi({ ...scrape, middleware: [metricsToken(token)] }, async (c) => c.text(await metrics.render(), 200, { 'content-type': metrics.contentType }));
}
