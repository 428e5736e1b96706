import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../server/db/client.ts';
import { trainingCourses } from '../../server/db/schema/index.ts';
import { courseCandidates } from '../../server/catalog/candidates.ts';
import { importCourses } from '../../server/catalog/course-import.ts';
import { embedLocal } from '../../server/embeddings/local.ts';
import { openTestDatabase } from '../support/db.ts';
import { countingEmbedder } from './support.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase({ corpus: false });
});
afterAll(() => database?.close());

const TODAY = '2026-11-30';
const CSV = [
  '课程编号,课程名称,培训机构,培训类别,课程简介,镇街,开班日期,结束日期,补贴性培训,适合人群',
  'K1,创办你的企业培训（SYB）,重庆临空创业培训学校,创业培训SYB,创业计划书与财务计划,两路,2026-12-10,2026-12-19,是,高校毕业生、就业困难人员',
  'K2,养老护理员（初级）培训班,重庆渝北康养职业培训学校,养老护理,老年人生活照料,龙溪街道,2026-10-01,2026-11-20,是,“4050”人员',
  'K3,,某学校,电工,,,,,,',
].join('\n');
const open = async (asOf = TODAY) => (await courseCandidates(database, { vector: embedLocal('培训'), limit: 50, asOf })).map((c) => c.title);

describe(`course import on ${inject('databaseUnderTest')}`, () => {
  it('lands good rows, reports bad ones, and a re-import changes nothing', async () => {
    const e = countingEmbedder();
    const r = await importCourses(database, e, { format: 'csv', data: CSV }, { source: 'centre', today: TODAY });
    expect(r).toMatchObject({ received: 3, valid: 2, inserted: 2, embedded: 2, errors: [{ line: 4, field: 'title', message: '课程名称：必填' }] });
    const [k1] = await database.db.select().from(trainingCourses).orderBy(trainingCourses.sourceId);
    expect(k1).toMatchObject({ street: '两路街道', subsidised: true, suitableGroups: ['graduate', 'difficulty'], startsOn: '2026-12-10', isDemo: false });
    const before = await database.db.select({ u: trainingCourses.updatedAt }).from(trainingCourses).orderBy(trainingCourses.sourceId);
    const again = await importCourses(database, e, { format: 'csv', data: CSV }, { source: 'centre', today: TODAY });
    expect(again).toMatchObject({ unchanged: 2, embedded: 0 });
    expect(e.calls).toBe(1);
    expect(await database.db.select({ u: trainingCourses.updatedAt }).from(trainingCourses).orderBy(trainingCourses.sourceId)).toEqual(before);
  });

  it('stops offering a course once it has ended or is withdrawn', async () => {
    expect(await open()).toEqual(['创办你的企业培训（SYB）']);
    expect((await open('2026-11-20')).sort()).toEqual(['养老护理员（初级）培训班', '创办你的企业培训（SYB）'].sort());
    const r = await importCourses(database, countingEmbedder(), { format: 'json', data: [{ 课程编号: 'K1', 课程名称: '创办你的企业培训（SYB）', 培训机构: '重庆临空创业培训学校', 培训类别: '创业培训SYB', 状态: '已下架' }] }, { source: 'centre', today: TODAY });
    expect(r.withdrawn).toBe(1);
    expect(await open()).toEqual([]);
  });
});
