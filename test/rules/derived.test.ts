import { describe, expect, it } from 'vitest';
import {
  ageOn,
  businessMonthsInOperation,
  derive,
  derivePerson,
  enterpriseSize,
  hasBusiness,
  is4050,
  isCollegeGraduate,
  isCurrentGraduate,
  isDifficultyPerson,
  isFromPoorFamily,
  isKeyGroup,
  isUnemployed,
  isYishengYikun,
  monthsEmployed,
  monthsSinceLeavingSchool,
  retirementDate,
  retirementDelayMonths,
  withinTwoYearsOfLeaving,
  withinWorkingAge,
} from '../../server/rules/derived.ts';
import type { Person } from '../../server/rules/facts.ts';
import { paramValue } from '../../server/rules/parameters/index.ts';
import { inFirstToThirdYear } from '../../server/rules/benefits/startup_one_off_grant.ts';
import { insuredYearAndStillPaying } from '../../server/rules/benefits/employer_hiring_subsidy_key_groups.ts';
import { insuredHalfYear } from '../../server/rules/benefits/employer_hiring_subsidy_graduates_sme.ts';

const NOT_DIFFICULT: Person = {
  povertyAlleviated: false,
  registeredUnemployed: false,
  dibaoFamily: false,
  zeroEmploymentFamily: false,
  disabled: false,
  veteran: false,
  fromEliminatedCapacityEnterprise: false,
};

describe('age', () => {
  it('counts the birthday itself as completing the year', () => {
    expect(ageOn({ birthDate: '1986-11-30' }, '2026-11-30')).toBe(40);
    expect(ageOn({ birthDate: '1986-12-01' }, '2026-11-30')).toBe(39);
  });
  it('takes a 29 February birthday as reached on 28 February in other years', () => {
    expect(ageOn({ birthDate: '2008-02-29' }, '2026-02-28')).toBe(18);
    expect(ageOn({ birthDate: '2008-02-29' }, '2026-02-27')).toBe(17);
  });
  it('falls back to the stated age, and is unknown without either', () => {
    expect(ageOn({ age: 33 }, '2026-11-30')).toBe(33);
    expect(ageOn({}, '2026-11-30')).toBeUndefined();
  });
});

describe('“4050”', () => {
  const on = '2026-11-30';
  it('starts for women on the 40th birthday and for men on the 50th', () => {
    expect(is4050({ gender: 'female', birthDate: '1986-11-30' }, on).value).toBe(true);
    expect(is4050({ gender: 'female', birthDate: '1986-12-01' }, on).value).toBe(false);
    expect(is4050({ gender: 'male', birthDate: '1976-11-30' }, on).value).toBe(true);
    expect(is4050({ gender: 'male', birthDate: '1976-12-01' }, on).value).toBe(false);
  });
  it('needs the gender only between 40 and 49', () => {
    expect(is4050({ age: 39 }, on).value).toBe(false);
    expect(is4050({ age: 50 }, on).value).toBe(true);
    expect(is4050({ age: 45 }, on)).toEqual({ value: undefined, missing: ['person.gender'] });
    expect(is4050({ gender: 'male' }, on, 'employer.hires.2.person')).toEqual({ value: undefined, missing: ['employer.hires.2.person.birthDate'] });
  });
});

