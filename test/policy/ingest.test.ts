import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../server/db/client.ts';
import { events, policyClauses } from '../../server/db/schema/index.ts';
import type { Embedder } from '../../server/embeddings/index.ts';
import { localEmbedder } from '../../server/embeddings/local.ts';
import { loadCorpus } from '../../server/policy/corpus.ts';
import { ingestCorpus } from '../../server/policy/ingest.ts';
import { openTestDatabase } from '../support/db.ts';

/** The local embedder, counting what it is asked to embed. */
function countingEmbedder(model = 'local-hash-v1') {
  const inner = localEmbedder();
  const counter = { texts: 0 };
  const embedder: Embedder = {
    model,
    embedDocuments: async (texts) => ((counter.texts += texts.length), inner.embedDocuments(texts)),
    embedQuery: inner.embedQuery,
  };
  return { embedder, counter };
}

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase({ corpus: false });
});
afterAll(() => database?.close());

describe(`corpus ingestion on ${inject('databaseUnderTest')}`, () => {
  it('embeds every clause on first ingestion and stores the 附件2 events', async () => {
    const { embedder, counter } = countingEmbedder();
    const [report] = await ingestCorpus(database, embedder, loadCorpus());
    expect(report).toMatchObject({ embedded: 52, unchanged: 0, removed: 0, events: 24 });
    expect(counter.texts).toBe(52);
    expect(await database.db.$count(policyClauses)).toBe(52);
    const [spring] = await database.db.select().from(events).where(eq(events.name, '春风行动'));
    expect(spring).toMatchObject({ source: 'corpus', months: [1, 2, 3], year: 2022, clauseId: 'yb2022-38:att2.5' });
  });

  it('is idempotent: a second ingestion embeds nothing and changes nothing', async () => {
    const before = await database.rows(sql`select id, updated_at from policy_clauses order by id`);
    const eventsBefore = await database.rows(sql`select id, updated_at from events order by id`);
    const { embedder, counter } = countingEmbedder();
    const [report] = await ingestCorpus(database, embedder, loadCorpus());
    expect(report).toMatchObject({ embedded: 0, unchanged: 52, removed: 0 });
    expect(counter.texts).toBe(0);
    expect(await database.rows(sql`select id, updated_at from policy_clauses order by id`)).toEqual(before);
    expect(await database.rows(sql`select id, updated_at from events order by id`)).toEqual(eventsBefore);
  });

  it('re-embeds only a changed clause and removes one no longer in the corpus', async () => {
    const [doc] = loadCorpus();
    const edited = {
      ...doc!,
      clauses: doc!.clauses
        .filter((c) => c.path !== '3.4')
        .map((c) => (c.path === '2.2.2' ? { ...c, text: c.text + '（测试修订）', contentHash: 'changed' } : c)),
    };
    const { embedder, counter } = countingEmbedder();
    const [report] = await ingestCorpus(database, embedder, [edited]);
    expect(report).toMatchObject({ embedded: 1, unchanged: 50, removed: 1 });
    expect(counter.texts).toBe(1);
    const [row] = await database.db.select().from(policyClauses).where(eq(policyClauses.id, 'yb2022-38:2.2.2'));
    expect(row!.text).toContain('（测试修订）');
    // restore
    await ingestCorpus(database, localEmbedder(), loadCorpus());
    expect(await database.db.$count(policyClauses)).toBe(52);
  });

  it('re-embeds everything when the embedding model changes', async () => {
    const { embedder, counter } = countingEmbedder('another-model');
    const [report] = await ingestCorpus(database, embedder, loadCorpus());
    expect(report!.embedded).toBe(52);
    expect(counter.texts).toBe(52);
    await ingestCorpus(database, localEmbedder(), loadCorpus());
  });

  it('leaves the stored corpus whole when embedding fails mid-way', async () => {
    const [doc] = loadCorpus();
    const edited = { ...doc!, clauses: doc!.clauses.map((c) => ({ ...c, text: c.text + '！', contentHash: c.contentHash + 'x' })) };
    const failing: Embedder = { model: 'local-hash-v1', embedDocuments: async () => { throw new Error('upstream down'); }, embedQuery: async () => [] };
    await expect(ingestCorpus(database, failing, [edited])).rejects.toThrow('upstream down');
    const rows = await database.db.select({ text: policyClauses.text }).from(policyClauses);
    expect(rows).toHaveLength(52);
    expect(rows.some((r) => r.text.endsWith('！'))).toBe(false);
  });
});
