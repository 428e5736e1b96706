import { bigint, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Rate-limit and login-throttle counters shared by every server process (server/http/limits.ts).
 * `key` is a kind prefix and a hash of what is counted (an address, a session, an account and
 * address), never the value itself. Times are epoch milliseconds from the deciding process's clock.
 * A row past `expiresAtMs` counts as absent and is swept.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull(),
    /** Fixed windows: when the window began. Throttles: the last counted attempt. */
    startedAtMs: bigint('started_at_ms', { mode: 'number' }).notNull(),
    expiresAtMs: bigint('expires_at_ms', { mode: 'number' }).notNull(),
  },
  (t) => [index('rate_limits_expires_idx').on(t.expiresAtMs)],
);
