/** Data for the audit page (supervisors): the review queue with filters, one transcript, the reviews. */
import { maybe } from '../api/client.ts';
import { listReviews, type QueueFilter, reviewQueue, reviewTranscript } from '../api/review.ts';

export const loadQueue = (f: QueueFilter) => maybe(reviewQueue(f));
export const loadReviews = () => maybe(listReviews());
export const loadTranscript = (conversationId: string) => reviewTranscript(conversationId);
