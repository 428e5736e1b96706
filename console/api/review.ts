/**
 * Supervisor review and dashboard metrics (server/routes/staff/{reviews,metrics}.ts). Screens read
 * them through `maybe()`, so a server without these routes shows "接口尚未提供", never made-up data.
 */
import type { Citation, ToolCall } from './chat-types.ts';
import { api, url } from './client.ts';
import type { OutcomeTargets } from './cases.ts';

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

export interface QueueItem {
  messageId: string;
  conversationId: string;
  createdAt: string;
  status: string;
  answer: string;
  question: string | null;
  reasons: string[];
  rating: number | null;
  reviewCount: number;
  counsellors: string[];
}
export interface QueueFilter {
  reason?: string;
  rating?: 'up' | 'down' | 'none';
  handoff?: boolean;
  from?: string;
  to?: string;
  date?: string;
}
export type Review = { id: string; createdAt: string; reviewer: string; messageId: string; conversationId: string; comment: string | null; answer?: string } & Record<RubricKey, number>;

export interface ReviewTranscript {
  conversation: { id: string; status: string; createdAt: string };
  messages: {
    messageId: string;
    role: 'seeker' | 'assistant' | 'counsellor' | 'system';
    text: string;
    status: string;
    createdAt: string;
    author?: string | null;
    citations?: Citation[];
    toolCalls?: ToolCall[];
    grounding?: { ok?: boolean; unknownCitations?: string[]; ungroundedFigures?: string[]; regenerated?: boolean; replaced?: boolean } | null;
    check?: GroundingReport;
    flagged?: boolean;
    flags?: string[];
    feedback?: { rating: number; comment: string | null } | null;
    myReview?: (Record<RubricKey, number> & { comment: string | null }) | null;
    reviewCount?: number;
  }[];
}

/** Answers scored by two or more reviewers: each one's scores and the spread per dimension, widest first. */
export interface Agreement {
  summary: { answers: number; meanSpread: Record<RubricKey, number | null>; disagreements: number };
  total: number;
  items: {
    messageId: string;
    conversationId: string;
    answeredAt: string;
    answer: string;
    reviewers: number;
    reviews: ({ reviewer: string; reviewerId: string; comment: string | null } & Record<RubricKey, number>)[];
    spread: Record<RubricKey, number>;
    maxSpread: number;
  }[];
}

export interface Metrics {
  period: { from: string; to: string; days: number; period?: DashboardPeriod | 'custom' };
  conversations: { total: number; questions: number; answers: number };
  handoffs: { total: number; conversations: number; rate: number | null; open: number; bySource: Record<string, number> };
  grounding: {
    checked: number;
    passed: number;
    rate: number | null;
    firstPassRate: number | null;
    flagged: number;
    checkSaidOk?: number;
    cutQuotes?: number;
    unsupportedClaims?: number;
    /** What supervisors found: reviewed answers whose mean 准确性 and 引用正确 are both ≥ 4. */
    judged?: { answers: number; grounded: number; rate: number | null; passedButNot: number };
  };
  ratings: { up: number; down: number; total: number; upShare: number | null };
  reviews: { total: number; answers: number; reviewers: number; averages: Record<RubricKey, number | null>; overall: number | null };
  daily: { day: string; conversations: number; answers: number; grounded: number; handoffs: number }[];
  serviceStandard: { label: string; seekers: number; complete: number; rate: number | null };
  outcomes: OutcomeTargets;
}

export const reviewQueue = (f: QueueFilter) =>
  api<{ day: string; sampleSize: number; total: number; items: QueueItem[] }>(REVIEW_PATHS.queue, {
    query: { reason: f.reason, rating: f.rating, handoff: f.handoff === undefined ? undefined : String(f.handoff), from: f.from, to: f.to, date: f.date },
  });
export const reviewTranscript = (conversationId: string) => api<ReviewTranscript>(REVIEW_PATHS.transcript(conversationId));
export const listReviews = (q: { mine?: boolean } = {}) => api<{ total: number; items: Review[] }>(REVIEW_PATHS.reviews, { query: { mine: q.mine ? 'true' : undefined } });
export const submitReview = (body: { messageId: string; comment?: string } & Record<RubricKey, number>) => api<{ review: Review; created: boolean }>(REVIEW_PATHS.reviews, { body });
export const reviewAgreement = (q: { from?: string; to?: string; page?: number; pageSize?: number }) =>
  api<Agreement>(REVIEW_PATHS.agreement, { query: { from: q.from, to: q.to, page: q.page, pageSize: q.pageSize } });
export const exportUrl = (q: { from?: string; to?: string }) => url(REVIEW_PATHS.export, q);
export const DASHBOARD_PERIODS = ['7d', '30d', 'quarter', 'year'] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];
export const getMetrics = (q: { from?: string; to?: string; period?: DashboardPeriod } = {}) => api<Metrics>(REVIEW_PATHS.metrics, { query: q });

/** What the grounding check found for one answer (server/review/item.ts groundingReport). */
export interface GroundingReport {
  checked: boolean;
  ok: boolean | null;
  passed: boolean;
  regenerated: boolean;
  replaced: boolean;
  unknownCitations: string[];
  ungroundedFigures: string[];
  unsupportedClaims: { cue: string; sentence: string; says: 'yes' | 'no'; benefits: string[]; found: string[] }[];
  figureIssues: { figure: string; reason: string }[];
  checkedSentences: { text: string; ok: boolean }[];
  cutQuotes: string[];
}
export interface ReviewItem {
  messageId: string;
  conversationId: string;
  createdAt: string;
  status: string;
  answer: string;
  flagged: boolean;
  rating: number | null;
  question: { text: string; createdAt: string } | null;
  context: { messageId: string; role: string; text: string; createdAt: string }[];
  citations: { clauseId: string; title: string; quote: string; heading: string | null; clauseText: string | null; cut: boolean }[];
  toolCalls: ToolCall[];
  reasons: string[];
  grounding: GroundingReport;
  myReview: (Record<RubricKey, number> & { comment: string | null }) | null;
}
export const reviewItem = (messageId: string) => api<ReviewItem>(REVIEW_PATHS.item(messageId));
