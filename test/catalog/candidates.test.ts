import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../server/db/client.ts';
import { vacancies } from '../../server/db/schema/index.ts';
import { embedLocal, localEmbedder } from '../../server/embeddings/local.ts';
import { matchCandidates, vacancyCandidates, vacancyWordCandidates } from '../../server/catalog/candidates.ts';
import { importVacancies } from '../../server/catalog/vacancy-import.ts';
import { backfillVacancyTokens } from '../../server/catalog/vacancy-tokens.ts';
import { toTsQuery } from '../../server/policy/search.ts';
import { openTestDatabase } from '../support/db.ts';
import { vacancy } from './support.ts';

const asOf = '2026-11-30';
let database: Database;
beforeAll(async () => {
  database = await openTestDatabase({ corpus: false });
  await importVacancies(
    database,
    localEmbedder(),
    {
      format: 'json',
      data: [
        vacancy('W1', { title: '仓库管理员', skills: ['叉车'] }),
        vacancy('W2', { title: '仓库理货员', educationMin: 'bachelor' }),
        vacancy('W3', { title: '仓库主管', status: 'withdrawn' }),
        vacancy('K1', { title: '中餐厨师', description: '川菜热菜烹制', skills: ['中式烹调'] }),
        vacancy('K2', { title: '面点师', description: '包子抄手', skills: ['中式面点'] }),
      ],
    },
    { source: 'test', today: asOf },
  );
});
afterAll(() => database?.close());

const titles = (xs: { title: string }[]) => xs.map((x) => x.title).sort();

describe(`candidate search on ${inject('databaseUnderTest')}`, () => {
  it('stores the segmented words of each post for the full-text index', async () => {
    const [row] = await database.db.select({ tokens: vacancies.tokens }).from(vacancies).where(eq(vacancies.sourceId, 'K1'));
    expect(row!.tokens.split(' ')).toEqual(expect.arrayContaining(['中餐', '厨师', '川菜']));
  });

  it('finds the nearest posts containing the seeker’s words, under the same filters', async () => {
    const q = { vector: embedLocal('仓库'), tsquery: toTsQuery('仓库'), limit: 10, asOf };
    expect(titles(await vacancyWordCandidates(database, q))).toEqual(['仓库理货员', '仓库管理员']);
    expect(titles(await vacancyWordCandidates(database, { ...q, education: 'high_school' }))).toEqual(['仓库管理员']);
    const cook = await vacancyWordCandidates(database, { ...q, vector: embedLocal('厨师'), tsquery: toTsQuery('厨师') });
    expect(titles(cook)).toEqual(['中餐厨师']);
    expect(cook[0]!.similarity).toBeGreaterThan(0);
  });

  it('gives matching the union of the HNSW nearest and the worded posts, each once', async () => {
    const q = { vector: embedLocal('厨师'), limit: 2, asOf };
    const nearest = await vacancyCandidates(database, q);
    const union = await matchCandidates(database, { ...q, tsquery: toTsQuery('厨师') });
    expect(new Set(union.map((c) => c.id)).size).toBe(union.length);
    expect(union.map((c) => c.id)).toEqual(expect.arrayContaining(nearest.map((c) => c.id)));
    expect(titles(union)).toContain('中餐厨师');
    expect(await matchCandidates(database, q)).toEqual(nearest);
  });

  it('indexes the words of rows stored before the column existed', async () => {
    await database.db.update(vacancies).set({ tokens: '' }).where(sql`${vacancies.sourceId} in ('K1', 'K2')`);
    expect(await backfillVacancyTokens(database)).toBe(2);
    expect(await backfillVacancyTokens(database)).toBe(0);
    const q = { vector: embedLocal('面点'), tsquery: toTsQuery('面点'), limit: 10, asOf };
    expect(titles(await vacancyWordCandidates(database, q))).toEqual(['面点师']);
  });
});
