import { createMiddleware } from 'hono/factory';
import type { Context } from 'hono';
import { AppError } from './errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { limitKey, type SharedLimits, tooManyResponse } from './limits.ts';

export { clientIp } from './client-address.ts';

export const tooMany = () => new AppError(429, 'rate_limited', zh.agent.errors.rateLimited);

/**
 * Refuses with 429 and `Retry-After` once `limit` hits per `windowMs` are used up for the key
 * `keyOf(c)` of this `kind`; counters are shared by every process on the database (limits.ts).
 */
export const rateLimit = (limits: SharedLimits, kind: string, limit: number, windowMs: number, keyOf: (c: Context) => string) =>
  createMiddleware(async (c, next) => {
    const result = await limits.hit([{ key: limitKey(kind, keyOf(c)), limit, windowMs }]);
    if (!result.ok) return tooManyResponse(c, result.retryAfterSeconds);
    await next();
  });
