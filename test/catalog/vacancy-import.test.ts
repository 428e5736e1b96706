import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../server/db/client.ts';
import { vacancies } from '../../server/db/schema/index.ts';
import { vacancyCandidates } from '../../server/catalog/candidates.ts';
import { setVacancyWithdrawn } from '../../server/catalog/queries.ts';
import { importVacancies } from '../../server/catalog/vacancy-import.ts';
import { embedLocal } from '../../server/embeddings/local.ts';
import { openTestDatabase } from '../support/db.ts';
import { countingEmbedder, vacancy } from './support.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase({ corpus: false });
});
afterAll(() => database?.close());
beforeEach(async () => {
  await database.db.delete(vacancies);
});

const TODAY = '2026-11-30';
const opts = (extra: Record<string, unknown> = {}) => ({ source: 'test-feed', today: TODAY, ...extra });
const stored = () =>
  database.db
    .select({ sourceId: vacancies.sourceId, status: vacancies.status, withdrawnBy: vacancies.withdrawnBy, updatedAt: vacancies.updatedAt, title: vacancies.title, postedOn: vacancies.postedOn })
    .from(vacancies)
    .orderBy(vacancies.sourceId);
/** How many rows matching sees: the live candidates for a query about warehouses. */
const ids = async (asOf = TODAY) => (await vacancyCandidates(database, { vector: embedLocal('仓库管理'), limit: 50, asOf })).length;

const CSV_CN = [
  '\uFEFF岗位编号,岗位名称,用人单位,镇街,学历要求,薪资下限,薪资上限,招聘人数,岗位类型,适合人群,截止日期',
  'C1,仓库管理员,重庆临空物流有限公司,两路,高中,4500,6000,3,全职,“4050”人员,2027-01-31',
  'C2,叉车司机,重庆渝航物流有限公司,双凤桥街道,初中,5000,7000,2,全职,退役军人,2027-01-31',
].join('\r\n');
const CSV_EN = ['sourceId,title,employer,street,educationMin,workType,expiresOn', 'E1,快递分拣员,重庆川渝联运物流有限公司,古路镇,junior_high,full_time,2027-01-31'].join('\n');

