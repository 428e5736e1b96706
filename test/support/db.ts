import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../server/db/client.ts';
import { localEmbedder } from '../../server/embeddings/local.ts';
import { loadCorpus } from '../../server/policy/corpus.ts';
import { ingestCorpus } from '../../server/policy/ingest.ts';
import { readFileSync } from 'node:fs';

/** Set TEST_DATABASE_URL (or DATABASE_URL) to run the database suites on a real PostgreSQL. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

/**
 * A fresh, migrated database for one test file, with the policy corpus ingested unless
 * `corpus: false`. On PostgreSQL: a new database created for the file and dropped on close. On
 * PGlite: an in-memory copy of the snapshot that global setup built once (initdb costs ~4 s).
 */
export async function openTestDatabase({ corpus = true }: { corpus?: boolean } = {}): Promise<Database> {
  if (TEST_DATABASE_URL) return openPostgresTestDatabase(corpus);
  const snapshotPath = inject(corpus ? 'pgliteSnapshotWithCorpus' : 'pgliteSnapshot');
  const loadDataDir = new Blob([readFileSync(snapshotPath)]);
  return openDatabase({ driver: 'pglite', loadDataDir });
}

async function openPostgresTestDatabase(corpus: boolean): Promise<Database> {
  const name = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  const database = await openDatabase({ driver: 'postgres', url: url.toString(), poolMax: 10 });
  if (corpus) await ingestCorpus(database, localEmbedder(), loadCorpus());
  return {
    ...database,
    async close() {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    pgliteSnapshotWithCorpus: string;
    databaseUnderTest: string;
  }
}
