import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { api, defineRoute, json, metricsAccess } from '../api/define.ts';
import { ErrorBody } from '../contract/common.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import type { Metrics } from '../observability/metrics.ts';

const scrape = defineRoute({
  method: 'get',
  path: '/',
  tags: ['operations'],
  summary: 'Prometheus metrics (bearer METRICS_TOKEN when it is set)',
  responses: { 200: { content: { 'text/plain': { schema: z.string() } }, description: 'Prometheus text format 0.0.4' }, 401: json(ErrorBody, 'METRICS_TOKEN is set and the bearer token is not it') },
  ...metricsAccess,
});

/** Constant-time check of a bearer token. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

export function metricsRoutes({ metrics, token }: { metrics: Metrics; token?: string }) {
  return api().openapi(scrape, async (c) => {
    if (token && !bearerMatches(c.req.header('authorization'), token)) throw new AppError(401, 'unauthorized', zh.errors.metricsToken);
    return c.text(await metrics.render(), 200, { 'content-type': 'text/plain; version=0.0.4' });
  });
}
