import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../server/db/client.ts';
import { trainingCourses, vacancies } from '../../server/db/schema/index.ts';
import { readCourses } from '../../server/catalog/course-import.ts';
import { generateDemoCourses, generateDemoVacancies } from '../../server/catalog/demo-data.ts';
import { DEMO_VACANCY_COUNT, loadDemoDataIfEmpty } from '../../server/catalog/demo-load.ts';
import { YUBEI_STREETS } from '../../server/catalog/streets.ts';
import { readVacancies } from '../../server/catalog/vacancy-import.ts';
import { openTestDatabase } from '../support/db.ts';
import { countingEmbedder } from './support.ts';

const asOf = '2026-11-30';

describe('demo data generator', () => {
  it('is deterministic: the same seed and day give the same rows, another seed other rows', () => {
    expect(generateDemoVacancies({ count: 200, asOf })).toEqual(generateDemoVacancies({ count: 200, asOf }));
    expect(generateDemoVacancies({ count: 50, asOf, seed: 7 })).not.toEqual(generateDemoVacancies({ count: 50, asOf }));
    expect(generateDemoCourses({ asOf })).toEqual(generateDemoCourses({ asOf }));
    // A smaller size is a prefix of a larger one, so benchmark sizes nest.
    expect(generateDemoVacancies({ count: 1000, asOf }).slice(0, 200)).toEqual(generateDemoVacancies({ count: 200, asOf }));
  });

  it('makes realistic Yubei posts: real 镇街, CNY monthly wages, every kind of post, all live on the day', () => {
    const rows = generateDemoVacancies({ count: 2000, asOf });
    expect(new Set(rows.map((r) => r.sourceId)).size).toBe(2000);
    for (const r of rows) {
      expect(YUBEI_STREETS).toContain(r.street);
      expect(r.address).toContain(`渝北区${r.street}`);
      expect(r.postedOn <= asOf && r.expiresOn > asOf).toBe(true);
      if (r.wageMin !== null) expect(r.wageMin >= 1500 && r.wageMax! <= 20_000 && r.wageMin <= r.wageMax!).toBe(true);
    }
    expect(new Set(rows.map((r) => r.street)).size).toBe(YUBEI_STREETS.length);
    expect(new Set(rows.map((r) => r.workType))).toEqual(new Set(['full_time', 'part_time', 'internship', 'grassroots', 'public_welfare']));
    const airport = rows.filter((r) => /机场|航空货运/.test(r.title));
    expect(airport.length).toBeGreaterThan(10);
    expect(new Set(airport.map((r) => r.street))).toEqual(new Set(['两路街道', '双凤桥街道', '宝圣湖街道']));
    expect(rows.filter((r) => r.title === '温泉酒店服务员').every((r) => r.street === '统景镇' && r.employer.includes('统景'))).toBe(true);
    expect(rows.some((r) => r.street === '仙桃街道' && /开发|数据|测试/.test(r.title))).toBe(true);
    expect(rows.some((r) => r.street === '龙兴镇' && /汽车|装配|机器人/.test(r.title))).toBe(true);
  });

  it('passes its own importer without a single error, and so do the ~40 courses', () => {
    const v = readVacancies({ format: 'json', data: generateDemoVacancies({ count: 1000, asOf }) });
    expect(v.errors).toEqual([]);
    const courses = generateDemoCourses({ asOf });
    expect(courses.length).toBeGreaterThanOrEqual(38);
    const c = readCourses({ format: 'json', data: courses });
    expect(c.errors).toEqual([]);
    const categories = new Set(courses.map((x) => x.category));
    for (const k of ['网络营销', '电子商务直播', '大数据', '智能制造', '养老护理', '育婴', '中式烹调', '电工', '创业培训GYB', '创业培训SYB', '创业培训IYB']) expect(categories).toContain(k);
  });
});

describe(`demo data on first start (${inject('databaseUnderTest')})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase({ corpus: false });
  });
  afterAll(() => database?.close());

  it('is loaded into an empty database once, marked as demo, and never again', async () => {
    const e = countingEmbedder();
    const first = await loadDemoDataIfEmpty(database, e, { asOf });
    expect(first.vacancies).toMatchObject({ inserted: DEMO_VACANCY_COUNT, errors: [] });
    expect(first.courses?.inserted).toBeGreaterThanOrEqual(38);
    expect(await database.db.$count(vacancies)).toBe(DEMO_VACANCY_COUNT);
    const flags = await database.db.selectDistinct({ demo: vacancies.isDemo, source: vacancies.source }).from(vacancies);
    expect(flags).toEqual([{ demo: true, source: 'demo' }]);
    const calls = e.calls;
    expect(await loadDemoDataIfEmpty(database, e, { asOf: '2027-01-15' })).toEqual({});
    expect(e.calls).toBe(calls);
    expect(await database.db.$count(trainingCourses)).toBe(first.courses!.inserted);
  });
});
