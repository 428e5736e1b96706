import type { Dated } from './types.ts';

/** 二（一）2–3 — employment carriers (bases, workshops, demonstration streets) and grassroots posts. */
export const employmentBaseOneOff: Dated<number> = [
  { from: '2022-05-13', value: 600_000, unit: '元', ref: 'yb2022-38:2.1.2' },
];
export const employmentBasePerformance: Dated<{ perPersonYear: number; cap: number; years: number }> = [
  {
    from: '2022-05-13',
    value: { perPersonYear: 1000, cap: 400_000, years: 4 },
    unit: '元/人/年',
    ref: 'yb2022-38:2.1.2',
    note: '“最高不超过40万元” read as a cap over the 4 assessment years together (DESIGN: 60万 + up to 40万); the plan does not say per year or in total',
  },
];
export const workshopAward: Dated<number> = [
  { from: '2022-05-13', value: 500, unit: '元/人/月', ref: 'yb2022-38:2.1.2' },
];
/** “稳定就业三个月以上”: three whole months or more (以上 includes the number itself). */
export const workshopStableMonths: Dated<number> = [
  { from: '2022-05-13', value: 3, unit: '月', ref: 'yb2022-38:2.1.2' },
];
export const demoStreetAward: Dated<number> = [
  { from: '2022-05-13', value: 300, unit: '元/人/月', ref: 'yb2022-38:2.1.2' },
];
export const grassrootsPostsPerTown: Dated<{ min: number; max: number }> = [
  { from: '2022-05-13', value: { min: 1, max: 2 }, unit: '个/镇街', ref: 'yb2022-38:2.1.3' },
];
