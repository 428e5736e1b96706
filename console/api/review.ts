/**
 * Supervisor review and dashboard metrics (issue 8). These routes do not exist yet: the screens
 * call them through this one module and show an honest "接口尚未提供" when the server says the
 * route is missing — never made-up numbers. Paths follow the wording.
 */
import { api } from './client.ts';

export const REVIEW_PATHS = {
  answers: '/api/staff/review/answers',
  sample: '/api/staff/review/sample',
  reviews: '/api/staff/review/reviews',
  metrics: '/api/staff/metrics',
};

export const RUBRIC = ['accuracy', 'citation', 'completeness', 'tone', 'safety'] as const;
export type RubricKey = (typeof RUBRIC)[number];

export interface ReviewAnswer {
  messageId: string;
  conversationId?: string;
  question?: string;
  text: string;
  createdAt: string;
  flags?: string[];
  rating?: number | null;
  counsellor?: string | null;
}
export interface Review {
  id: string;
  messageId: string;
  reviewer?: string;
  scores: Partial<Record<RubricKey, number>>;
  comment?: string | null;
  createdAt: string;
}
export interface Metrics {
  conversations?: number;
  handoffs?: number;
  groundingRate?: number | null;
  averageRating?: number | null;
  serviceStandardCompliance?: number | null;
  byDay?: { day: string; conversations: number; handoffs: number }[];
}

export interface AnswerFilter {
  flagged?: boolean;
  thumbsDown?: boolean;
  handoff?: boolean;
  from?: string;
  to?: string;
  counsellorId?: string;
}

export const listAnswers = (f: AnswerFilter) =>
  api<{ items: ReviewAnswer[] }>(REVIEW_PATHS.answers, {
    query: { flagged: f.flagged || undefined, thumbsDown: f.thumbsDown || undefined, handoff: f.handoff || undefined, from: f.from, to: f.to, counsellorId: f.counsellorId },
  });
export const sampleQueue = () => api<{ items: ReviewAnswer[] }>(REVIEW_PATHS.sample);
export const listReviews = () => api<{ items: Review[] }>(REVIEW_PATHS.reviews);
export const submitReview = (body: { messageId: string; scores: Record<RubricKey, number>; comment?: string }) => api<{ review: Review }>(REVIEW_PATHS.reviews, { body });
export const getMetrics = (q: { from?: string; to?: string } = {}) => api<Metrics>(REVIEW_PATHS.metrics, { query: q });
