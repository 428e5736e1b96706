import { createMiddleware } from 'hono/factory';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { AppError } from './errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';

/**
 * Fixed-window counters in this process's memory. Per process is enough to stop one client from
 * flooding the model; a deployment with several processes divides the budget by their number.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(private readonly limit: number, private readonly windowMs: number) {}

  /** True when the request is allowed. */
  hit(key: string, now = Date.now()): boolean {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      if (this.windows.size > 50_000) this.sweep(now);
      return true;
    }
    w.count++;
    return w.count <= this.limit;
  }

  /** True while the key is still under its limit, without counting this as a hit. */
  peek(key: string, now = Date.now()): boolean {
    const w = this.windows.get(key);
    return !w || now - w.start >= this.windowMs || w.count < this.limit;
  }

  private sweep(now: number) {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}

export function clientIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export const tooMany = () => new AppError(429, 'rate_limited', zh.agent.errors.rateLimited);

/** Rejects with 429 once `limiter` says no for the key `keyOf(c)`. */
export const rateLimit = (limiter: RateLimiter, keyOf: (c: Context) => string) =>
  createMiddleware(async (c, next) => {
    if (!limiter.hit(keyOf(c))) throw tooMany();
    await next();
  });