describe(`vacancy import on ${inject('databaseUnderTest')}`, () => {
  it('lands JSON rows and CSV rows with Chinese and English headers', async () => {
    const e = countingEmbedder();
    const json = await importVacancies(database, e, { format: 'json', data: [vacancy('J1'), vacancy('J2', { title: '理货员' })] }, opts());
    const cn = await importVacancies(database, e, { format: 'csv', data: CSV_CN }, opts());
    const en = await importVacancies(database, e, { format: 'csv', data: CSV_EN }, opts());
    expect([json, cn, en].map((r) => [r.inserted, r.errors.length])).toEqual([
      [2, 0],
      [2, 0],
      [1, 0],
    ]);
    expect(e.documents).toBe(5);
    const rows = await database.db.select().from(vacancies).where(eq(vacancies.sourceId, 'C1'));
    expect(rows[0]).toMatchObject({
      source: 'test-feed',
      street: '两路街道',
      educationMin: 'high_school',
      wageMin: 4500,
      suitableGroups: ['4050'],
      postedOn: TODAY,
      status: 'active',
      isDemo: false,
      embeddingModel: e.model,
    });
    expect(rows[0]!.embedding).toHaveLength(512);
    expect(await ids()).toBe(5);
  });

  it('changes nothing on a re-import: no write, no updated_at bump, no embedding', async () => {
    const e = countingEmbedder();
    await importVacancies(database, e, { format: 'csv', data: CSV_CN }, opts());
    const before = await stored();
    const calls = e.calls;
    await new Promise((r) => setTimeout(r, 20));
    const again = await importVacancies(database, e, { format: 'csv', data: CSV_CN }, opts({ today: '2026-12-05' }));
    expect(again).toMatchObject({ received: 2, valid: 2, inserted: 0, updated: 0, unchanged: 2, embedded: 0, withdrawn: 0 });
    expect(e.calls).toBe(calls);
    expect(await stored()).toEqual(before);
  });

  it('re-embeds and updates only the row that changed, keeping a posting date the file does not give', async () => {
    const e = countingEmbedder();
    await importVacancies(database, e, { format: 'csv', data: CSV_CN }, opts());
    const before = await stored();
    const changed = CSV_CN.replace('C2,叉车司机', 'C2,叉车司机（夜班）');
    const r = await importVacancies(database, e, { format: 'csv', data: changed }, opts({ today: '2026-12-05' }));
    expect(r).toMatchObject({ inserted: 0, updated: 1, unchanged: 1, embedded: 1 });
    const after = await stored();
    expect(after[0]).toEqual(before[0]);
    expect(after[1]!.title).toBe('叉车司机（夜班）');
    expect(after[1]!.postedOn).toBe(TODAY);
    expect(after[1]!.updatedAt.getTime()).toBeGreaterThan(before[1]!.updatedAt.getTime());
  });

  it('reports bad rows by line and field while the good rows land', async () => {
    const csv = [
      '岗位编号,岗位名称,用人单位,薪资下限,薪资上限,截止日期',
      'G1,仓库管理员,重庆临空物流有限公司,4000,5000,2027-01-31',
      'B1,仓库管理员,,4000,5000,2027-01-31',
      'B2,仓库管理员,重庆临空物流有限公司,6000,5000,2027-02-30',
      'G2,理货员,重庆临空物流有限公司,3500,4500,2027-01-31',
    ].join('\n');
    const r = await importVacancies(database, countingEmbedder(), { format: 'csv', data: csv }, opts());
    expect(r).toMatchObject({ received: 4, valid: 2, inserted: 2 });
    expect(r.errors).toEqual([
      { line: 3, field: 'employer', message: '用人单位：必填' },
      { line: 4, field: 'wageMax', message: '薪资上限：不能低于薪资下限' },
      { line: 4, field: 'expiresOn', message: expect.stringContaining('截止日期') },
    ]);
    expect((await stored()).map((s) => s.sourceId)).toEqual(['G1', 'G2']);
  });

  it('stops matching a row at once when its feed marks it withdrawn, without re-embedding', async () => {
    const e = countingEmbedder();
    await importVacancies(database, e, { format: 'json', data: [vacancy('W1'), vacancy('W2')] }, opts());
    expect(await ids()).toBe(2);
    const docs = e.documents;
    const r = await importVacancies(database, e, { format: 'json', data: [vacancy('W1', { status: '已下架' }), vacancy('W2')] }, opts());
    expect(r).toMatchObject({ updated: 1, unchanged: 1, withdrawn: 1, embedded: 0 });
    expect(e.documents).toBe(docs);
    expect(await ids()).toBe(1);
    expect((await stored())[0]).toMatchObject({ sourceId: 'W1', status: 'withdrawn', withdrawnBy: 'source' });
    const back = await importVacancies(database, e, { format: 'json', data: [vacancy('W1'), vacancy('W2')] }, opts());
    expect(back).toMatchObject({ reactivated: 1, embedded: 0 });
    expect(await ids()).toBe(2);
  });

  it('stops matching a row once its expiry date is past (the expiry day itself still matches)', async () => {
    await importVacancies(
      database,
      countingEmbedder(),
      { format: 'json', data: [vacancy('X1', { expiresOn: '2026-11-29', postedOn: '2026-11-01' }), vacancy('X2', { expiresOn: TODAY }), vacancy('X3', { expiresOn: null })] },
      opts(),
    );
    expect(await ids(TODAY)).toBe(2);
    expect(await ids('2026-12-01')).toBe(1);
    expect(await ids('2026-11-29')).toBe(3);
  });

  it('keeps a staff withdrawal across re-imports, even when the content changes, until staff restore it', async () => {
    const e = countingEmbedder();
    await importVacancies(database, e, { format: 'json', data: [vacancy('S1')] }, opts());
    const [row] = await database.db.select({ id: vacancies.id }).from(vacancies);
    expect(await setVacancyWithdrawn(database, { id: row!.id, withdrawn: true })).toMatchObject({ status: 'withdrawn', withdrawnBy: 'staff' });
    expect(await ids()).toBe(0);
    const same = await importVacancies(database, e, { format: 'json', data: [vacancy('S1')] }, opts());
    expect(same).toMatchObject({ unchanged: 1, reactivated: 0 });
    const changed = await importVacancies(database, e, { format: 'json', data: [vacancy('S1', { wageMax: 6500 })] }, opts());
    expect(changed).toMatchObject({ updated: 1, reactivated: 0 });
    expect((await stored())[0]).toMatchObject({ status: 'withdrawn', withdrawnBy: 'staff' });
    expect(await ids()).toBe(0);
    await setVacancyWithdrawn(database, { id: row!.id, withdrawn: false });
    expect(await ids()).toBe(1);
  });

  it('withdraws what a snapshot import leaves out, and brings it back when listed again', async () => {
    const e = countingEmbedder();
    await importVacancies(database, e, { format: 'json', data: [vacancy('A'), vacancy('B'), vacancy('C')] }, opts({ withdrawMissing: true }));
    const r = await importVacancies(database, e, { format: 'json', data: [vacancy('A'), vacancy('C')] }, opts({ withdrawMissing: true }));
    expect(r).toMatchObject({ unchanged: 2, withdrawn: 1 });
    expect((await stored()).map((s) => [s.sourceId, s.status, s.withdrawnBy])).toEqual([
      ['A', 'active', null],
      ['B', 'withdrawn', 'missing'],
      ['C', 'active', null],
    ]);
    // Another source's rows are not touched by this source's snapshot.
    await importVacancies(database, e, { format: 'json', data: [vacancy('Z')] }, { source: 'other', today: TODAY });
    const docs = e.documents;
    const back = await importVacancies(database, e, { format: 'json', data: [vacancy('A'), vacancy('B'), vacancy('C')] }, opts({ withdrawMissing: true }));
    expect(back).toMatchObject({ reactivated: 1, embedded: 0 });
    expect(e.documents).toBe(docs);
    expect(await ids()).toBe(4);
  });

  it('withdraws nothing by a snapshot that could not be read whole, nor by a row it could not read', async () => {
    const e = countingEmbedder();
    await importVacancies(database, e, { format: 'json', data: [vacancy('A'), vacancy('B')] }, opts());
    const broken = await importVacancies(database, e, { format: 'json', data: '[{"sourceId": "A", ' }, opts({ withdrawMissing: true }));
    expect(broken).toMatchObject({ withdrawn: 0, errors: [{ field: '(file)' }] });
    const badRow = await importVacancies(database, e, { format: 'json', data: [vacancy('A'), vacancy('B', { employer: '' })] }, opts({ withdrawMissing: true }));
    expect(badRow).toMatchObject({ withdrawn: 0, unchanged: 1 });
    expect(await ids()).toBe(2);
  });

  it('re-embeds every row when the embedding model changes', async () => {
    await importVacancies(database, countingEmbedder(), { format: 'json', data: [vacancy('M1'), vacancy('M2')] }, opts());
    const other = countingEmbedder('local-hash-v2');
    const r = await importVacancies(database, other, { format: 'json', data: [vacancy('M1'), vacancy('M2')] }, opts());
    expect(r).toMatchObject({ updated: 2, embedded: 2 });
    const models = await database.rows<{ m: string }>(sql`select distinct embedding_model as m from vacancies`);
    expect(models).toEqual([{ m: 'local-hash-v2' }]);
  });

  it('writes nothing when the database refuses part of an import: one transaction', async () => {
    const e = countingEmbedder();
    const broken = {
      ...e,
      model: e.model,
      embedDocuments: async (texts: string[]) => (await e.embedDocuments(texts)).map((v, i) => (i === texts.length - 1 ? v.slice(0, 10) : v)),
      embedQuery: e.embedQuery,
    };
    const rows = Array.from({ length: 450 }, (_, i) => vacancy(`T${i}`));
    await expect(importVacancies(database, broken, { format: 'json', data: rows }, opts())).rejects.toThrow();
    expect(await database.db.$count(vacancies)).toBe(0);
  });
});
