/**
 * The codes vacancies, courses and matching share. Codes are stored and sent over the API; their
 * Chinese labels live in the dictionary (zh.jobs), and the importers accept either.
 */
import { EDUCATION, WORK_TYPES } from '../rules/facts.ts';

export { EDUCATION, WORK_TYPES };
export type Education = (typeof EDUCATION)[number];
export type WorkType = (typeof WORK_TYPES)[number];

/**
 * Education levels ranked for “minimum education”: 中专/技校 sits with 高中 (both upper secondary),
 * so a post asking for 高中及以上 takes a 中专 graduate and the other way round.
 */
export const EDUCATION_RANK: Record<Education, number> = {
  junior_high: 0,
  high_school: 1,
  vocational: 1,
  associate: 2,
  bachelor: 3,
  master: 4,
  doctor: 5,
};

/** Education codes a person of `education` meets (minimum at or below theirs). */
export function educationsAtOrBelow(education: Education): Education[] {
  return EDUCATION.filter((e) => EDUCATION_RANK[e] <= EDUCATION_RANK[education]);
}

/**
 * Groups a vacancy or course can be aimed at (适合人群) or close to (不适合人群). Each is decided
 * from the person's facts and the derived facts of the eligibility engine (see profile.ts).
 */
export const GROUPS = [
  'graduate', // 高校毕业生
  'current_graduate', // 应届高校毕业生
  'unemployed_graduate', // 离校未就业高校毕业生 (离校2年内)
  'youth', // 失业青年 (16–24)
  'difficulty', // 就业困难人员
  '4050', // “4050”人员
  'disabled', // 残疾人
  'dibao', // 低保家庭成员
  'zero_employment_family', // 零就业家庭成员
  'poverty_alleviated', // 脱贫人口
  'veteran', // 退役军人
  'migrant_worker', // 农民工
  'retired_fisher', // 退捕渔民
] as const;
export type Group = (typeof GROUPS)[number];

/** Record status; “expired” is not stored, it is `expires_on` before the day asked about. */
export const STATUSES = ['active', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];

/** Who withdrew a row: staff (sticks across re-imports), the source's own status, or a snapshot import leaving it out. */
export type WithdrawnBy = 'staff' | 'source' | 'missing';
