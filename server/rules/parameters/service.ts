import type { Dated } from './types.ts';

/** 二（四）1 — the service standard. */
export const registrationWorkingDays: Dated<number> = [
  { from: '2022-05-13', value: 7, unit: '个工作日', ref: 'yb2022-38:2.4.1' },
];
export const serviceMinimums: Dated<{ policyBriefing: number; careerGuidance: number; jobRecommendations: number; trainingRecommendations: number }> = [
  {
    from: '2022-05-13',
    value: { policyBriefing: 1, careerGuidance: 1, jobRecommendations: 3, trainingRecommendations: 3 },
    unit: '次/个',
    ref: 'yb2022-38:2.4.1',
  },
];
