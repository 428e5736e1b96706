/**
 * Every derived fact in one place. Each yes/no derived fact is a `Fact`: its `value` is
 * `boolean | undefined` (undefined = unknown) and `missing` names the input facts that would settle
 * it, so a benefit can say what to ask instead of answering no. They compose with `all`/`any` from
 * logic.ts. `on` is the date a person is judged on: asOf for the seeker, the hire date for a hire.
 * `at` is where the person sits in the request (`person`, `employer.hires.0.person`), for the paths.
 */
import type { Business, Employer, Facts, Hire, Person } from './facts.ts';
import { addMonths, fullMonthsBetween, fullYearsBetween, yearOf } from './dates.ts';
import { all, any, fact, FALSE, given, TRUE, uniq, type Fact, type Tri } from './logic.ts';
import { paramValue, type Industry, type RetirementRule } from './parameters/index.ts';

// ── age, “4050”, working age ───────────────────────────────────────────────────────────────────

/** Age in whole years on `on` (the birthday completes the year); `age` is used when no birth date is given. */
export function ageOn(p: Person, on: string): number | undefined {
  return p.birthDate ? fullYearsBetween(p.birthDate, on) : p.age;
}

/** “4050”: women aged 40 and over, men aged 50 and over, on `on` (for hires: on the hire date). */
export function is4050(p: Person, on: string, at = 'person'): Fact {
  const { female, male } = paramValue('fourFiftyAge', on);
  const age = ageOn(p, on);
  if (age === undefined) return fact(undefined, [`${at}.birthDate`]);
  if (age >= Math.max(female, male)) return TRUE;
  if (age < Math.min(female, male)) return FALSE;
  if (!p.gender) return fact(undefined, [`${at}.gender`]);
  return fact(age >= (p.gender === 'female' ? female : male));
}

const monthIndex = (yyyyMm: string) => Number(yyyyMm.slice(0, 4)) * 12 + Number(yyyyMm.slice(5, 7)) - 1;

/** Months of delay for a birth date under a retirement rule (the 2025 reform counts by birth month). */
export function retirementDelayMonths(birthDate: string, rule: RetirementRule): number {
  if (!rule.delay) return 0;
  const offset = monthIndex(birthDate) - monthIndex(rule.delay.bornFrom);
  if (offset < 0) return 0;
  return Math.min(rule.delay.maxMonths, Math.floor(offset / rule.delay.step) + 1);
}

/** The day a person born on `birthDate` reaches statutory retirement age under the given original age. */
export function retirementDate(birthDate: string, base: 50 | 55 | 60, on: string): string {
  const rule = paramValue('retirement', on).find((r) => r.base === base)!;
  return addMonths(birthDate, base * 12 + retirementDelayMonths(birthDate, rule));
}

/**
 * 在法定劳动年龄内: aged 16 or over and not yet at statutory retirement age. The retirement age
 * depends on gender and, for women, on the original age (50 for workers, 55 for cadres), then on
 * the 2025 gradual delay by birth month. Candidates that disagree leave the answer unknown and name
 * the fact that would decide it.
 */
export function withinWorkingAge(p: Person, on: string, at = 'person'): Fact {
  const age = ageOn(p, on);
  if (age === undefined) return fact(undefined, [`${at}.birthDate`]);
  if (age < paramValue('minimumWorkingAge', on)) return FALSE;
  const bases: (50 | 55 | 60)[] = p.originalRetirementAge
    ? [p.originalRetirementAge]
    : p.gender === 'male'
      ? [60]
      : p.gender === 'female'
        ? [50, 55]
        : [50, 55, 60];
  const maxDelayYears = Math.max(...paramValue('retirement', on).map((r) => (r.delay?.maxMonths ?? 0) / 12));
  const verdicts: Tri[] = bases.map((base) => {
    if (p.birthDate) return on < retirementDate(p.birthDate, base, on);
    if (age < base) return true;
    if (age >= base + maxDelayYears) return false;
    return undefined;
  });
  if (verdicts.every((x) => x === true)) return TRUE;
  if (verdicts.every((x) => x === false)) return FALSE;
  const missing: string[] = [];
  if (verdicts.includes(undefined)) missing.push(`${at}.birthDate`);
  if (bases.length > 1) missing.push(p.gender ? `${at}.originalRetirementAge` : `${at}.gender`);
  return fact(undefined, uniq(missing));
}

