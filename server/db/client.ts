import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import * as schema from './schema/index.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/**
 * One database handle for the whole server, whichever driver is underneath: embedded PGlite (the
 * default; files under a data directory, or in memory for tests) or PostgreSQL with pgvector through
 * postgres.js when a URL is given. Both run the same drizzle migrations.
 */
export interface Database {
  readonly db: Db;
  readonly driver: 'pglite' | 'postgres';
  /** Human-readable, for logs and test output, without credentials. */
  readonly describe: string;
  /** Raw rows of a query, the same shape on both drivers. */
  rows<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  /**
   * LISTEN on a channel; resolves once listening, with a function that stops it. `onListening`
   * runs each time listening (re)starts: on PostgreSQL after a lost connection, whose NOTIFYs sent
   * in between were never delivered, so the caller can catch up.
   */
  listen(channel: string, onPayload: (payload: string) => void, onListening?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** PGlite only: the whole data directory, to reopen a copy with `loadDataDir` (test fixtures). */
  snapshot?(): Promise<Blob>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));
/** Serialises migrations when several server processes start on one PostgreSQL at once. */
const MIGRATION_LOCK_KEY = 4_720_381;

export type DatabaseOptions =
  | {
      driver: 'pglite';
      dataDir?: string /* omitted: in memory */;
      loadDataDir?: Blob /* a dumpDataDir() snapshot */;
      /** PGlite defaults to 128MB, most of an embedded server's memory; 32MB serves this workload. */
      sharedBuffers?: string;
    }
  | {
      driver: 'postgres';
      url: string;
      poolMax?: number;
      /** Named prepared statements (default on); off for PgBouncer in transaction pooling mode. */
      prepare?: boolean;
    };

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  return opts.driver === 'pglite' ? openPglite(opts.dataDir, opts.loadDataDir, opts.sharedBuffers ?? DEFAULT_PGLITE_SHARED_BUFFERS) : openPostgres(opts.url, opts.poolMax ?? 10, opts.prepare ?? true);
}

export const DEFAULT_PGLITE_SHARED_BUFFERS = '32MB';

async function openPglite(dataDir: string | undefined, loadDataDir: Blob | undefined, sharedBuffers: string): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: dataDir ?? 'memory://',
    extensions: { vector },
    postgresqlconf: [`shared_buffers=${sharedBuffers}`],
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    db,
    driver: 'pglite',
    describe: dataDir ? `PGlite (${dataDir})` : 'PGlite (in-memory)',
    rows: async <T>(query: SQL) => ((await db.execute(query)) as unknown as { rows: T[] }).rows,
    listen: async (channel, onPayload) => client.listen(channel, onPayload),
    close: () => client.close(),
    snapshot: () => client.dumpDataDir('none'),
  };
}

/**
 * drizzle runs every query through postgres.js `unsafe(…, { prepare: false })`, and postgres.js
 * then sends each query with parameters twice — describe, wait, then bind and execute: two round
 * trips per query, measured as a fifth of a chat turn's CPU. Prepared, a query is described once
 * per connection and after that costs one round trip.
 */
function preparing(client: postgres.Sql): postgres.Sql {
  const unsafe = client.unsafe.bind(client);
  return new Proxy(client, {
    get(target, key, receiver) {
      if (key === 'unsafe') return (query: string, params?: any[], options?: object) => unsafe(query, params, { ...options, prepare: Boolean(params?.length) });
      // Queries inside a transaction run on the transaction's own handle: prepare those too.
      if (key === 'begin') return (...args: any[]) => {
        const fn = args.pop() as (tx: postgres.Sql) => unknown;
        return (target.begin as any)(...args, (tx: postgres.Sql) => fn(preparing(tx)));
      };
      return Reflect.get(target, key, receiver);
    },
  });
}

/**
 * How long a lost connection waits before reconnecting, in seconds. postgres.js counts failed
 * connections for the whole pool and by default waits up to 20 s, so one wave of terminated
 * backends left the pool empty for that long; a database that comes back is used within a second.
 */
export const reconnectDelaySeconds = (failures: number) => Math.min(0.1 * 2 ** failures, 1);

/**
 * The pool's settings. postgres.js 3.4.9 itself is patched (patches/postgres+3.4.9.patch, ADR 0011):
 * unpatched, a transaction whose backend dies writes its ROLLBACK to the closed socket and the
 * process dies of an uncaught TypeError, and a connection closed while a write was scheduled never
 * reconnects.
 */
const POOL_OPTIONS = { onnotice: () => {}, backoff: reconnectDelaySeconds, connect_timeout: 10 } satisfies postgres.Options<{}>;

async function openPostgres(url: string, poolMax: number, prepare: boolean): Promise<Database> {
  await migratePostgresLocked(url);
  const pool = postgres(url, { ...POOL_OPTIONS, max: poolMax });
  const client = prepare ? preparing(pool) : pool;
  const db = drizzlePostgres({ client, schema }) as unknown as Db;
  const [row] = await client<{ server_version: string }[]>`show server_version`;
  const u = new URL(url);
  return {
    db,
    driver: 'postgres',
    describe: `PostgreSQL ${row?.server_version} at ${u.hostname}:${u.port || 5432}${u.pathname}`,
    rows: async <T>(query: SQL) => [...((await db.execute(query)) as unknown as T[])],
    listen: async (channel, onPayload, onListening) => {
      // postgres.js listens again by itself after its listening connection is lost; onlisten runs then too.
      let started = false;
      const { unlisten } = await pool.listen(channel, onPayload, () => {
        if (started) onListening?.();
        started = true;
      });
      return unlisten;
    },
    close: () => pool.end({ timeout: 5 }),
  };
}

async function migratePostgresLocked(url: string) {
  const client = postgres(url, { ...POOL_OPTIONS, max: 1 });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** `select 1` through the handle: health checks use it. */
export async function ping(database: Database): Promise<boolean> {
  const rows = await database.rows<{ ok: number }>(sql`select 1 as ok`);
  return rows[0]?.ok === 1;
}
