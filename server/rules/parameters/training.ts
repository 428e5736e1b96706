import type { Dated } from './types.ts';

/** 二（三）4 — internship subsidy paid to the internship base. */
export const internshipSubsidy: Dated<{ standard: number; raised: number; retentionThreshold: number }> = [
  {
    from: '2022-05-13',
    value: { standard: 1300, raised: 1500, retentionThreshold: 0.5 },
    unit: '元/人/月',
    ref: 'yb2022-38:2.3.4',
    note: '“见习留用就业率达到50%以上”: 50% exactly qualifies for the raised rate',
  },
];
