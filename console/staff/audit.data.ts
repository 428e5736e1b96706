/** Data for the audit page (supervisors); every call may say the review API is not there yet. */
import { maybe } from '../api/client.ts';
import { type AnswerFilter, listAnswers, listReviews, sampleQueue } from '../api/review.ts';

export const loadAnswers = (f: AnswerFilter) => maybe(listAnswers(f));
export const loadSample = () => maybe(sampleQueue());
export const loadReviews = () => maybe(listReviews());
