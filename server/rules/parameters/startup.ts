import type { Dated } from './types.ts';

/** 二（二）— startup support. */
export const startupLoanMax: Dated<{ individual: number; partnership: number; small_micro: number }> = [
  {
    from: '2022-05-13',
    value: { individual: 300_000, partnership: 1_100_000, small_micro: 3_000_000 },
    unit: '元',
    ref: 'yb2022-38:2.2.2',
    note: 'the seed wins over the municipal pages (20万 individual in 2021–23; 30万/33万 per partner/400万 from May 2024)',
  },
];
export const startupOneOffGrant: Dated<number> = [
  { from: '2022-05-13', value: 8000, unit: '元/户', ref: 'yb2022-38:2.2.2' },
];
/**
 * “正常经营1年以上3年以下”: at least 12 whole months and fewer than 36. 以上 includes the number; 以下
 * is read as “under 3 years” following the municipal rule (渝人社发〔2018〕117号: ≥1 and <3 years).
 */
export const startupGrantOperatingMonths: Dated<{ min: number; maxExclusive: number }> = [
  { from: '2022-05-13', value: { min: 12, maxExclusive: 36 }, unit: '月', ref: 'yb2022-38:2.2.2' },
];
/** “带动就业3人以上”: three or more people employed besides the owner. */
export const startupGrantMinEmployees: Dated<number> = [
  { from: '2022-05-13', value: 3, unit: '人', ref: 'yb2022-38:2.2.2' },
];
export const incubatorAward: Dated<{ oneOff: number; performanceMin: number; performanceMax: number; years: number }> = [
  {
    from: '2022-05-13',
    value: { oneOff: 600_000, performanceMin: 100_000, performanceMax: 300_000, years: 3 },
    unit: '元',
    ref: 'yb2022-38:2.2.3',
  },
];
