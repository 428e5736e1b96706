import { applicationGuideTool } from './application-guide.ts';
import { checkEligibilityTool } from './check-eligibility.ts';
import { checkEmployerEligibilityTool } from './check-employer-eligibility.ts';
import type { DefinedTool } from './define.ts';
import { listEventsTool } from './list-events.ts';
import { matchVacanciesTool } from './match-vacancies.ts';
import { recommendTrainingTool } from './recommend-training.ts';
import { recordProfileFactsTool } from './record-profile-facts.ts';
import { requestCounsellorTool } from './request-counsellor.ts';
import { searchPolicyTool } from './search-policy.ts';

export { type ToolContext, withTurn } from './context.ts';

/** The agent's tools. Each call runs in the turn given by `withTurn(…)` in its config; each says what it returns (`output`, outputs.ts). */
export const TOOLS: DefinedTool[] = [
  searchPolicyTool,
  recordProfileFactsTool,
  checkEligibilityTool,
  checkEmployerEligibilityTool,
  matchVacanciesTool,
  recommendTrainingTool,
  listEventsTool,
  requestCounsellorTool,
  applicationGuideTool,
];

export const TOOLS_BY_NAME = new Map(TOOLS.map((t) => [t.name, t]));
