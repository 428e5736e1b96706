import type { Dated } from './types.ts';

/** When the seed plan takes effect; before this date the engine does not claim to know the rules. */
export const plan: Dated<string> = [
  { from: '2022-05-13', value: '渝北人社发〔2022〕38号', ref: 'yb2022-38', note: 'dated 2022-05-13, effective on issue' },
];

/** “4050”: women aged 40 and over, men aged 50 and over (the plan uses the term without defining it). */
export const fourFiftyAge: Dated<{ female: number; male: number }> = [
  { from: '2022-05-13', value: { female: 40, male: 50 }, unit: '周岁', ref: '渝人社发〔2016〕239号' },
];

/** Minimum working age (法定劳动年龄 lower bound). */
export const minimumWorkingAge: Dated<number> = [
  { from: '2022-05-13', value: 16, unit: '周岁', ref: '《中华人民共和国劳动法》第十五条' },
];

/**
 * Statutory retirement age (法定劳动年龄 upper bound). Original ages: men 60, women workers 50,
 * women cadres 55. From 2025 the delay grows by birth month: one month more for every `step`
 * months of birth after `bornFrom`, up to `maxMonths`.
 */
export interface RetirementRule {
  readonly base: 50 | 55 | 60;
  readonly delay: null | { readonly bornFrom: string; readonly step: number; readonly maxMonths: number };
}
export const retirement: Dated<readonly RetirementRule[]> = [
  {
    from: '1978-06-02',
    value: [
      { base: 60, delay: null },
      { base: 55, delay: null },
      { base: 50, delay: null },
    ],
    ref: '国发〔1978〕104号',
  },
  {
    from: '2025-01-01',
    value: [
      { base: 60, delay: { bornFrom: '1965-01', step: 4, maxMonths: 36 } },
      { base: 55, delay: { bornFrom: '1970-01', step: 4, maxMonths: 36 } },
      { base: 50, delay: { bornFrom: '1975-01', step: 2, maxMonths: 60 } },
    ],
    ref: '全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定（2024年9月13日）',
  },
];

/** 离校2年内: the window after leaving school, in months; the second anniversary is still inside. */
export const leavingSchoolWindowMonths: Dated<number> = [
  { from: '2022-05-13', value: 24, unit: '月', ref: 'yb2022-38:2.1.1' },
];

/**
 * 失业青年: the plan does not give the ages. Municipal rules use 16–24; nobody over 35 is youth under
 * any reading (《中长期青年发展规划（2016—2025年）》 14–35), so 25–35 stays to be confirmed.
 */
export const youthAge: Dated<{ min: number; max: number; outerMax: number }> = [
  { from: '2022-05-13', value: { min: 16, max: 24, outerMax: 35 }, unit: '周岁', ref: '重庆市人力社保局“稳岗扩就业政策服务包”（2023）' },
];
