import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { zh } from '../i18n/zh-CN/index.ts';

/** Epoch milliseconds; the app's clock (tests pass their own). */
export type Clock = () => number;

/**
 * A counter's key in `rate_limits`: the kind in clear (for whoever reads the table) and a hash of
 * what is counted (an address, a session id, an account and address) — never the value itself.
 */
export function limitKey(kind: string, ...parts: string[]): string {
  return `${kind}:${createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 32)}`;
}

export interface WindowRule {
  key: string;
  /** Hits allowed per window. */
  limit: number;
  windowMs: number;
}

export type LimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Rows of a raw query on either driver (postgres.js answers an array, PGlite `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** How often a process deletes expired counters. */
const SWEEP_EVERY_MS = 10 * 60_000;

/**
 * Fixed-window rate limits whose counters live in the database (`rate_limits`), so every server
 * process sharing it shares the limits: one upsert per check, however many keys it counts. The
 * window starts at a key's first hit; a refused hit still counts (a client that keeps hammering
 * stays refused until the window ends). Expired rows are swept now and then. Why this and not
 * hono-rate-limiter with a database store: docs/adr/0016-libraries.md.
 */
export class SharedLimits {
  private lastSweep = 0;
  constructor(
    private readonly database: Database,
    private readonly clock: Clock = Date.now,
  ) {}

  /** Counts one hit on each rule's key; refused when any is over its limit, with the longest wait. */
  async hit(rules: WindowRule[]): Promise<LimitResult> {
    const now = this.clock();
    const byKey = new Map(rules.map((r) => [r.key, r]));
    // Sorted, so two requests counting the same keys lock their rows in the same order.
    const sorted = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
    if (!sorted.length) return { ok: true };
    const values = sql.join(
      sorted.map((r) => sql`(${r.key}, 1, ${now}::bigint, ${now + r.windowMs}::bigint)`),
      sql`, `,
    );
    const rows = await this.database.rows<{ key: string; count: number | string; expires_at_ms: number | string }>(sql`
      insert into rate_limits as r (key, count, started_at_ms, expires_at_ms) values ${values}
      on conflict (key) do update set
        count = case when r.expires_at_ms <= excluded.started_at_ms then 1 else r.count + 1 end,
        started_at_ms = case when r.expires_at_ms <= excluded.started_at_ms then excluded.started_at_ms else r.started_at_ms end,
        expires_at_ms = case when r.expires_at_ms <= excluded.started_at_ms then excluded.expires_at_ms else r.expires_at_ms end
      returning key, count, expires_at_ms`);
    await this.maybeSweep(now);
    let wait = 0;
    for (const row of rows) {
      const rule = byKey.get(row.key);
      if (rule && Number(row.count) > rule.limit) wait = Math.max(wait, Number(row.expires_at_ms) - now);
    }
    return wait > 0 ? { ok: false, retryAfterSeconds: retryAfterSeconds(wait) } : { ok: true };
  }

  /** Deletes expired counters at most once per SWEEP_EVERY_MS in this process. */
  async maybeSweep(now = this.clock()) {
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    await this.database.rows(sql`delete from rate_limits where expires_at_ms < ${now}::bigint`);
  }

  /** For other counters in the same table (the login throttle). */
  run<T>(query: SQL) {
    return this.database.rows<T>(query);
  }
}

/** Whole seconds for `Retry-After`, at least 1. */
export const retryAfterSeconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** A 429 with `Retry-After` and the usual error body. */
export function tooManyResponse(c: Context, retryAfter: number, code = 'rate_limited', message: string = zh.agent.errors.rateLimited) {
  return c.json({ error: { code, message } }, 429, { 'Retry-After': String(retryAfter) });
}
