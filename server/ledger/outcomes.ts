/**
 * 结案去向, as the plan counts them (一（三）目标任务; 二（五）2 公益性岗位安置): recorded on the seeker in the
 * ledger when a case is resolved, and counted by the dashboard's targets.
 */
export const OUTCOMES = ['employed', 'training', 'startup', 'public_welfare_post', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];
