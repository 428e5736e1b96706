import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../server/db/client.ts';
import { trainingCourses, vacancies } from '../../server/db/schema/index.ts';
import { localEmbedder } from '../../server/embeddings/local.ts';
import { courseCandidates, vacancyCandidates } from '../../server/catalog/candidates.ts';
import { generateDemoVacancies } from '../../server/catalog/demo-data.ts';
import { DEMO_VACANCY_COUNT, loadDemoDataIfEmpty } from '../../server/catalog/demo-load.ts';
import { matchVacanciesForPerson, recommendCoursesForPerson } from '../../server/catalog/recommend.ts';
import { importVacancies } from '../../server/catalog/vacancy-import.ts';
import { EDUCATION_RANK } from '../../server/catalog/vocabulary.ts';
import type { Person } from '../../server/rules/facts.ts';
import { openTestDatabase } from '../support/db.ts';
import { vacancy } from './support.ts';

const asOf = '2026-11-30';
const embedder = localEmbedder();
let demo: Database;
let small: Database;
beforeAll(async () => {
  [demo, small] = await Promise.all([openTestDatabase({ corpus: false }), openTestDatabase({ corpus: false })]);
  await loadDemoDataIfEmpty(demo, embedder, { asOf });
});
afterAll(async () => {
  await demo?.close();
  await small?.close();
});

const match = (database: Database, person: Person, k = 5) => matchVacanciesForPerson({ database, embedder }, { person, k, asOf });

describe(`matching on the demo data (${inject('databaseUnderTest')})`, () => {
  it('gives a graduate looking for software testing at least three explained, demo-marked posts', async () => {
    const r = await match(demo, { isCollegeGraduate: true, education: 'bachelor', graduationDate: '2026-06-30', employmentStatus: 'unemployed', jobIntent: '软件测试', major: '软件工程' });
    expect(r.shortfall).toBeUndefined();
    expect(r.matches.length).toBe(5);
    for (const m of r.matches) {
      expect(m).toMatchObject({ demo: true, vacancyId: expect.any(String), title: expect.stringContaining('测试'), employer: expect.any(String) });
      expect(m.reasons.length).toBeGreaterThan(0);
      expect(m.score).toBeCloseTo(m.breakdown.reduce((s, c) => s + c.points, 0), 4);
    }
    expect(r.matches[0]!.reasons).toContain('见习岗位，适合离校未就业毕业生');
    for (let i = 1; i < r.matches.length; i++) expect(r.matches[i - 1]!.score).toBeGreaterThanOrEqual(r.matches[i]!.score);
  });

  it('gives a 低保 family member with junior-high education only posts they can take', async () => {
    const r = await match(demo, { dibaoFamily: true, education: 'junior_high', preferredStreet: '回兴' }, 20);
    expect(r.matches.length).toBeGreaterThanOrEqual(3);
    for (const m of r.matches) expect(m.educationMin === null || EDUCATION_RANK[m.educationMin as 'junior_high'] <= 0).toBe(true);
    expect(r.matches[0]!.reasons).toContain('公益性岗位，面向就业困难人员');
    expect(r.matches.some((m) => m.reasons.includes('位于渝北区回兴街道'))).toBe(true);
  });

  it('reports honestly when nothing fits, with the counsellor path, and pads nothing', async () => {
    const r = await match(demo, { jobIntent: '飞行员', education: 'bachelor' });
    expect(r.matches).toEqual([]);
    expect(r.shortfall).toEqual({
      found: 0,
      wanted: 3,
      reason: expect.stringMatching(/^目前没有找到适合您的在招岗位：\d+个岗位与您的求职意向、技能或专业不相关$/),
      counsellor: expect.stringContaining('区就业和人才中心职业指导科'),
    });
  });

  it('widens the HNSW search to the number of candidates asked for, under SQL filters', async () => {
    const open = generateDemoVacancies({ count: DEMO_VACANCY_COUNT, asOf }).filter((v) => v.educationMin === null || v.educationMin === 'junior_high').length;
    expect(open).toBeLessThan(DEMO_VACANCY_COUNT / 2);
    // The filter removes most rows; the iterative index scan still finds every one that passes.
    const candidates = await vacancyCandidates(demo, { vector: await embedder.embedQuery('仓库管理员'), limit: 300, asOf, education: 'junior_high' });
    expect(candidates).toHaveLength(open);
    for (const c of candidates) expect(c.educationMin === null || c.educationMin === 'junior_high').toBe(true);
    for (let i = 1; i < candidates.length; i++) expect(candidates[i - 1]!.similarity).toBeGreaterThanOrEqual(candidates[i]!.similarity - 0.05);
    const courses = await courseCandidates(demo, { vector: await embedder.embedQuery('养老护理'), limit: 200, asOf });
    expect(courses).toHaveLength(40);
  });

  it('recommends 创业培训 to a graduate who wants to start a business, and courses by interest', async () => {
    const startup = await recommendCoursesForPerson({ database: demo, embedder }, { person: { isCollegeGraduate: true, wantsStartup: true }, k: 5, asOf });
    expect(startup.shortfall).toBeUndefined();
    expect(startup.matches[0]!.reasons).toContain('创办你的企业培训（SYB），适合您目前的创业阶段');
    expect(startup.matches.every((m) => m.demo)).toBe(true);
    const care = await recommendCoursesForPerson({ database: demo, embedder }, { person: {}, interest: '养老护理', k: 3, asOf });
    expect(care.matches[0]!.title).toContain('养老护理员');
  });
});

