import { parameter } from './types.ts';

/** When the seed plan takes effect; before this date the engine does not claim to know the rules. */
export const plan = parameter<string>({
  description: 'The seed plan (渝北人社发〔2022〕38号) every benefit rests on',
  values: [{ from: '2022-05-13', value: '渝北人社发〔2022〕38号', ref: 'yb2022-38', note: 'dated 2022-05-13, effective on issue' }],
});

/** “4050”: women aged 40 and over, men aged 50 and over (the plan uses the term without defining it). */
export const fourFiftyAge = parameter<{ female: number; male: number }>({
  description: '“4050”人员: the ages from which women and men count',
  unit: '周岁',
  values: [{ from: '2022-05-13', value: { female: 40, male: 50 }, ref: '渝人社发〔2016〕239号' }],
});

/** Minimum working age (法定劳动年龄 lower bound). */
export const minimumWorkingAge = parameter<number>({
  description: 'Lower bound of 法定劳动年龄',
  unit: '周岁',
  values: [{ from: '2022-05-13', value: 16, ref: '《中华人民共和国劳动法》第十五条' }],
});

/**
 * Statutory retirement age (法定劳动年龄 upper bound). Original ages: men 60, women workers 50,
 * women cadres 55. From 2025 the delay grows by birth month: one month more for every `step`
 * months of birth after `bornFrom`, up to `maxMonths`.
 */
export interface RetirementRule {
  readonly base: 50 | 55 | 60;
  readonly delay: null | { readonly bornFrom: string; readonly step: number; readonly maxMonths: number };
}
export const retirement = parameter<readonly RetirementRule[]>({
  description: 'Statutory retirement ages (upper bound of 法定劳动年龄), by original age',
  values: [
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
  ],
});

/** 离校2年内: the window after leaving school, in months; the second anniversary is still inside. */
export const leavingSchoolWindowMonths = parameter<number>({
  description: '离校2年内: the months after leaving school that count',
  unit: '月',
  values: [{ from: '2022-05-13', value: 24, ref: 'yb2022-38:2.1.1' }],
});
