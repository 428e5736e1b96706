/** Data for the audit page (supervisors): the review queue with filters, one transcript, the reviews, their agreement. */
import { maybe } from '../api/client.ts';
import { listReviews, type QueueFilter, reviewAgreement, reviewQueue, reviewTranscript } from '../api/review.ts';

export const loadQueue = (f: QueueFilter) => maybe(reviewQueue(f));
export const loadReviews = () => maybe(listReviews());
export const loadTranscript = (conversationId: string) => reviewTranscript(conversationId);
/** A page of inter-reviewer agreement over the filter's dates. */
export const AGREEMENT_PAGE_SIZE = 20;
export const loadAgreement = (q: { from?: string | undefined; to?: string | undefined; page: number }) =>
  maybe(reviewAgreement({ ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), page: q.page, pageSize: AGREEMENT_PAGE_SIZE }));