describe(`shortfall reasons (${inject('databaseUnderTest')})`, () => {
  it('says the library is empty when it is', async () => {
    const r = await match(small, {});
    expect(r).toMatchObject({ matches: [], shortfall: { found: 0, wanted: 3, reason: '目前没有找到适合您的在招岗位：岗位库中暂无在招岗位' } });
    const c = await recommendCoursesForPerson({ database: small, embedder }, { person: {}, k: 3, asOf });
    expect(c.shortfall?.reason).toBe('目前没有找到适合您的培训课程：课程库中暂无可报名的课程');
  });

  it('counts the posts out of reach across the whole table, by reason', async () => {
    await importVacancies(
      small,
      embedder,
      {
        format: 'json',
        data: [
          vacancy('B1', { educationMin: 'bachelor' }),
          vacancy('B2', { educationMin: 'master' }),
          vacancy('OK', { educationMin: null }),
          vacancy('P1', { educationMin: null, workType: 'public_welfare' }),
          vacancy('EX', { educationMin: null, excludedGroups: ['veteran'] }),
          vacancy('OLD', { educationMin: null, expiresOn: '2026-11-01', postedOn: '2026-10-01' }),
          vacancy('WD', { educationMin: null, status: 'withdrawn' }),
        ],
      },
      { source: 'test', today: asOf },
    );
    const notDifficulty: Person = { education: 'associate', veteran: true, recognisedDifficultyPerson: false, dibaoFamily: false, zeroEmploymentFamily: false, povertyAlleviated: false, disabled: false, fromEliminatedCapacityEnterprise: false, isCollegeGraduate: false };
    // A veteran is in employment difficulty in Chongqing's list, so public-welfare posts stay open to them.
    const r = await match(small, { ...notDifficulty, veteran: false, registeredUnemployed: false });
    expect(r.matches.map((m) => m.title)).toEqual(['仓库管理员', '仓库管理员']);
    expect(r.shortfall).toMatchObject({ found: 2, wanted: 3, reason: '目前只找到2个适合您的在招岗位：2个岗位的学历要求高于您的学历；1个岗位仅面向特定人群（见习、公益性或基层岗位）' });
    const veteran = await match(small, { education: 'associate', veteran: true });
    expect(veteran.shortfall?.reason).toBe('目前只找到2个适合您的在招岗位：2个岗位的学历要求高于您的学历；1个岗位注明不适合您所属的人群');
    expect(await small.db.$count(vacancies)).toBe(7);
    expect(await small.db.$count(trainingCourses)).toBe(0);
  });
});
