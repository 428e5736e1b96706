import { parameter } from './types.ts';

/**
 * 二（四）1 — the service standard: read by the service standard (../service-standard.ts, the
 * ledger) and by the benefits `unemployment_registration` and `standard_service_package`.
 */
export const registrationWorkingDays = parameter<number>({
  description: 'Working days within which 失业登记 is processed',
  unit: '个工作日',
  values: [{ from: '2022-05-13', value: 7, ref: 'yb2022-38:2.4.1' }],
});
export const serviceMinimums = parameter<{ policyBriefing: number; careerGuidance: number; jobRecommendations: number; trainingRecommendations: number }>({
  description: 'What every person able and wanting to work is owed: briefings, guidance, job and course recommendations',
  unit: '次/个',
  values: [{ from: '2022-05-13', value: { policyBriefing: 1, careerGuidance: 1, jobRecommendations: 3, trainingRecommendations: 3 }, ref: 'yb2022-38:2.4.1' }],
});
