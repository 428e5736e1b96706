/**
 * Seeded facts of every kind the engine takes (people, businesses, employers with hires and
 * interns), so the tool tests can go through the engine's whole vocabulary of missing facts.
 */
import type { Employer, Person } from '../../../server/rules/facts.ts';

export function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const VALUES: Record<string, unknown[]> = {
  birthDate: ['1990-01-01', '2003-05-01', '1968-01-01', '1984-03-09', '1975-11-30'],
  age: [22, 50, 35, 44, 57],
  gender: ['male', 'female'],
  hukou: ['chongqing', 'other'],
  education: ['junior_high', 'high_school', 'vocational', 'associate', 'bachelor', 'master'],
  graduationDate: ['2026-06-30', '2025-06-30', '2020-06-30'],
  isCollegeGraduate: [true, false],
  schoolInChongqing: [true, false],
  registeredUnemployed: [true, false],
  employmentStatus: ['unemployed', 'employed', 'flexible', 'self_employed'],
  payingSocialInsurance: [true, false],
  ableToWork: [true, false],
  wantsJob: [true, false],
  dibaoFamily: [true, false],
  receivingDibao: [true, false],
  zeroEmploymentFamily: [true, false],
  povertyAlleviated: [true, false],
  disabled: [true, false],
  poorFamilyGraduate: [true, false],
  recognisedDifficultyPerson: [true, false],
  wantsTraining: [true, false],
  attendedVocationalTraining: [true, false],
  passedFirstSkillAppraisal: [true, false],
  certificate: ['skill_level', 'vocational_qualification', 'none'],
  wantsStartup: [true, false],
  hasBusiness: [true, false],
  veteran: [true, false],
  migrantWorker: [true, false],
  retiredFisher: [true, false],
  fromEliminatedCapacityEnterprise: [true, false],
  originalRetirementAge: [50, 55, 60],
  business: [{}, { form: 'individual', registeredInChongqing: true, firstBusiness: true, startedOn: '2025-03-01', employees: 3, payingSocialInsurance: true }, { form: 'small_micro', startedOn: '2022-01-01' }],
  unemploymentRegistrationAppliedOn: ['2026-11-20'],
  leftSchoolDate: ['2025-07-10'],
  dibaoReductionPerMonth: [300],
};

export function randomPerson(rand: () => number, share = 0.3, without: string[] = []): Partial<Person> {
  const out: Record<string, unknown> = {};
  for (const [k, values] of Object.entries(VALUES)) if (rand() < share && !without.includes(k)) out[k] = values[Math.floor(rand() * values.length)];
  return out as Partial<Person>;
}

const pick = <T,>(rand: () => number, values: T[]): T => values[Math.floor(rand() * values.length)]!;
const maybe = <T,>(rand: () => number, value: T) => (rand() < 0.5 ? value : undefined);

export function randomEmployer(rand: () => number): Employer {
  const e: Record<string, unknown> = {
    size: maybe(rand, pick(rand, ['micro', 'small', 'medium', 'large'])),
    industry: maybe(rand, pick(rand, ['software_it', 'retail', 'industry'])),
    employeeCount: maybe(rand, pick(rand, [8, 60, 400])),
    annualRevenue: maybe(rand, pick(rand, [50, 2000, 90000])),
    certifiedEmploymentBase: maybe(rand, rand() < 0.7),
    employmentBaseCertifiedOn: maybe(rand, '2025-01-01'),
    employmentBaseAbsorbed: maybe(rand, pick(rand, [5, 40])),
    assistanceWorkshop: maybe(rand, rand() < 0.7),
    demoStreet: maybe(rand, rand() < 0.7),
    internshipBase: maybe(rand, rand() < 0.7),
    retentionRate: maybe(rand, pick(rand, [0.3, 0.6])),
    incubatorCertified: maybe(rand, rand() < 0.7),
  };
  if (rand() < 0.7) {
    e.hires = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
      const h: Record<string, unknown> = {
        // A hire's 离校 date is its graduation date: the flat hire has no second one.
        person: randomPerson(rand, 0.35, ['leftSchoolDate']),
        hiredOn: maybe(rand, pick(rand, ['2026-03-01', '2025-10-08', '2024-06-01'])),
        socialInsuranceMonths: maybe(rand, pick(rand, [2, 6, 12])),
        stillPaying: maybe(rand, rand() < 0.8),
      };
      if (rand() < 0.15) h.leftOn = '2026-09-01';
      return Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined));
    });
  }
  if (rand() < 0.4) {
    e.internships = Array.from({ length: 1 + Math.floor(rand() * 2) }, () =>
      Object.fromEntries(Object.entries({ person: randomPerson(rand, 0.3), months: maybe(rand, 6), retained: maybe(rand, rand() < 0.5) }).filter(([, v]) => v !== undefined)),
    );
  }
  return Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as Employer;
}
