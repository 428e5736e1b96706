import { describe, expect, it } from 'vitest';
import { matchVacancies, type VacancyCandidate } from '../../server/catalog/match.ts';
import { MIN_SIMILARITY, VACANCY_WEIGHTS } from '../../server/catalog/match-weights.ts';
import type { Person } from '../../server/rules/facts.ts';

const asOf = '2026-11-30';
let n = 0;
const post = (extra: Partial<VacancyCandidate> = {}): VacancyCandidate => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  title: '仓库管理员',
  employer: '重庆临空物流有限公司',
  description: '负责货物出入库登记和盘点',
  district: '渝北区',
  street: '两路街道',
  address: null,
  educationMin: null,
  majors: [],
  skills: [],
  wageMin: 4500,
  wageMax: 6000,
  headcount: 2,
  workType: 'full_time',
  suitableGroups: [],
  excludedGroups: [],
  contact: null,
  postedOn: '2026-11-20',
  expiresOn: '2027-01-31',
  status: 'active',
  isDemo: false,
  similarity: 0.3,
  ...extra,
});
const match = (person: Person, candidates: VacancyCandidate[], k = 10) => matchVacancies({ person, candidates, asOf, k });
const only = (person: Person, candidate: VacancyCandidate) => match(person, [candidate]).matches[0];

/** A graduate of June 2026, not working: 离校未就业高校毕业生 on 2026-11-30. */
const graduate: Person = { isCollegeGraduate: true, education: 'bachelor', graduationDate: '2026-06-30', employmentStatus: 'unemployed' };
/** A 46-year-old woman, registered unemployed: “4050” and so 就业困难人员. */
const fourFifty: Person = { birthDate: '1980-03-01', gender: 'female', registeredUnemployed: true, education: 'high_school' };

describe('hard filters: a post the seeker cannot take is never shown', () => {
  it('leaves out withdrawn posts and posts expired before the day asked about (the expiry day still counts)', () => {
    const r = match({}, [post({ status: 'withdrawn' }), post({ expiresOn: '2026-11-29' }), post({ expiresOn: asOf }), post({ expiresOn: null })]);
    expect(r.matches.map((m) => m.vacancy.expiresOn)).toEqual(expect.arrayContaining([asOf, null]));
    expect(r.suitable).toBe(2);
    expect(r.excluded).toMatchObject({ withdrawn: 1, expired: 1 });
  });

  it('leaves out posts asking for more education than the seeker has; 中专 meets 高中', () => {
    const person: Person = { education: 'associate' };
    const r = match(person, [post({ educationMin: 'bachelor' }), post({ educationMin: 'associate' }), post({ educationMin: 'high_school' })]);
    expect(r.matches.map((m) => m.vacancy.educationMin).sort()).toEqual(['associate', 'high_school']);
    expect(r.excluded.education).toBe(1);
    expect(match({ education: 'vocational' }, [post({ educationMin: 'high_school' })]).suitable).toBe(1);
    expect(match({ education: 'high_school' }, [post({ educationMin: 'vocational' })]).suitable).toBe(1);
  });

  it('does not guess an unknown education: the post is shown with a note to confirm', () => {
    const m = only({}, post({ educationMin: 'associate' }))!;
    expect(m.notes).toContain('要求大专及以上学历，请确认您的学历');
    expect(m.breakdown.map((c) => c.criterion)).not.toContain('education');
  });

  it('leaves out a post that explicitly excludes a group the seeker belongs to', () => {
    const r = match({ disabled: true }, [post({ excludedGroups: ['disabled'] }), post()]);
    expect(r.suitable).toBe(1);
    expect(r.excluded.excludedGroup).toBe(1);
    expect(match({}, [post({ excludedGroups: ['disabled'] })]).suitable).toBe(1);
  });

  it('leaves out 见习, 公益性 and 基层 posts for a seeker known not to qualify, and notes them when unknown', () => {
    const employedVeteranOf40: Person = { birthDate: '1986-01-01', isCollegeGraduate: false, education: 'high_school', employmentStatus: 'employed', hukou: 'chongqing' };
    const restricted = [post({ workType: 'internship' }), post({ workType: 'public_welfare' })];
    const known = match({ ...employedVeteranOf40, dibaoFamily: false, zeroEmploymentFamily: false, disabled: false, veteran: false, povertyAlleviated: false, fromEliminatedCapacityEnterprise: false, registeredUnemployed: false }, restricted);
    expect(known.suitable).toBe(0);
    expect(known.excluded.restricted).toBe(2);
    const unknown = match({}, restricted);
    expect(unknown.suitable).toBe(2);
    expect(unknown.matches.flatMap((m) => m.notes)).toEqual(
      expect.arrayContaining([expect.stringContaining('见习岗位面向离校2年内未就业高校毕业生'), expect.stringContaining('公益性岗位须经认定为就业困难人员')]),
    );
  });
});

