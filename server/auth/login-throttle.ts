import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { type Clock, limitKey, retryAfterSeconds, rowsOf, SharedLimits } from '../http/limits.ts';

/**
 * Login throttling that slows a password guesser without handing them a switch that locks the
 * owner out (OWASP's "slow down online guessing" rather than "lock the account"). Three counters
 * of failed attempts, each with a number of free failures and then a delay that doubles with
 * every further failure, up to a cap — never a lockout:
 *
 * - per account and address: a guesser at one address is slowed to one guess per `capMs`;
 * - per address (any account): a guesser spraying many accounts from one address is slowed too;
 * - per account, from addresses it has never signed in from: a guesser spread over many
 *   addresses is slowed, with a short cap, so the owner at a new address waits a minute at most.
 *
 * An address the account has signed in from before ("known", kept `knownForMs`) is held back only
 * by its own account-and-address counter: the owner at their usual address is not slowed by
 * failures anywhere else, and colleagues behind the same proxy or NAT as a guesser are not slowed
 * by the guesser's address. Counters live in `rate_limits` (shared by every process) and are
 * forgotten `forgetMs` after the last failure; a success forgets its account-and-address counter.
 */
export interface ThrottleRule {
  /** Failures before any delay. */
  free: number;
  /** The first delay; each further failure doubles it. */
  baseMs: number;
  capMs: number;
}

export const LOGIN_THROTTLE = {
  pair: { free: 5, baseMs: 1_000, capMs: 15 * 60_000 },
  address: { free: 20, baseMs: 1_000, capMs: 15 * 60_000 },
  account: { free: 20, baseMs: 1_000, capMs: 60_000 },
  forgetMs: 24 * 3_600_000,
  knownForMs: 90 * 24 * 3_600_000,
} as const;

type RuleName = 'pair' | 'address' | 'account';

/** How long after `last` the next attempt may come, for a counter at `count` failures. */
export function delayMs(rule: ThrottleRule, count: number): number {
  if (count < rule.free) return 0;
  return Math.min(rule.capMs, rule.baseMs * 2 ** Math.min(count - rule.free, 40));
}

export interface Attempt {
  now: number;
  keys: Record<RuleName | 'known', string>;
  counted: RuleName[];
}

export type Gate = { ok: true; attempt: Attempt } | { ok: false; retryAfterSeconds: number };

interface Row {
  key: string;
  count: number | string;
  started_at_ms: number | string;
  expires_at_ms: number | string;
}

export class LoginThrottle {
  private readonly sweeper: SharedLimits;
  constructor(
    private readonly database: Database,
    private readonly clock: Clock = Date.now,
    private readonly rules = LOGIN_THROTTLE,
  ) {
    this.sweeper = new SharedLimits(database, clock);
  }

  /**
   * Before the password is checked: refused (with the wait) while any counter that applies is in
   * its delay — a refused attempt checks no password and counts nothing. Otherwise the attempt is
   * counted as a failure at once, in one transaction holding the counters' rows, so guesses sent in
   * parallel cannot all pass on the same count; `succeeded` takes it back.
   */
  async begin(account: string, address: string): Promise<Gate> {
    const now = this.clock();
    const keys = {
      pair: limitKey('login-account-address', account, address),
      address: limitKey('login-address', address),
      account: limitKey('login-account', account),
      known: limitKey('login-known', account, address),
    };
    const counters = [keys.pair, keys.address, keys.account].sort();
    const gate = await this.database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into rate_limits (key, count, started_at_ms, expires_at_ms)
        values ${sql.join(counters.map((k) => sql`(${k}, 0, 0, 0)`), sql`, `)} on conflict (key) do nothing`);
      const rows = rowsOf<Row>(
        await tx.execute(sql`select key, count, started_at_ms, expires_at_ms from rate_limits
          where key in (${sql.join([...counters, keys.known].map((k) => sql`${k}`), sql`, `)}) order by key for update`),
      );
      const state = (key: string) => {
        const row = rows.find((r) => r.key === key);
        return !row || Number(row.expires_at_ms) <= now ? { count: 0, last: 0 } : { count: Number(row.count), last: Number(row.started_at_ms) };
      };
      const known = state(keys.known).count > 0;
      const counted: RuleName[] = known ? ['pair'] : ['pair', 'address', 'account'];
      let wait = 0;
      for (const rule of counted) {
        const { count, last } = state(keys[rule]);
        wait = Math.max(wait, last + delayMs(this.rules[rule], count) - now);
      }
      if (wait > 0) return { ok: false as const, retryAfterSeconds: retryAfterSeconds(wait) };
      for (const rule of counted) {
        await tx.execute(sql`update rate_limits set count = ${state(keys[rule]).count + 1}, started_at_ms = ${now}::bigint,
          expires_at_ms = ${now + this.rules.forgetMs}::bigint where key = ${keys[rule]}`);
      }
      return { ok: true as const, attempt: { now, keys, counted } };
    });
    await this.sweeper.maybeSweep(now);
    return gate;
  }

  /** The password was right: forget the account-and-address failures, take this attempt back from the others, remember the address. */
  async succeeded({ keys, counted }: Attempt) {
    const now = this.clock();
    const others = counted.filter((r) => r !== 'pair').map((r) => sql`${keys[r]}`);
    await this.database.db.transaction(async (tx) => {
      await tx.execute(sql`delete from rate_limits where key = ${keys.pair}`);
      if (others.length) await tx.execute(sql`update rate_limits set count = greatest(count - 1, 0) where key in (${sql.join(others, sql`, `)})`);
      await tx.execute(sql`insert into rate_limits (key, count, started_at_ms, expires_at_ms) values (${keys.known}, 1, ${now}::bigint, ${now + this.rules.knownForMs}::bigint)
        on conflict (key) do update set count = 1, started_at_ms = excluded.started_at_ms, expires_at_ms = excluded.expires_at_ms`);
    });
  }
}
