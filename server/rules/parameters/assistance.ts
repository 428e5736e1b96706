import type { Dated } from './types.ts';

/** 二（五）3 — assistance payments to people. */
export const jobSearchSubsidy: Dated<number> = [
  { from: '2022-05-13', value: 500, unit: '元/人', ref: 'yb2022-38:2.5.3' },
];
export const dibaoSubsidyMaxMonths: Dated<number> = [
  { from: '2022-05-13', value: 12, unit: '月', ref: 'yb2022-38:2.5.3' },
];