// ── school, graduation, 应届 ──────────────────────────────────────────────────────────────────

/** 高校毕业生: as stated, or from education (大专 and above yes; 初中/高中 no; 中职/技校 ask). */
export function isCollegeGraduate(p: Person, at = 'person'): Fact {
  if (p.isCollegeGraduate !== undefined) return fact(p.isCollegeGraduate);
  switch (p.education) {
    case 'associate':
    case 'bachelor':
    case 'master':
    case 'doctor':
      return TRUE;
    case 'junior_high':
    case 'high_school':
      return FALSE;
    default:
      return fact(undefined, [`${at}.isCollegeGraduate`]);
  }
}

export const leftSchoolOn = (p: Person): string | undefined => p.leftSchoolDate ?? p.graduationDate;

/** Whole months since leaving school; negative before leaving. */
export function monthsSinceLeavingSchool(p: Person, on: string): number | undefined {
  const left = leftSchoolOn(p);
  return left ? fullMonthsBetween(left, on) : undefined;
}

/**
 * 离校2年内: from the day of leaving up to and including the second anniversary
 * (left 2024-06-30 → within on 2026-06-30, not on 2026-07-01). 内 includes the end day.
 */
export function withinTwoYearsOfLeaving(p: Person, on: string, at = 'person'): Fact {
  const left = leftSchoolOn(p);
  if (!left) return fact(undefined, [`${at}.graduationDate`]);
  return fact(left <= on && on <= addMonths(left, paramValue('leavingSchoolWindowMonths', on)));
}

/** 应届高校毕业生: a college graduate whose graduation year is the year of `on` (毕业年度 = 1 Jan – 31 Dec). */
export function isCurrentGraduate(p: Person, on: string, at = 'person'): Fact {
  return all(isCollegeGraduate(p, at), graduatedInYearOf(p, on, at));
}

/** The graduation year is the year of `on`. */
export const graduatedInYearOf = (p: Person, on: string, at = 'person'): Fact =>
  p.graduationDate ? fact(yearOf(p.graduationDate) === yearOf(on)) : fact(undefined, [`${at}.graduationDate`]);

// ── groups ─────────────────────────────────────────────────────────────────────────────────────

export const hasChongqingHukou = (p: Person, at = 'person'): Fact =>
  p.hukou ? fact(p.hukou === 'chongqing') : fact(undefined, [`${at}.hukou`]);

export const isUnemployed = (p: Person, at = 'person'): Fact =>
  p.employmentStatus ? fact(p.employmentStatus === 'unemployed') : fact(undefined, [`${at}.employmentStatus`]);

/**
 * 就业困难人员 — the plan's 困难人员 is not defined in the seed; this is the Chongqing list (docs/domain.md,
 * 稳岗扩就业政策服务包 2023): 我市户籍脱贫人口, 登记失业的“4050”人员, 低保家庭人员, 零就业家庭人员, 离校两年内
 * 高校毕业生, 残疾人员, 复员退伍军人, 化解过剩产能企业职工, or anyone already recognised at registration
 * (which covers 刑满释放人员 and 戒毒康复人员, for which we ask no questions).
 */
export function isDifficultyPerson(p: Person, on: string, at = 'person'): Fact {
  return difficultyFrom(p, at, is4050(p, on, at), withinTwoYearsOfLeaving(p, on, at));
}

/** The same, from the two date-dependent facts already judged (lets a hire without a date still decide). */
export function difficultyFrom(p: Person, at: string, fourFifty: Fact, withinTwoYears: Fact): Fact {
  return any(
    p.recognisedDifficultyPerson === true ? TRUE : FALSE,
    all(given(p.povertyAlleviated, `${at}.povertyAlleviated`), hasChongqingHukou(p, at)),
    all(given(p.registeredUnemployed, `${at}.registeredUnemployed`), fourFifty),
    given(p.dibaoFamily, `${at}.dibaoFamily`),
    given(p.zeroEmploymentFamily, `${at}.zeroEmploymentFamily`),
    all(isCollegeGraduate(p, at), withinTwoYears),
    given(p.disabled, `${at}.disabled`),
    given(p.veteran, `${at}.veteran`),
    given(p.fromEliminatedCapacityEnterprise, `${at}.fromEliminatedCapacityEnterprise`),
  );
}

/** “一生一困”: a college graduate or a person in employment difficulty. */
export const isYishengYikun = (p: Person, on: string, at = 'person'): Fact =>
  any(isCollegeGraduate(p, at), isDifficultyPerson(p, on, at));

