import type { StructuredToolInterface } from '@langchain/core/tools';
import { checkEligibilityTool } from './check-eligibility.ts';
import type { ToolContext } from './context.ts';
import { listEventsTool } from './list-events.ts';
import { matchVacanciesTool } from './match-vacancies.ts';
import { recommendTrainingTool } from './recommend-training.ts';
import { recordProfileFactsTool } from './record-profile-facts.ts';
import { requestCounsellorTool } from './request-counsellor.ts';
import { searchPolicyTool } from './search-policy.ts';

export type { ToolContext } from './context.ts';

/** The agent's tools for one turn, bound to its seeker and conversation. */
export function createTools(ctx: ToolContext): StructuredToolInterface[] {
  return [
    searchPolicyTool(ctx),
    recordProfileFactsTool(ctx),
    checkEligibilityTool(ctx),
    matchVacanciesTool(ctx),
    recommendTrainingTool(ctx),
    listEventsTool(ctx),
    requestCounsellorTool(ctx),
  ] as StructuredToolInterface[];
}
