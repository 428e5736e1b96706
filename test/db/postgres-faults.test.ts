import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/client.ts';
import { isConnectionError } from '../../server/db/errors.ts';
import { openTestDatabase, TEST_DATABASE_URL } from '../support/db.ts';

/**
 * The PostgreSQL pool when its backends are terminated (pg_terminate_backend, as a restart or a
 * failover does). Unpatched postgres.js 3.4.9 fails both: a transaction's ROLLBACK is written to
 * the closed socket and the process dies of `TypeError: Cannot read properties of null (reading
 * 'write')`; and a connection closed while a write was scheduled never sends its startup message
 * again, so the pool shrinks until nothing runs. PGlite has no connection to lose.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let database: Database;
const uncaught: unknown[] = [];
const onUncaught = (e: unknown) => uncaught.push(e);

describe.skipIf(!TEST_DATABASE_URL)('the PostgreSQL pool under terminated backends', () => {
  beforeAll(async () => {
    database = await openTestDatabase({ corpus: false });
    await database.rows(sql`create table fault_pairs (k int not null, n int not null)`);
    process.on('uncaughtException', onUncaught);
  });
  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    await database?.close();
  });

  const terminateOthers = () =>
    database.rows<{ n: number }>(sql`select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);

  it('a transaction whose backend is terminated mid-statement fails with a connection error, and the process lives on', async () => {
    let pid: number | undefined;
    const tx = database.db.transaction(async (tx) => {
      const [row] = (await tx.execute(sql`select pg_backend_pid() as pid`)) as unknown as { pid: number }[];
      pid = row!.pid;
      await tx.execute(sql`select pg_sleep(3)`);
    });
    const outcome = tx.then(
      () => 'committed',
      (e) => e,
    );
    while (pid === undefined) await sleep(20);
    await database.rows(sql`select pg_terminate_backend(${pid})`);
    const e = await outcome;
    expect(isConnectionError(e), String(e)).toBe(true);
    await sleep(200); // the crash came from a setImmediate after the rejection
    expect(uncaught).toEqual([]);
    expect(await database.rows(sql`select 1 as ok`)).toEqual([{ ok: 1 }]);
  });

  it('under repeated terminations every call settles, no transaction is half-applied, and the pool comes back whole', async () => {
    let running = true;
    let done = 0;
    let failed = 0;
    let other: unknown;
    let k = 0;
    const worker = async (i: number) => {
      while (running) {
        const key = k++;
        try {
          if (i % 2 === 0) await database.rows(sql`select ${key}::int as k, pg_sleep(0.002)`);
          else
            await database.db.transaction(async (tx) => {
              await tx.execute(sql`insert into fault_pairs values (${key}, 1)`);
              await sleep(Math.random() * 5);
              await tx.execute(sql`insert into fault_pairs values (${key}, 2)`);
            });
          done++;
        } catch (e) {
          failed++;
          if (!isConnectionError(e)) other ??= e;
        }
      }
    };
    const workers = Array.from({ length: 24 }, (_, i) => worker(i));
    let killed = 0;
    for (let i = 0; i < 12; i++) {
      await sleep(250);
      killed += (await terminateOthers().catch(() => [{ n: 0 }]))[0]!.n;
    }
    running = false;
    const settled = await Promise.race([Promise.all(workers).then(() => true), sleep(10_000).then(() => false)]);
    expect(settled, 'every call settled').toBe(true);
    expect(killed).toBeGreaterThan(20);
    expect(failed).toBeGreaterThan(0);
    expect(done).toBeGreaterThan(100);
    expect(other, 'only connection errors').toBeUndefined();
    expect(await database.rows(sql`select k from fault_pairs group by k having count(*) <> 2`)).toEqual([]);

    // All ten connections serve again: ten concurrent sleeps on ten distinct backends, in well under ten sleeps' time.
    await sleep(1500);
    const t = Date.now();
    const pids = await Promise.all(
      Array.from({ length: 10 }, () => database.rows<{ pid: number }>(sql`select pg_backend_pid() as pid, pg_sleep(0.3)`).then((r) => r[0]!.pid)),
    );
    expect(new Set(pids).size).toBe(10);
    expect(Date.now() - t).toBeLessThan(2500);
    expect(uncaught).toEqual([]);
  }, 40_000);
});
