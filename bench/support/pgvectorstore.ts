/**
 * LangChain's own PGVectorStore (@langchain/community/vectorstores/pgvector) over the policy clauses,
 * for the retrieval benchmark: the same clause texts our ingest embeds (`searchableText`), the same
 * embedder object our search uses, cosine distance, in its own table of the bench database, with
 * the HNSW index PGVectorStore builds itself (`createHnswIndex`).
 *
 * PGVectorStore talks to PostgreSQL through a `pg` Pool. On PostgreSQL that is a pool to the bench
 * database; on PGlite the same in-process PGlite instance is served over a Unix socket by
 * @electric-sql/pglite-socket. PGVectorStore.initialize checks a client out of the pool and holds it
 * until end() without ever querying on it (all its queries go through pool.query), so the pool and
 * the socket server need two connections; the socket server runs one query at a time across them,
 * as PGlite itself does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { PGVectorStore } from '@langchain/community/vectorstores/pgvector';
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import pg from 'pg';
import type { Database } from '../../server/db/client.ts';
import { EMBEDDING_DIM } from '../../server/db/schema/columns.ts';
import { type CorpusDocument, searchableText } from '../../server/policy/corpus.ts';

export const PGVECTORSTORE_TABLE = 'langchain_pgvectorstore_clauses';
const HNSW = { m: 16, efConstruction: 64 } as const; // PGVectorStore's defaults, and pgvector's

export interface LangchainStore {
  store: PGVectorStore;
  /** The index definition as PostgreSQL reports it (pg_indexes), to show it really exists. */
  indexdef: string | undefined;
  /** The top plan nodes of PGVectorStore's own query (EXPLAIN), to show whether the index is used. */
  plan: string;
  clauses: number;
  close(): Promise<void>;
}

/** A `pg` Pool to the bench database: a plain pool on PostgreSQL, a pglite-socket on PGlite. */
async function poolFor(database: Database, url: string | undefined): Promise<{ pool: pg.Pool; stopServer(): Promise<void> }> {
  if (database.driver === 'postgres') {
    if (!url) throw new Error('PostgreSQL target without a URL');
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return { pool, stopServer: async () => {} };
  }
  // drizzle keeps the driver's client on `$client`: the very PGlite instance the other rows query.
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const dir = mkdtempSync(join(tmpdir(), 'yb-pglite-socket-'));
  const server = new PGLiteSocketServer({ db: client, path: join(dir, '.s.PGSQL.5432'), maxConnections: 2 });
  await server.start();
  // pg connects to `${host}/.s.PGSQL.${port}` when host is a directory.
  const pool = new pg.Pool({ host: dir, port: 5432, user: 'postgres', database: 'postgres', max: 2 });
  return {
    pool,
    stopServer: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function openLangchainStore(
  database: Database,
  url: string | undefined,
  embeddings: EmbeddingsInterface,
  corpus: CorpusDocument[],
): Promise<LangchainStore> {
  const { pool, stopServer } = await poolFor(database, url);
  let store: PGVectorStore | undefined;
  // store.end() releases the client initialize() holds, then ends the pool (pool.end() alone would
  // wait for that client forever).
  const close = async () => {
    await (store ? store.end() : pool.end());
    await stopServer();
  };
  try {
    const docs = corpus.flatMap((d) =>
      d.clauses.map((c) => new Document({ pageContent: searchableText(c), metadata: { clauseId: c.id } })),
    );
    store = await PGVectorStore.initialize(embeddings, {
      pool,
      tableName: PGVECTORSTORE_TABLE,
      distanceStrategy: 'cosine',
      dimensions: EMBEDDING_DIM,
    });
    await store.addDocuments(docs);
    await store.createHnswIndex({ dimensions: EMBEDDING_DIM, m: HNSW.m, efConstruction: HNSW.efConstruction, namespace: PGVECTORSTORE_TABLE });
    await pool.query(`analyze ${PGVECTORSTORE_TABLE}`);
    // createHnswIndex logs and swallows a failure, so look the index up.
    const { rows: idx } = await pool.query<{ indexdef: string }>(
      `select indexdef from pg_indexes where tablename = $1 and indexdef ilike '%using hnsw%'`,
      [PGVECTORSTORE_TABLE],
    );
    // The statement PGVectorStore's similaritySearch sends (searchPostgres), explained.
    const probe = `[${(await embeddings.embedQuery('失业登记')).join(',')}]`;
    const { rows: planRows } = await pool.query<{ 'QUERY PLAN': string }>(
      `explain select *, "embedding" <=> $1 as "_distance" from ${PGVECTORSTORE_TABLE} order by "_distance" asc limit $2`,
      [probe, 5],
    );
    return {
      store,
      indexdef: idx[0]?.indexdef,
      plan: planNodes(planRows.map((r) => r['QUERY PLAN'])),
      clauses: docs.length,
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/** "Limit → Sort → Seq Scan on t" from EXPLAIN lines, without costs. */
export function planNodes(lines: string[]): string {
  return lines
    .map((l) => l.replace(/^[\s->]+/, '').replace(/\s+\(cost=.*$/, '').trim())
    .filter((l) => l && !/^(Sort Key|Order By|Index Cond|Filter|Output)\b/i.test(l))
    .join(' → ');
}