describe('statutory retirement and working age', () => {
  const rule = (base: 50 | 55 | 60) => paramValue('retirement', '2026-01-01').find((r) => r.base === base)!;
  it('delays men born from January 1965 one month per 4 months of birth, up to 36', () => {
    expect(retirementDelayMonths('1964-12-31', rule(60))).toBe(0);
    expect(retirementDelayMonths('1965-01-15', rule(60))).toBe(1);
    expect(retirementDelayMonths('1965-04-30', rule(60))).toBe(1);
    expect(retirementDelayMonths('1965-05-01', rule(60))).toBe(2);
    expect(retirementDelayMonths('1976-09-01', rule(60))).toBe(36);
    expect(retirementDelayMonths('1990-01-01', rule(60))).toBe(36);
  });
  it('delays women of original age 50 one month per 2 months, up to 60', () => {
    expect(retirementDelayMonths('1975-01-01', rule(50))).toBe(1);
    expect(retirementDelayMonths('1975-03-01', rule(50))).toBe(2);
    expect(retirementDelayMonths('1984-11-01', rule(50))).toBe(60);
  });
  it('applies no delay under the rule before 2025', () => {
    expect(retirementDate('1966-11-30', 60, '2024-06-01')).toBe('2026-11-30');
    expect(retirementDate('1966-11-30', 60, '2026-11-30')).toBe('2027-05-30');
  });
  it('judges working age from 16 to the statutory retirement date', () => {
    const on = '2026-11-30';
    expect(withinWorkingAge({ birthDate: '2010-11-30' }, on).value).toBe(true);
    expect(withinWorkingAge({ birthDate: '2010-12-01' }, on).value).toBe(false);
    expect(withinWorkingAge({ birthDate: '1966-11-30', gender: 'male' }, on).value).toBe(true);
    expect(withinWorkingAge({ birthDate: '1960-01-01', gender: 'male' }, on).value).toBe(false);
    expect(withinWorkingAge({ age: 30 }, on).value).toBe(true);
    expect(withinWorkingAge({ age: 70 }, on).value).toBe(false);
  });
  it('names what would decide an ambiguous case', () => {
    const on = '2026-11-30';
    expect(withinWorkingAge({}, on).missing).toEqual(['person.birthDate']);
    expect(withinWorkingAge({ birthDate: '1974-06-15', gender: 'female' }, on).missing).toEqual(['person.originalRetirementAge']);
    expect(withinWorkingAge({ birthDate: '1974-06-15' }, on).missing).toEqual(['person.gender']);
    expect(withinWorkingAge({ age: 61, gender: 'male' }, on).missing).toEqual(['person.birthDate']);
    expect(withinWorkingAge({ age: 52 }, on).missing).toEqual(['person.birthDate', 'person.gender']);
  });
});

describe('school and graduation', () => {
  it('derives 高校毕业生 from education where it can', () => {
    expect(isCollegeGraduate({ education: 'associate' }).value).toBe(true);
    expect(isCollegeGraduate({ education: 'doctor' }).value).toBe(true);
    expect(isCollegeGraduate({ education: 'high_school' }).value).toBe(false);
    expect(isCollegeGraduate({ education: 'vocational' }).missing).toEqual(['person.isCollegeGraduate']);
    expect(isCollegeGraduate({ education: 'bachelor', isCollegeGraduate: false }).value).toBe(false);
  });
  it('keeps “离校2年内” up to and including the second anniversary', () => {
    const p = { graduationDate: '2024-06-30' };
    expect(withinTwoYearsOfLeaving(p, '2026-06-30').value).toBe(true);
    expect(withinTwoYearsOfLeaving(p, '2026-07-01').value).toBe(false);
    expect(withinTwoYearsOfLeaving(p, '2024-06-29').value).toBe(false);
    expect(withinTwoYearsOfLeaving({}, '2026-07-01').missing).toEqual(['person.graduationDate']);
  });
  it('prefers the date of leaving school over the graduation date', () => {
    const p = { graduationDate: '2024-06-30', leftSchoolDate: '2024-07-15' };
    expect(withinTwoYearsOfLeaving(p, '2026-07-10').value).toBe(true);
    expect(monthsSinceLeavingSchool(p, '2026-07-15')).toBe(24);
    expect(monthsSinceLeavingSchool(p, '2024-06-15')).toBe(-1);
    expect(monthsSinceLeavingSchool({}, '2024-06-15')).toBeUndefined();
  });
  it('calls a graduate 应届 through 31 December of the graduation year, not on 1 January', () => {
    const p = { isCollegeGraduate: true, graduationDate: '2025-06-30' };
    expect(isCurrentGraduate(p, '2025-12-31').value).toBe(true);
    expect(isCurrentGraduate(p, '2026-01-01').value).toBe(false);
    expect(isCurrentGraduate(p, '2025-01-01').value).toBe(true);
    expect(isCurrentGraduate({ isCollegeGraduate: true }, '2025-12-31').missing).toEqual(['person.graduationDate']);
    expect(isCurrentGraduate({ isCollegeGraduate: false }, '2025-12-31').value).toBe(false);
  });
});

