import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/client.ts';
import { createEmbedder } from '../../server/embeddings/index.ts';
import { embedLocal } from '../../server/embeddings/local.ts';
import { importVacancies } from '../../server/catalog/vacancy-import.ts';
import { loadCorpus } from '../../server/policy/corpus.ts';
import { ingestCorpus } from '../../server/policy/ingest.ts';
import { openTestDatabase } from '../support/db.ts';
import { dashScopeEmbeddings, startOpenAIStub } from '../support/openai-stub.ts';
import { vacancy } from '../catalog/support.ts';

let stub: Awaited<ReturnType<typeof startOpenAIStub>>;
let dashScope: ReturnType<typeof dashScopeEmbeddings>;
let database: Database;
beforeAll(async () => {
  stub = await startOpenAIStub((app) => {
    dashScope = dashScopeEmbeddings(app, { maxInputs: 10, embed: embedLocal });
  });
  database = await openTestDatabase({ corpus: false });
});
afterAll(async () => {
  await stub?.close();
  await database?.close();
});

const env = (extra: Record<string, string> = {}) => loadConfig({ EMBEDDINGS_BASE_URL: stub.baseURL, EMBEDDINGS_MODEL: 'text-embedding-v4', ...extra });

describe(`embeddings batch size against a DashScope-like server on ${inject('databaseUnderTest')}`, () => {
  it('defaults to 10 inputs per request: the whole corpus ingests where 512 per request got a 400', async () => {
    dashScope.batches.length = 0;
    const embedder = createEmbedder(env());
    const [report] = await ingestCorpus(database, embedder, loadCorpus());
    expect(report).toMatchObject({ embedded: 52 });
    expect(embedder.remote?.batchSize).toBe(10);
    expect(dashScope.batches).toHaveLength(6);
    expect(Math.max(...dashScope.batches)).toBe(10);
    expect(dashScope.batches.reduce((a, b) => a + b, 0)).toBe(52);
    // The vectors are the ones the server sent, each under its own clause.
    const [row] = await database.rows<{ id: string; text: string; heading: string; keywords: string[]; v: string }>(
      sql`select id, text, heading, keywords, embedding::text as v from policy_clauses where id = 'yb2022-38:2.2.2'`,
    );
    const stored = JSON.parse(row!.v) as number[];
    const sent = embedLocal([row!.heading, row!.keywords.join(' '), row!.text].join(' '));
    expect(stored[0]).toBeCloseTo(sent[0]!, 5);
    expect(stored[100]).toBeCloseTo(sent[100]!, 5);
  });

  it('EMBEDDINGS_BATCH_SIZE sets the inputs per request of an import', async () => {
    dashScope.batches.length = 0;
    const embedder = createEmbedder(env({ EMBEDDINGS_BATCH_SIZE: '4' }));
    const rows = Array.from({ length: 30 }, (_, i) => vacancy(`B${i}`, { title: `仓库管理员${i}` }));
    const report = await importVacancies(database, embedder, { format: 'json', data: rows }, { source: 'batch-test', today: '2026-11-30' });
    expect(report).toMatchObject({ inserted: 30, embedded: 30, errors: [] });
    expect(dashScope.batches).toEqual([4, 4, 4, 4, 4, 4, 4, 2]);
  });

  it('a batch size above the provider\'s limit fails with the provider\'s own message, storing nothing', async () => {
    const embedder = createEmbedder(env({ EMBEDDINGS_BATCH_SIZE: '25' }));
    const rows = Array.from({ length: 12 }, (_, i) => vacancy(`X${i}`, { title: `叉车司机${i}` }));
    await expect(importVacancies(database, embedder, { format: 'json', data: rows }, { source: 'too-big', today: '2026-11-30' })).rejects.toThrow(
      /batch size is invalid, it should not be larger than 10/,
    );
    expect(await database.rows(sql`select 1 from vacancies where source = 'too-big'`)).toHaveLength(0);
  });

  it('keeps the token usage the server reports, by use', async () => {
    const embedder = createEmbedder(env());
    await embedder.embedDocuments(['灵活就业', '社保补贴', '见习']);
    await embedder.embedQuery('创业担保贷款');
    expect(embedder.remote!.usage()).toMatchObject({
      requests: { documents: 1, query: 1 },
      inputs: { documents: 3, query: 1 },
      tokens: { documents: 10, query: 6 },
    });
  });

  it('rejects a batch size of 0 or above 2048 at start', () => {
    expect(() => env({ EMBEDDINGS_BATCH_SIZE: '0' })).toThrow(/EMBEDDINGS_BATCH_SIZE/);
    expect(() => env({ EMBEDDINGS_BATCH_SIZE: '4096' })).toThrow(/EMBEDDINGS_BATCH_SIZE/);
  });
});
