/**
 * What each of the agent's tools returns, by the tool's name: the zod schema beside each tool and
 * the type it infers, gathered for the composer (server/dialogue/answer), the console
 * (console/api/tool-outputs.ts imports the types only, so nothing of the server reaches the
 * browser) and the tests, which parse every tool's result with its schema. A call whose arguments
 * fail the input schema gets a `ToolRefusal` instead.
 */
import type { z } from 'zod';
import { ApplicationGuideOutput } from './application-guide.ts';
import { CheckEligibilityOutput } from './check-eligibility.ts';
import { CheckEmployerEligibilityOutput } from './check-employer-eligibility.ts';
import { ListEventsOutput } from './list-events.ts';
import { MatchVacanciesOutput } from './match-vacancies.ts';
import { RecommendTrainingOutput } from './recommend-training.ts';
import { RecordProfileFactsOutput } from './record-profile-facts.ts';
import { RequestCounsellorOutput } from './request-counsellor.ts';
import { SearchPolicyOutput } from './search-policy.ts';

export { ApplicationGuideOutput, CheckEligibilityOutput, CheckEmployerEligibilityOutput, ListEventsOutput, MatchVacanciesOutput, RecommendTrainingOutput, RecordProfileFactsOutput, RequestCounsellorOutput, SearchPolicyOutput };
export { BenefitOutput, EligibilityOutput } from './check-eligibility.ts';
export { ShortfallOutput } from './catalog-output.ts';
export { CourseOutput } from './recommend-training.ts';
export { EventOutput } from './list-events.ts';
export { VacancyOutput } from './match-vacancies.ts';
export { FieldErrorSchema, type FieldError, ToolRefusal } from './define.ts';

/** Each tool's output schema by its name (the test checks these are the tools' own). */
export const TOOL_OUTPUTS = {
  search_policy: SearchPolicyOutput,
  record_profile_facts: RecordProfileFactsOutput,
  check_eligibility: CheckEligibilityOutput,
  check_employer_eligibility: CheckEmployerEligibilityOutput,
  match_vacancies: MatchVacanciesOutput,
  recommend_training: RecommendTrainingOutput,
  list_events: ListEventsOutput,
  request_counsellor: RequestCounsellorOutput,
  get_application_guide: ApplicationGuideOutput,
};

export type ToolName = keyof typeof TOOL_OUTPUTS;
export type ToolOutputs = { [K in ToolName]: z.infer<(typeof TOOL_OUTPUTS)[K]> };