describe('groups', () => {
  const on = '2026-11-30';
  it('finds a person in difficulty in any Chongqing category', () => {
    expect(isDifficultyPerson({ dibaoFamily: true }, on).value).toBe(true);
    expect(isDifficultyPerson({ recognisedDifficultyPerson: true }, on).value).toBe(true);
    expect(isDifficultyPerson({ povertyAlleviated: true, hukou: 'chongqing' }, on).value).toBe(true);
    expect(isDifficultyPerson({ ...NOT_DIFFICULT, povertyAlleviated: true, hukou: 'other', education: 'high_school' }, on).value).toBe(false);
    expect(isDifficultyPerson({ ...NOT_DIFFICULT, registeredUnemployed: true, gender: 'female', age: 41 }, on).value).toBe(true);
    expect(isDifficultyPerson({ ...NOT_DIFFICULT, isCollegeGraduate: true, graduationDate: '2025-06-30' }, on).value).toBe(true);
    expect(isDifficultyPerson({ ...NOT_DIFFICULT, education: 'high_school' }, on).value).toBe(false);
  });
  it('asks only for what could still decide it', () => {
    expect(isDifficultyPerson({ ...NOT_DIFFICULT, registeredUnemployed: true, education: 'high_school' }, on).missing).toEqual(['person.birthDate']);
    expect(isDifficultyPerson({ ...NOT_DIFFICULT, povertyAlleviated: true, education: 'high_school' }, on).missing).toEqual(['person.hukou']);
  });
  it('composes 一生一困, the key groups and families in difficulty', () => {
    expect(isYishengYikun({ isCollegeGraduate: true }, on).value).toBe(true);
    expect(isKeyGroup({ ...NOT_DIFFICULT, education: 'high_school', migrantWorker: true }, on).value).toBe(true);
    expect(isKeyGroup({ ...NOT_DIFFICULT, education: 'high_school', migrantWorker: false, retiredFisher: false }, on).value).toBe(false);
    expect(isFromPoorFamily({ zeroEmploymentFamily: true }).value).toBe(true);
    expect(isFromPoorFamily({ poorFamilyGraduate: false, dibaoFamily: false, zeroEmploymentFamily: false, povertyAlleviated: false, disabled: false }).value).toBe(false);
    expect(isUnemployed({ employmentStatus: 'flexible' }).value).toBe(false);
    expect(isUnemployed({}).missing).toEqual(['person.employmentStatus']);
  });
});

describe('business', () => {
  it('knows of a business from the business, the flag or self-employment', () => {
    expect(hasBusiness({ business: {} }).value).toBe(true);
    expect(hasBusiness({ hasBusiness: false }).value).toBe(false);
    expect(hasBusiness({ employmentStatus: 'self_employed' }).value).toBe(true);
    expect(hasBusiness({}).missing).toEqual(['person.hasBusiness']);
  });
  it('reads “正常经营1年以上3年以下” as 12 to 35 whole months', () => {
    const on = '2026-11-30';
    expect(businessMonthsInOperation({ startedOn: '2025-11-30' }, on)).toBe(12);
    expect(inFirstToThirdYear({ startedOn: '2025-11-30' }, on).value).toBe(true);
    expect(inFirstToThirdYear({ startedOn: '2025-12-01' }, on).value).toBe(false);
    expect(inFirstToThirdYear({ startedOn: '2023-12-01' }, on).value).toBe(true);
    expect(inFirstToThirdYear({ startedOn: '2023-11-30' }, on).value).toBe(false);
    expect(inFirstToThirdYear(undefined, on).missing).toEqual(['person.business.startedOn']);
    expect(businessMonthsInOperation(undefined, on)).toBeUndefined();
  });
});

describe('social insurance of a hire', () => {
  const at = 'employer.hires.0';
  it('needs 12 months and still paying for “连续缴纳1年以上且仍在缴纳”', () => {
    expect(insuredYearAndStillPaying({ socialInsuranceMonths: 12, stillPaying: true }, '2026-11-30', at).value).toBe(true);
    expect(insuredYearAndStillPaying({ socialInsuranceMonths: 11, stillPaying: true }, '2026-11-30', at).value).toBe(false);
    expect(insuredYearAndStillPaying({ socialInsuranceMonths: 30, stillPaying: false }, '2026-11-30', at).value).toBe(false);
    expect(insuredYearAndStillPaying({ socialInsuranceMonths: 12 }, '2026-11-30', at).missing).toEqual([`${at}.stillPaying`]);
  });
  it('needs 6 months for “半年及以上”', () => {
    expect(insuredHalfYear({ socialInsuranceMonths: 6 }, '2026-11-30', at).value).toBe(true);
    expect(insuredHalfYear({ socialInsuranceMonths: 5 }, '2026-11-30', at).value).toBe(false);
    expect(insuredHalfYear({}, '2026-11-30', at).missing).toEqual([`${at}.socialInsuranceMonths`]);
  });
  it('counts months employed up to leaving', () => {
    expect(monthsEmployed({ hiredOn: '2026-01-01', leftOn: '2026-05-01' }, '2026-11-30')).toBe(4);
    expect(monthsEmployed({ hiredOn: '2026-01-01' }, '2026-11-30')).toBe(10);
    expect(monthsEmployed({}, '2026-11-30')).toBeUndefined();
  });
});

