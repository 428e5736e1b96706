/**
 * Supervisor review and dashboard metrics (server/routes/staff/{reviews,metrics}.ts). Screens read
 * them through `maybe()`, so a server without these routes shows "接口尚未提供", never made-up data.
 */
import type { DashboardMetrics } from '../../server/contract/oversight.ts';
import type { Agreement, ReviewItem, ReviewList, ReviewQueue, ReviewTranscript, ScoreAnswer } from '../../server/contract/review.ts';
import { api, url } from './client.ts';

export type { Agreement, GroundingReport, QueueItem, ReviewItem, ReviewRow as Review, ReviewTranscript } from '../../server/contract/review.ts';
export type { DashboardMetrics as Metrics } from '../../server/contract/oversight.ts';

export const REVIEW_PATHS = {
  queue: '/api/staff/reviews/queue',
  reviews: '/api/staff/reviews',
  transcript: (conversationId: string) => `/api/staff/reviews/conversations/${encodeURIComponent(conversationId)}`,
  agreement: '/api/staff/reviews/agreement',
  export: '/api/staff/reviews/export',
  metrics: '/api/staff/metrics',
  item: (messageId: string) => `/api/staff/reviews/items/${encodeURIComponent(messageId)}`,
};

export const RUBRIC = ['accuracy', 'citation', 'completeness', 'tone', 'safety'] as const;
export type RubricKey = (typeof RUBRIC)[number];
export const QUEUE_REASONS = ['sampled', 'flagged', 'grounding', 'thumbs_down', 'handoff', 'guardrail'] as const;

export interface QueueFilter {
  reason?: string;
  rating?: 'up' | 'down' | 'none';
  handoff?: boolean;
  from?: string;
  to?: string;
  date?: string;
}
export const reviewQueue = (f: QueueFilter) =>
  api<ReviewQueue>(REVIEW_PATHS.queue, {
    query: { reason: f.reason, rating: f.rating, handoff: f.handoff === undefined ? undefined : String(f.handoff), from: f.from, to: f.to, date: f.date },
  });
export const reviewTranscript = (conversationId: string) => api<ReviewTranscript>(REVIEW_PATHS.transcript(conversationId));
export const listReviews = (q: { mine?: boolean } = {}) => api<ReviewList>(REVIEW_PATHS.reviews, { query: { mine: q.mine ? 'true' : undefined } });
export const submitReview = (body: { messageId: string; comment?: string } & Record<RubricKey, number>) => api<ScoreAnswer>(REVIEW_PATHS.reviews, { body });
export const reviewAgreement = (q: { from?: string; to?: string; page?: number; pageSize?: number }) =>
  api<Agreement>(REVIEW_PATHS.agreement, { query: { from: q.from, to: q.to, page: q.page, pageSize: q.pageSize } });
export const exportUrl = (q: { from?: string; to?: string }) => url(REVIEW_PATHS.export, q);
export const DASHBOARD_PERIODS = ['7d', '30d', 'quarter', 'year'] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];
export const getMetrics = (q: { from?: string; to?: string; period?: DashboardPeriod } = {}) => api<DashboardMetrics>(REVIEW_PATHS.metrics, { query: q });

export const reviewItem = (messageId: string) => api<ReviewItem>(REVIEW_PATHS.item(messageId));