/** The groups of 二（一）2: 高校毕业生、农民工、退捕渔民、脱贫人口、退役军人和其他就业困难人员. */
export const isKeyGroup = (p: Person, on: string, at = 'person'): Fact => derivePerson(p, on, at).keyGroup;

/** 困难家庭 (docs/domain.md): stated, or a 低保, 零就业 or 脱贫 family, or the person is disabled. */
export const isFromPoorFamily = (p: Person, at = 'person'): Fact =>
  any(
    given(p.poorFamilyGraduate, `${at}.poorFamilyGraduate`),
    given(p.dibaoFamily, `${at}.dibaoFamily`),
    given(p.zeroEmploymentFamily, `${at}.zeroEmploymentFamily`),
    given(p.povertyAlleviated, `${at}.povertyAlleviated`),
    given(p.disabled, `${at}.disabled`),
  );

// ── business ───────────────────────────────────────────────────────────────────────────────────

/** Has founded a business: `business` given, `hasBusiness`, or self-employed. */
export function hasBusiness(p: Person, at = 'person'): Fact {
  if (p.business) return TRUE;
  if (p.hasBusiness !== undefined) return fact(p.hasBusiness);
  if (p.employmentStatus === 'self_employed') return TRUE;
  return fact(undefined, [`${at}.hasBusiness`]);
}

export function businessMonthsInOperation(b: Business | undefined, on: string): number | undefined {
  return b?.startedOn ? fullMonthsBetween(b.startedOn, on) : undefined;
}

// ── social insurance of a hire ─────────────────────────────────────────────────────────────────
// How many months a subsidy asks is the benefit's own parameter (../benefits/employer_hiring_*.ts).

/**
 * The month (its first day) a hire who is still paying reaches `need` months of insurance, when
 * it has not yet: 2 months paid in December reach 6 in April. Undefined when already reached, the
 * months are not known, or the payments stopped.
 */
export function insuranceReachedOn(h: Hire, need: number, on: string): string | undefined {
  const m = h.socialInsuranceMonths;
  if (m === undefined || m >= need || h.stillPaying === false) return undefined;
  return addMonths(`${on.slice(0, 7)}-01`, need - m);
}

/** Whole months employed, from the hire date to leaving or `on`. */
export function monthsEmployed(h: Hire, on: string): number | undefined {
  if (!h.hiredOn) return undefined;
  return fullMonthsBetween(h.hiredOn, h.leftOn && h.leftOn < on ? h.leftOn : on);
}

// ── enterprise size ────────────────────────────────────────────────────────────────────────────

export type SizeClass = 'micro' | 'small' | 'medium' | 'large';

/**
 * Size class as stated, else from industry, head count and revenue (工信部联企业〔2011〕300号): SME
 * when below either large bound; medium/small when every threshold of the class is reached.
 */
export function enterpriseSize(e: Employer, on: string): { size: SizeClass | undefined; sme: Fact } {
  if (e.size) return { size: e.size, sme: fact(e.size !== 'large') };
  const unknown = { size: undefined, sme: fact(undefined, ['employer.size']) };
  if (!e.industry) return unknown;
  const t = paramValue('enterpriseSizeClasses', on)[e.industry as Industry];
  const values = { employees: e.employeeCount, revenue: e.annualRevenue };
  const dims = (limits: { employees?: number; revenue?: number }) =>
    (Object.keys(limits) as (keyof typeof limits)[]).map((k) => ({ limit: limits[k]!, value: values[k] }));
  const below = any(...dims(t.smeBelow).map((d) => (d.value === undefined ? fact(undefined, ['employer.size']) : fact(d.value < d.limit))));
  if (below.value === undefined) return unknown;
  if (!below.value) return { size: 'large', sme: FALSE };
  const reaches = (limits: { employees?: number; revenue?: number }) =>
    all(...dims(limits).map((d) => (d.value === undefined ? fact(undefined) : fact(d.value >= d.limit)))).value;
  const medium = reaches(t.medium);
  const small = reaches(t.small);
  const size: SizeClass | undefined = medium ? 'medium' : medium === false && small ? 'small' : small === false ? 'micro' : undefined;
  return { size, sme: TRUE };
}

// ── bundles ────────────────────────────────────────────────────────────────────────────────────