describe('enterprise size (工信部联企业〔2011〕300号)', () => {
  const on = '2026-11-30';
  const size = (e: Parameters<typeof enterpriseSize>[0]) => enterpriseSize(e, on);
  it('takes a stated size class', () => {
    expect(size({ size: 'medium' })).toMatchObject({ size: 'medium', sme: { value: true } });
    expect(size({ size: 'large' }).sme.value).toBe(false);
  });
  it('classifies industry by head count and revenue', () => {
    expect(size({ industry: 'industry', employeeCount: 500, annualRevenue: 30000 }).size).toBe('medium');
    expect(size({ industry: 'industry', employeeCount: 50, annualRevenue: 1000 }).size).toBe('small');
    expect(size({ industry: 'industry', employeeCount: 15, annualRevenue: 5000 }).size).toBe('micro');
    expect(size({ industry: 'industry', employeeCount: 1200, annualRevenue: 50000 }).size).toBe('large');
    expect(size({ industry: 'industry', employeeCount: 1200, annualRevenue: 30000 }).size).toBe('medium');
  });
  it('classifies other industries by their own thresholds', () => {
    expect(size({ industry: 'other', employeeCount: 9 }).size).toBe('micro');
    expect(size({ industry: 'other', employeeCount: 100 }).size).toBe('medium');
    expect(size({ industry: 'other', employeeCount: 300 }).size).toBe('large');
    expect(size({ industry: 'agriculture', annualRevenue: 600 }).size).toBe('medium');
    expect(size({ industry: 'wholesale', employeeCount: 10, annualRevenue: 2000 }).size).toBe('small');
    expect(size({ industry: 'retail', employeeCount: 60, annualRevenue: 600 }).size).toBe('medium');
    expect(size({ industry: 'software_it', employeeCount: 5, annualRevenue: 100 }).size).toBe('micro');
  });
  it('knows an SME when one dimension is enough, and asks when it is not', () => {
    expect(size({ industry: 'industry', employeeCount: 100 })).toMatchObject({ size: undefined, sme: { value: true } });
    expect(size({ industry: 'industry', employeeCount: 10 })).toMatchObject({ size: 'micro', sme: { value: true } });
    expect(size({ industry: 'retail', employeeCount: 400 }).sme.missing).toEqual(['employer.size']);
    expect(size({}).sme.missing).toEqual(['employer.size']);
  });
});

describe('bundles', () => {
  it('judges a hire on the hire date', () => {
    const d = derive({ employer: { hires: [{ hiredOn: '2026-01-10', person: { birthDate: '1976-06-01', gender: 'male' } }] } }, '2027-06-30');
    expect(d.employer.hires[0]!.person.age).toBe(49);
    expect(d.employer.hires[0]!.person.is4050.value).toBe(false);
    expect(d.person.at).toBe('person');
  });
  it('makes date-dependent facts unknown for a hire without a date, naming the date', () => {
    const d = derive({ employer: { hires: [{ person: { birthDate: '1970-01-01', gender: 'male', isCollegeGraduate: false } }] } }, '2026-11-30');
    const p = d.employer.hires[0]!.person;
    expect(p.is4050).toEqual({ value: undefined, missing: ['employer.hires.0.hiredOn'] });
    expect(p.currentGraduate.value).toBe(false);
    expect(p.age).toBeUndefined();
    expect(p.businessMonths).toBeUndefined();
  });
  it('derives interns on asOf', () => {
    const d = derive({ employer: { internships: [{ person: { isCollegeGraduate: true } }, {}] } }, '2026-11-30');
    expect(d.employer.interns.map((p) => p.collegeGraduate.value)).toEqual([true, undefined]);
    expect(d.employer.interns[1]!.at).toBe('employer.internships.1.person');
  });
  it('gives the same facts as the single functions', () => {
    const p: Person = { birthDate: '1980-01-01', gender: 'female', registeredUnemployed: true, hukou: 'chongqing' };
    const v = derivePerson(p, '2026-11-30');
    expect(v.is4050).toEqual(is4050(p, '2026-11-30'));
    expect(v.difficulty).toEqual(isDifficultyPerson(p, '2026-11-30'));
    expect(v.keyGroup).toEqual(isKeyGroup(p, '2026-11-30'));
  });
});
