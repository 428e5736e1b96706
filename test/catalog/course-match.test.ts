import { describe, expect, it } from 'vitest';
import { courseStage, recommendCourses, type CourseCandidate } from '../../server/catalog/course-match.ts';
import { COURSE_WEIGHTS } from '../../server/catalog/match-weights.ts';
import type { Person } from '../../server/rules/facts.ts';

const asOf = '2026-11-30';
let n = 0;
const course = (extra: Partial<CourseCandidate> = {}): CourseCandidate => ({
  id: `c${++n}`,
  title: '网络营销师（初级）培训班',
  provider: '重庆仙桃数智职业培训学校',
  category: '网络营销',
  description: '网店运营、搜索推广、社群营销',
  street: '仙桃街道',
  address: null,
  startsOn: '2026-12-10',
  endsOn: '2026-12-30',
  subsidised: true,
  fee: null,
  seats: 30,
  contact: null,
  suitableGroups: [],
  status: 'active',
  isDemo: true,
  similarity: 0.3,
  ...extra,
});
const recommend = (person: Person, candidates: CourseCandidate[], interest?: string) => recommendCourses({ person, interest, candidates, asOf, k: 10 });

const GYB = course({ id: 'gyb', title: '创业意识培训（GYB）', category: '创业培训GYB' });
const SYB = course({ id: 'syb', title: '创办你的企业培训（SYB）', category: '创业培训SYB' });
const IYB = course({ id: 'iyb', title: '改善你的企业培训（IYB）', category: '创业培训IYB' });
const ONLINE = course({ id: 'online', title: '网络创业培训', category: '网络创业培训' });

describe('course recommendation', () => {
  it('knows the 创业培训 of 二（二）1 by title or category', () => {
    expect([GYB, SYB, IYB, ONLINE, course()].map(courseStage)).toEqual(['gyb', 'syb', 'iyb', 'online', undefined]);
  });

  it('fits 创业培训 to the seeker’s stage: GYB for graduates, SYB and 网络创业 to start, IYB with a business', () => {
    const stageOf = (person: Person) =>
      recommend(person, [GYB, SYB, IYB, ONLINE])
        .matches.filter((m) => m.breakdown.some((c) => c.criterion === 'startupStage'))
        .map((m) => m.course.id)
        .sort();
    expect(stageOf({ isCollegeGraduate: true })).toEqual(['gyb']);
    expect(stageOf({ wantsStartup: true })).toEqual(['online', 'syb']);
    expect(stageOf({ business: { form: 'individual', startedOn: '2025-05-01' } })).toEqual(['iyb']);
    const m = recommend({ wantsStartup: true }, [SYB]).matches[0]!;
    expect(m.reasons).toContain('创办你的企业培训（SYB），适合您目前的创业阶段');
  });

  it('leaves out 创业培训 for a seeker who said they do not want to start a business', () => {
    const r = recommend({ wantsStartup: false }, [GYB, SYB, course()]);
    expect(r.matches.map((m) => m.course.id)).toEqual([expect.stringMatching(/^c/)]);
    expect(r.excluded.startup).toBe(2);
  });

  it('leaves out withdrawn and finished courses', () => {
    const r = recommend({}, [course({ status: 'withdrawn' }), course({ endsOn: '2026-11-29' }), course({ endsOn: asOf })]);
    expect(r.suitable).toBe(1);
    expect(r.excluded).toMatchObject({ withdrawn: 1, ended: 1 });
  });

  it('counts a course unrelated to what the seeker wants to learn as unsuitable', () => {
    const r = recommend({}, [course({ id: 'elec', title: '低压电工作业培训', category: '电工', similarity: 0.3 }), course({ id: 'cook', title: '中式面点师培训班', category: '中式面点', similarity: 0.2 })], '电工');
    expect(r.matches.map((m) => m.course.id)).toEqual(['elec']);
    expect(r.matches[0]!.reasons).toContain('课程内容包含您提到的“电工”');
    expect(r.excluded.irrelevant).toBe(1);
  });

  it('explains subsidised training for 一生一困 seekers and “智能+技能” courses for graduates, with their weights', () => {
    const graduate: Person = { isCollegeGraduate: true, wantsStartup: false };
    const m = recommend(graduate, [course()]).matches[0]!;
    expect(m.reasons).toEqual(['补贴性培训，“一生一困”人员可按规定申请职业培训补贴', '“智能+技能”新职业培训（网络营销、现代服务、大数据、智能化）']);
    expect(m.score).toBeCloseTo(COURSE_WEIGHTS.subsidised + COURSE_WEIGHTS.newSkills, 4);
    const paid = recommend(graduate, [course({ subsidised: false, fee: 3200 })]).matches[0]!;
    expect(m.score - paid.score).toBeCloseTo(COURSE_WEIGHTS.subsidised, 4);
    expect(paid.notes).toContain('培训费用 3200元');
  });
});
