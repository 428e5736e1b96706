/**
 * Everything under /api/staff, mounted here and only here: the app wraps this one sub-app in the
 * CSRF origin check and the staff middleware (a live session, the route's roles and ownership).
 */
import type { TurnDeps } from '../../agent/context.ts';
import { api } from '../../api/define.ts';
import type { TypingNotifier } from '../../counsellor/typing.ts';
import { staffAccessLogRoutes } from './access-log.ts';
import { staffAskRoutes } from './ask.ts';
import { staffCallbackRoutes } from './callbacks.ts';
import { staffCannedReplyRoutes } from './canned-replies.ts';
import { staffCaseRoutes } from './cases.ts';
import { staffCourseRoutes } from './courses.ts';
import { staffEventRoutes } from './events.ts';
import { staffFollowUpRoutes } from './follow-ups.ts';
import { staffLedgerRoutes } from './ledger.ts';
import { staffMetricRoutes } from './metrics.ts';
import { staffOutcomeRoutes } from './outcomes.ts';
import { staffOutreachRoutes } from './outreach.ts';
import { staffPlanRoutes } from './plans.ts';
import { staffQueueRoutes } from './queue.ts';
import { staffReviewRoutes } from './reviews.ts';
import { staffSearchRoutes } from './search.ts';
import { staffTypingRoutes } from './typing.ts';
import { staffUserRoutes } from './users.ts';
import { staffVacancyRoutes } from './vacancies.ts';

export { IMPORT_PATH, MAX_IMPORT_BYTES } from './limits.ts';

export interface StaffDeps {
  /** What a turn needs: the copilot drafts a counsellor's reply with the pipeline. */
  turn: TurnDeps;
  typing: TypingNotifier;
  /** How many conversations the review sample draws (REVIEW_SAMPLE_SIZE). */
  sampleSize: number;
}

export function staffRoutes({ turn, typing, sampleSize }: StaffDeps) {
  const { database, embedder, bus } = turn;
  return (
    api()
      // staff accounts (admins)
      .route('/users', staffUserRoutes({ database }))
      // the catalogue: vacancies, courses, events
      .route('/vacancies', staffVacancyRoutes({ database, embedder }))
      .route('/courses', staffCourseRoutes({ database, embedder }))
      .route('/events', staffEventRoutes({ database }))
      // casework: the queue, cases with live takeover, copilot, typing and call-backs
      .route('/queue', staffQueueRoutes({ database, bus }))
      .route('/cases', staffCaseRoutes(turn))
      .route('/cases', staffTypingRoutes({ database, typing }))
      .route('/cases', staffCallbackRoutes({ database }))
      .route('/canned-replies', staffCannedReplyRoutes({ database }))
      .route('/search', staffSearchRoutes({ database }))
      // the real-name ledger, plans, follow-ups, outreach, outcomes
      .route('/ledger', staffLedgerRoutes({ database }))
      .route('/plans', staffPlanRoutes({ database }))
      .route('/follow-ups', staffFollowUpRoutes({ database }))
      .route('/outreach', staffOutreachRoutes({ database }))
      .route('/outcomes', staffOutcomeRoutes({ database }))
      // oversight: supervisor review, the dashboard, the access log
      .route('/reviews', staffReviewRoutes({ database, sampleSize }))
      .route('/metrics', staffMetricRoutes({ database }))
      .route('/access-log', staffAccessLogRoutes({ database }))
      // the console's Ask page
      .route('/ask', staffAskRoutes({ database }))
  );
}