describe('scores are explained by their reasons', () => {
  it('writes the reasons a seeker reads', () => {
    const m = only({ ...graduate, preferredStreet: '两路' }, post({ workType: 'internship', educationMin: 'associate', suitableGroups: ['unemployed_graduate'] }))!;
    expect(m.reasons).toEqual(['面向离校未就业高校毕业生，与您的情况相符', '见习岗位，适合离校未就业毕业生', '位于渝北区两路街道', '学历符合：本科≥大专']);
    const p = only(fourFifty, post({ workType: 'public_welfare', suitableGroups: ['4050', 'difficulty'] }))!;
    expect(p.reasons).toEqual(['面向“4050”人员、就业困难人员，与您的情况相符', '公益性岗位，面向就业困难人员']);
  });

  it('has one reason per criterion that earned points, and a score that is their sum', () => {
    const person: Person = { ...graduate, jobIntent: '仓库管理', skills: ['叉车', '仓储管理'], preferredStreet: '两路街道', expectedWage: 5000, desiredWorkTypes: ['full_time'] };
    const m = only(person, post({ educationMin: 'associate', skills: ['叉车', '仓储管理'], suitableGroups: ['graduate'] }))!;
    expect(m.breakdown.map((c) => c.criterion)).toEqual(['semantic', 'keywords', 'group', 'workType', 'location', 'skills', 'education', 'wage']);
    expect(m.reasons).toEqual(m.breakdown.map((c) => c.reason));
    expect(m.score).toBeCloseTo(m.breakdown.reduce((s, c) => s + c.points, 0), 10);
    for (const c of m.breakdown) expect(c.points).toBeCloseTo(c.weight * c.value, 4);
    expect(m.breakdown.find((c) => c.criterion === 'semantic')).toMatchObject({ value: 0.3, points: 0.075 });
    expect(m.score).toBeCloseTo(1 - VACANCY_WEIGHTS.semantic * 0.7, 4);
  });

  it.each([
    ['location', { preferredStreet: '两路街道' }],
    ['education', { education: 'bachelor' }],
    ['wage', { expectedWage: 5000 }],
    ['workType', { desiredWorkTypes: ['full_time'] }],
    ['group', { veteran: true }],
    ['skills', { skills: ['叉车', '仓储管理'] }],
  ] as const)('removing the %s fact lowers the score by exactly that criterion’s weight', (criterion, fact) => {
    const base: Person = { jobIntent: '仓库管理', birthDate: '1990-01-01' };
    const candidate = post({ educationMin: 'associate', suitableGroups: ['veteran'], skills: ['叉车', '仓储管理'] });
    const withIt = only({ ...base, ...fact } as Person, candidate)!;
    const without = only(base, candidate)!;
    expect(withIt.score - without.score).toBeCloseTo(VACANCY_WEIGHTS[criterion], 4);
    const gained = withIt.reasons.filter((r) => !without.reasons.includes(r));
    expect(gained).toHaveLength(1);
    expect(withIt.breakdown.find((c) => c.reason === gained[0])!.criterion).toBe(criterion);
  });

  it('ranks by score, then similarity, then the newest post, whatever the candidates’ order', () => {
    const candidates = [
      post({ id: 'a', street: '回兴街道', similarity: 0.5 }),
      post({ id: 'b', street: '两路街道', similarity: 0.3 }),
      post({ id: 'c', street: '回兴街道', similarity: 0.5, postedOn: '2026-11-25' }),
      post({ id: 'd', street: '回兴街道', similarity: 0.6 }),
    ];
    const person: Person = { jobIntent: '仓库管理员', preferredStreet: '两路' };
    const order = match(person, candidates).matches.map((m) => m.vacancy.id);
    expect(order).toEqual(['b', 'd', 'c', 'a']);
    expect(match(person, [...candidates].reverse()).matches.map((m) => m.vacancy.id)).toEqual(order);
  });

  it('returns at most k matches but counts every suitable post', () => {
    const r = match({}, Array.from({ length: 8 }, () => post()), 3);
    expect(r.matches).toHaveLength(3);
    expect(r.suitable).toBe(8);
    expect(r.considered).toBe(8);
  });

  it('notes a wage below the seeker’s expectation or 面议 without points, and a post closing within a week', () => {
    const low = only({ expectedWage: 7000 }, post({ expiresOn: '2026-12-03' }))!;
    expect(low.breakdown).toEqual([]);
    expect(low.notes).toEqual(['薪资4500–6000元/月，低于您期望的7000元/月', '报名截止 2026-12-03']);
    expect(only({ expectedWage: 7000 }, post({ wageMin: null, wageMax: null }))!.notes).toEqual(['薪资面议']);
  });
});

describe('relevance: when the seeker said what they want, unrelated posts are not suitable', () => {
  it('keeps posts with word evidence, a shared skill or a high similarity, and counts the rest as unrelated', () => {
    const person: Person = { jobIntent: '软件测试', skills: ['Python'] };
    const r = match(person, [
      post({ id: 'words', title: '软件测试工程师', similarity: 0.2 }),
      post({ id: 'skill', title: '数据分析专员', skills: ['Python', 'SQL'], similarity: 0.05 }),
      post({ id: 'similar', title: '质量保证工程师', similarity: MIN_SIMILARITY }),
      post({ id: 'chance', title: '质检员', similarity: 0.25 }),
      post({ id: 'none', title: '厨师', similarity: 0.01 }),
    ]);
    expect(r.matches.map((m) => m.vacancy.id).sort()).toEqual(['similar', 'skill', 'words']);
    expect(r.excluded.irrelevant).toBe(2);
  });

  it('without a stated intent, every post that passes the filters is suitable and similarity earns nothing', () => {
    const r = match({ education: 'bachelor' }, [post({ similarity: 0.9, postedOn: '2026-11-01' }), post({ similarity: 0.1, postedOn: '2026-11-29' })]);
    expect(r.suitable).toBe(2);
    expect(r.matches.map((m) => m.score)).toEqual([0, 0]);
    expect(r.matches[0]!.vacancy.postedOn).toBe('2026-11-29');
  });
});
