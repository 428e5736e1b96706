import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../server/db/client.ts';
import { localEmbedder } from '../../server/embeddings/local.ts';
import { loadCorpus } from '../../server/policy/corpus.ts';
import { ingestCorpus } from '../../server/policy/ingest.ts';

/**
 * Runs once per test run: says which database the suites run on, and for PGlite builds the
 * migrated snapshots (with and without the corpus) that each test file loads.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const dir = mkdtempSync(join(tmpdir(), 'yb-test-'));
  if (url) {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    const [row] = await sql<{ server_version: string }[]>`show server_version`;
    await sql.end();
    const u = new URL(url);
    project.provide('databaseUnderTest', `PostgreSQL ${row?.server_version} at ${u.hostname}:${u.port || 5432}`);
    project.provide('pgliteSnapshot', '');
    project.provide('pgliteSnapshotWithCorpus', '');
  } else {
    const database = await openDatabase({ driver: 'pglite' });
    const bare = join(dir, 'migrated.tar');
    writeFileSync(bare, Buffer.from(await (await database.snapshot!()).arrayBuffer()));
    await ingestCorpus(database, localEmbedder(), loadCorpus());
    const withCorpus = join(dir, 'with-corpus.tar');
    writeFileSync(withCorpus, Buffer.from(await (await database.snapshot!()).arrayBuffer()));
    await database.close();
    project.provide('databaseUnderTest', 'PGlite (in-memory)');
    project.provide('pgliteSnapshot', bare);
    project.provide('pgliteSnapshotWithCorpus', withCorpus);
  }
  console.log(`\n  Database suites run on: ${url ? 'PostgreSQL ' + new URL(url).host : 'PGlite (in-memory)'}\n`);
  return () => rmSync(dir, { recursive: true, force: true });
}