/** All derived facts of one person on one date. */
export interface PersonView {
  readonly person: Person;
  readonly at: string;
  readonly age: number | undefined;
  readonly monthsSinceLeavingSchool: number | undefined;
  readonly collegeGraduate: Fact;
  readonly withinTwoYearsOfLeaving: Fact;
  readonly currentGraduate: Fact;
  readonly is4050: Fact;
  readonly withinWorkingAge: Fact;
  readonly chongqingHukou: Fact;
  readonly unemployed: Fact;
  readonly difficulty: Fact;
  readonly yishengYikun: Fact;
  readonly keyGroup: Fact;
  readonly poorFamily: Fact;
  readonly hasBusiness: Fact;
  readonly businessMonths: number | undefined;
}

/**
 * `on` undefined (a hire without a hire date): facts that depend on the date are unknown and name
 * the date as missing, with whatever else they would need.
 */
export function derivePerson(p: Person, on: string | undefined, at = 'person', fallback?: { on: string; datePath: string }): PersonView {
  const date = on ?? fallback!.on;
  // Only the leaves that depend on the date become unknown without it; composites stay decidable
  // when another operand settles them (a 低保 hire qualifies whatever the hire date).
  const dated = (f: Fact): Fact => (on ? f : fact(undefined, uniq([fallback!.datePath, ...f.missing])));
  const collegeGraduate = isCollegeGraduate(p, at);
  const fourFifty = dated(is4050(p, date, at));
  const withinTwoYears = dated(withinTwoYearsOfLeaving(p, date, at));
  const difficulty = difficultyFrom(p, at, fourFifty, withinTwoYears);
  const keyGroup = any(
    collegeGraduate,
    given(p.migrantWorker, `${at}.migrantWorker`),
    given(p.retiredFisher, `${at}.retiredFisher`),
    given(p.povertyAlleviated, `${at}.povertyAlleviated`),
    given(p.veteran, `${at}.veteran`),
    difficulty,
  );
  return {
    person: p,
    at,
    age: on ? ageOn(p, on) : undefined,
    monthsSinceLeavingSchool: on ? monthsSinceLeavingSchool(p, on) : undefined,
    collegeGraduate,
    withinTwoYearsOfLeaving: withinTwoYears,
    currentGraduate: all(collegeGraduate, dated(graduatedInYearOf(p, date, at))),
    is4050: fourFifty,
    withinWorkingAge: dated(withinWorkingAge(p, date, at)),
    chongqingHukou: hasChongqingHukou(p, at),
    unemployed: isUnemployed(p, at),
    difficulty,
    yishengYikun: any(collegeGraduate, difficulty),
    keyGroup,
    poorFamily: isFromPoorFamily(p, at),
    hasBusiness: hasBusiness(p, at),
    businessMonths: on ? businessMonthsInOperation(p.business, on) : undefined,
  };
}

export interface HireView {
  readonly hire: Hire;
  readonly at: string;
  /** The hired person judged on the hire date. */
  readonly person: PersonView;
  readonly monthsEmployed: number | undefined;
}

export function deriveHire(h: Hire, i: number, asOf: string): HireView {
  const at = `employer.hires.${i}`;
  return {
    hire: h,
    at,
    person: derivePerson(h.person ?? {}, h.hiredOn, `${at}.person`, { on: asOf, datePath: `${at}.hiredOn` }),
    monthsEmployed: monthsEmployed(h, asOf),
  };
}

export interface EmployerView {
  readonly employer: Employer;
  readonly size: SizeClass | undefined;
  readonly sme: Fact;
  readonly hires: readonly HireView[];
  readonly interns: readonly PersonView[];
}

export function deriveEmployer(e: Employer, asOf: string): EmployerView {
  const { size, sme } = enterpriseSize(e, asOf);
  return {
    employer: e,
    size,
    sme,
    hires: (e.hires ?? []).map((h, i) => deriveHire(h, i, asOf)),
    interns: (e.internships ?? []).map((x, i) => derivePerson(x.person ?? {}, asOf, `employer.internships.${i}.person`)),
  };
}

/** What every benefit receives: the derived facts of the seeker and of the employer on `asOf`. */
export interface Derived {
  readonly asOf: string;
  readonly person: PersonView;
  readonly employer: EmployerView;
}

export function derive(facts: Facts, asOf: string): Derived {
  return {
    asOf,
    person: derivePerson(facts.person ?? {}, asOf),
    employer: deriveEmployer(facts.employer ?? {}, asOf),
  };
}
