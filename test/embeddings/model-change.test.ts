import { getTableColumns, getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServices, type Services } from '../../server/bootstrap.ts';
import { loadConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/client.ts';
import * as schema from '../../server/db/schema/index.ts';
import type { Embedder } from '../../server/embeddings/index.ts';
import { embedLocal, localEmbedder } from '../../server/embeddings/local.ts';
import { EMBEDDED_TABLES, reembedStale, staleRows } from '../../server/embeddings/reembed.ts';
import { vacancyCandidates, vacancyWordCandidates } from '../../server/catalog/candidates.ts';
import { loadDemoDataIfEmpty } from '../../server/catalog/demo-load.ts';
import { matchVacanciesForPerson, recommendCoursesForPerson } from '../../server/catalog/recommend.ts';
import { createLogger } from '../../server/log.ts';
import { vacancyText } from '../../server/catalog/vacancy-row.ts';
import { toTsQuery } from '../../server/policy/search.ts';
import { today } from '../../server/rules/dates.ts';
import type { Person } from '../../server/rules/facts.ts';
import { openTestDatabase } from '../support/db.ts';
import { embeddingsResponse, startOpenAIStub } from '../support/openai-stub.ts';

/**
 * Two embedding "models" whose spaces differ as two real models' do: `rotated` is the local
 * embedding with its coordinates reversed. Within one model cosines are the same; across the two
 * they mean nothing — which is what a model change leaves behind in rows not re-embedded.
 */
const rotate = (v: number[]) => [...v].reverse();
const vectorOf = (model: string, text: string) => (model === 'rotated' ? rotate(embedLocal(text)) : embedLocal(text));

let stub: Awaited<ReturnType<typeof startOpenAIStub>>;
beforeAll(async () => {
  stub = await startOpenAIStub((app) => {
    app.post('/v1/embeddings', async (c) => {
      const body = await c.req.json();
      const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
      return c.json(embeddingsResponse(inputs.map((t) => vectorOf(body.model, t)), body.encoding_format));
    });
  });
});
afterAll(() => stub?.close());

const graduate: Person = { isCollegeGraduate: true, education: 'bachelor', graduationDate: '2026-06-30', employmentStatus: 'unemployed', jobIntent: '软件测试', major: '软件工程' };
const summary = (r: Awaited<ReturnType<typeof matchVacanciesForPerson>>) => r.matches.map((m) => ({ title: m.title, score: m.score, similarity: m.similarity }));

describe('changing EMBEDDINGS_MODEL between two starts', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'yb-model-change-'));
  const start = (model: string) =>
    startServices(
      loadConfig({ DATA_DIR: dataDir, EMBEDDINGS_BASE_URL: stub.baseURL, EMBEDDINGS_MODEL: model, EMBEDDINGS_BATCH_SIZE: '100', DATABASE_URL: '' }),
      createLogger('silent'),
    );
  const stop = async (s: Services) => {
    await s.reembedding?.stop();
    await s.bus.stop();
    await s.database.close();
  };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('re-embeds the vacancies and courses as well as the clauses: the same matches, the same scores', async () => {
    const first = await start('plain');
    await first.reembedding?.done;
    const before = summary(await matchVacanciesForPerson(first, { person: graduate, k: 5, asOf: today() }));
    const coursesBefore = (await recommendCoursesForPerson(first, { person: {}, interest: '养老护理', k: 3, asOf: today() })).matches.map((m) => [m.title, m.score]);
    expect(before).toHaveLength(5);
    expect(before[0]!.similarity).toBeGreaterThan(0.2);
    await stop(first);

    const second = await start('rotated');
    await second.reembedding?.done;
    const models = await second.database.rows<{ t: string; m: string }>(sql`
      select 'policy_clauses' as t, embedding_model as m from policy_clauses
      union select 'vacancies', embedding_model from vacancies
      union select 'training_courses', embedding_model from training_courses order by 1`);
    expect(models).toEqual([
      { t: 'policy_clauses', m: 'openai:rotated' },
      { t: 'training_courses', m: 'openai:rotated' },
      { t: 'vacancies', m: 'openai:rotated' },
    ]);
    // main re-embedded only the clauses: the top post's similarity fell to about 0 and its score with it.
    expect(summary(await matchVacanciesForPerson(second, { person: graduate, k: 5, asOf: today() }))).toEqual(before);
    expect((await recommendCoursesForPerson(second, { person: {}, interest: '养老护理', k: 3, asOf: today() })).matches.map((m) => [m.title, m.score])).toEqual(coursesBefore);
    await stop(second);
  }, 180_000);
});

describe(`re-embedding and the model filter on ${inject('databaseUnderTest')}`, () => {
  let database: Database;
  const other: Embedder = { model: 'rotated-local', embedDocuments: async (t) => t.map((x) => rotate(embedLocal(x))), embedQuery: async (t) => rotate(embedLocal(t)) };
  beforeAll(async () => {
    database = await openTestDatabase();
    await loadDemoDataIfEmpty(database, localEmbedder(), { asOf: '2026-11-30' });
  });
  afterAll(() => database?.close());

  it('covers every table of the schema that has an embedding column', () => {
    const embedded = (Object.values(schema) as unknown[])
      .filter((t): t is PgTable => is(t, PgTable))
      .filter((t) => Object.values(getTableColumns(t)).some((c) => c.name === 'embedding'))
      .map((t) => getTableName(t))
      .sort();
    expect(embedded).toEqual(Object.keys(EMBEDDED_TABLES).sort());
    for (const t of Object.values(EMBEDDED_TABLES)) expect(t.model.name).toBe('embedding_model');
  });

  it('vector search leaves out rows of another model; full-text still finds them, with no similarity', async () => {
    const q = { vector: embedLocal('仓库管理员'), model: 'local-hash-v1', limit: 500, asOf: '2026-11-30' };
    const all = await vacancyCandidates(database, q);
    const moved = all.slice(0, 5).map((c) => c.id);
    await database.rows(sql`update vacancies set embedding_model = 'some-old-model' where id in (${sql.join(moved.map((id) => sql`${id}::uuid`), sql`, `)})`);
    const nearest = await vacancyCandidates(database, q);
    expect(nearest.some((c) => moved.includes(c.id))).toBe(false);
    const worded = await vacancyWordCandidates(database, { ...q, tsquery: toTsQuery('仓库管理员') });
    const found = worded.filter((c) => moved.includes(c.id));
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.similarity).toBe(0);
    // Without a model the comparison is as before (benchmarks, tests of one model).
    expect((await vacancyCandidates(database, { ...q, model: undefined })).map((c) => c.id)).toEqual(all.map((c) => c.id));
    await reembedStale(database, localEmbedder());
    expect((await vacancyCandidates(database, q)).map((c) => c.id)).toEqual(all.map((c) => c.id));
  });

  it('re-embeds from the stored text, in batches, and resumes: a second run has nothing to do', async () => {
    expect(await staleRows(database, 'rotated-local')).toEqual({ policy_clauses: 52, vacancies: 500, training_courses: 40 });
    // Asked before each batch: the clauses' one, the empty read that ends them, the first 100 vacancies, then stop.
    let asked = 0;
    const first = await reembedStale(database, other, { batch: 100, shouldStop: () => asked++ >= 3 });
    expect(first).toEqual({ policy_clauses: 52, vacancies: 100, training_courses: 0 });
    const rest = await reembedStale(database, other, { batch: 100 });
    expect(rest).toEqual({ policy_clauses: 0, vacancies: 400, training_courses: 40 });
    expect(await staleRows(database, 'rotated-local')).toEqual({ policy_clauses: 0, vacancies: 0, training_courses: 0 });
    expect(await reembedStale(database, other)).toEqual({ policy_clauses: 0, vacancies: 0, training_courses: 0 });
    // The stored vector is the one an import of that row with this model would have made.
    const [row] = await database.db.select().from(schema.vacancies).limit(1);
    const expected = rotate(embedLocal(vacancyText(row as never)));
    expect(row!.embedding.slice(0, 50).map((x) => x.toFixed(5))).toEqual(expected.slice(0, 50).map((x) => x.toFixed(5)));
  });
});
