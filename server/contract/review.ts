/**
 * Supervisor review (督导评审): the queue, a transcript and one answer as reviewers read them, the
 * rubric scores, the reviews so far and inter-reviewer agreement (server/routes/staff/reviews.ts).
 */
import { z } from 'zod';
import { FLAG_REASONS, QUEUE_REASONS } from '../review/flags.ts';
import { ToolCall } from './chat.ts';
import { Day, Timestamp, Uuid } from './common.ts';
import { Citation } from './policy.ts';

/** The rubric's five dimensions, 1–5 each. */
const rubric = <T extends z.ZodType>(value: T) => z.object({ accuracy: value, citation: value, completeness: value, tone: value, safety: value });
const Score = z.number().int().min(1).max(5);
const Scores = rubric(Score).shape;

/** A tool the turn called, with what it was given and what it answered. */

/** What one turn did: each step's timing, the clauses retrieved. */
const Trace = z.object({
  steps: z.array(z.object({ name: z.string(), ms: z.number(), status: z.string().optional() })),
  retrieved: z.array(z.object({ clauseId: z.string(), score: z.number() })),
  totalMs: z.number().int().nullable(),
});

/** A stored review: one reviewer's scores of one answer. */
export const StoredReview = z
  .object({ id: Uuid, messageId: Uuid, reviewerId: Uuid, ...Scores, comment: z.string().nullable(), createdAt: Timestamp, updatedAt: Timestamp })
  .meta({ id: 'StoredReview' });

/** This reviewer's own earlier scores of an answer. */
const MyScores = z.object({ ...Scores, comment: z.string().nullable() });

export const QueueItem = z
  .object({
    messageId: Uuid,
    conversationId: Uuid,
    createdAt: Timestamp,
    status: z.string(),
    answer: z.string(),
    /** The seeker's message before the answer. */
    question: z.string().nullable(),
    reasons: z.array(z.enum(QUEUE_REASONS)),
    /** The seeker's thumbs: +1, −1, or none given. */
    rating: z.number().int().nullable(),
    reviewCount: z.number().int(),
    /** Counsellors who held a case of the conversation. */
    counsellors: z.array(z.string()),
  })
  .meta({ id: 'ReviewQueueItem' });

export const ReviewQueue = z.object({ day: Day, sampleSize: z.number().int(), total: z.number().int(), items: z.array(QueueItem) });

/** What the grounding check found for one answer (server/review/item.ts groundingReport). */
export const GroundingReport = z
  .object({
    checked: z.boolean(),
    ok: z.boolean().nullable(),
    /** Passed the automatic check and quotes only whole sentences: what the dashboard counts as passed. */
    passed: z.boolean(),
    regenerated: z.boolean(),
    replaced: z.boolean(),
    unknownCitations: z.array(z.string()),
    ungroundedFigures: z.array(z.string()),
    unsupportedClaims: z.array(z.object({ cue: z.string(), sentence: z.string(), says: z.enum(['yes', 'no']), benefits: z.array(z.string()), found: z.array(z.string()) })),
    /** `about`: what the figure was bound to (benefit codes, clause ids, or null for the pool). */
    figureIssues: z.array(z.object({ figure: z.string(), about: z.unknown(), reason: z.string() })),
    checkedSentences: z.array(z.object({ text: z.string(), ok: z.boolean() })),
    /** Clause ids whose quote is not whole sentences of the clause. */
    cutQuotes: z.array(z.string()),
  })
  .meta({ id: 'GroundingReport' });

/** One conversation as a supervisor reviews it: every message (PII masked), and each answer's checks. */
export const ReviewTranscript = z
  .object({
    conversation: z.object({
      id: Uuid,
      status: z.string(),
      channel: z.string(),
      createdAt: Timestamp,
      lastActivityAt: Timestamp,
      closedAt: Timestamp.nullable(),
      anonymisedAt: Timestamp.nullable(),
      /** Whether the seeker identified; no identity field is shown. */
      identified: z.boolean(),
    }),
    cases: z.array(
      z.object({
        id: Uuid,
        status: z.string(),
        reason: z.string(),
        source: z.string(),
        outcome: z.string().nullable(),
        createdAt: Timestamp,
        resolvedAt: Timestamp.nullable(),
        counsellor: z.string().nullable(),
      }),
    ),
    messages: z.array(
      z.object({
        messageId: Uuid,
        seq: z.number().int(),
        /** seeker | assistant | counsellor | system */
        role: z.string(),
        text: z.string(),
        status: z.string(),
        createdAt: Timestamp,
        /** The staff member who wrote it, for a counsellor's message. */
        author: z.string().nullable(),
        // the rest only on assistant answers
        citations: z.array(Citation).optional(),
        toolCalls: z.array(ToolCall).optional(),
        /** The grounding check's result as stored by the turn. */
        grounding: z.record(z.string(), z.unknown()).nullable().optional(),
        check: GroundingReport.optional(),
        flagged: z.boolean().optional(),
        flags: z.array(z.enum(FLAG_REASONS)).optional(),
        model: z.string().nullable().optional(),
        promptVersion: z.string().nullable().optional(),
        latencyMs: z.number().int().nullable().optional(),
        agentDrafted: z.boolean().optional(),
        trace: Trace.nullable().optional(),
        feedback: z.object({ rating: z.number().int(), comment: z.string().nullable() }).nullable().optional(),
        myReview: StoredReview.nullable().optional(),
        reviewCount: z.number().int().optional(),
      }),
    ),
  })
  .meta({ id: 'ReviewTranscript' });

/** One answer as a supervisor scores it: question and context, cited clauses' whole texts, the check's result. */
export const ReviewItem = z
  .object({
    messageId: Uuid,
    conversationId: Uuid,
    createdAt: Timestamp,
    status: z.string(),
    answer: z.string(),
    flagged: z.boolean(),
    rating: z.number().int().nullable(),
    question: z.object({ text: z.string(), createdAt: Timestamp }).nullable(),
    context: z.array(z.object({ messageId: Uuid, role: z.string(), text: z.string(), createdAt: Timestamp })),
    citations: z.array(
      z.object({ clauseId: z.string(), title: z.string(), quote: z.string(), heading: z.string().nullable(), clauseText: z.string().nullable(), cut: z.boolean() }),
    ),
    toolCalls: z.array(ToolCall),
    trace: Trace.nullable(),
    reasons: z.array(z.enum(FLAG_REASONS)),
    grounding: GroundingReport,
    myReview: MyScores.nullable(),
  })
  .meta({ id: 'ReviewItem' });

export const ScoreAnswer = z.object({ review: StoredReview, created: z.boolean() });

/** A review with its reviewer and answer: a row of the list and of the CSV export. */
export const ReviewRow = z
  .object({
    id: Uuid,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    reviewer: z.string(),
    reviewerUsername: z.string(),
    messageId: Uuid,
    conversationId: Uuid,
    answeredAt: Timestamp,
    status: z.string(),
    ...Scores,
    average: z.number(),
    comment: z.string().nullable(),
    answer: z.string(),
  })
  .meta({ id: 'ReviewRow' });

export const ReviewList = z.object({ total: z.number().int(), items: z.array(ReviewRow) });

/** Answers scored by two or more reviewers: each one's scores and the spread per dimension, widest first. */
export const Agreement = z
  .object({
    summary: z.object({ answers: z.number().int(), meanSpread: rubric(z.number().nullable()), disagreements: z.number().int() }),
    total: z.number().int(),
    items: z.array(
      z.object({
        messageId: Uuid,
        conversationId: Uuid,
        answeredAt: Timestamp,
        answer: z.string(),
        reviewers: z.number().int(),
        reviews: z.array(z.object({ reviewer: z.string(), reviewerId: Uuid, ...Scores, comment: z.string().nullable(), updatedAt: Timestamp })),
        spread: rubric(z.number().int()),
        maxSpread: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ReviewAgreement' });

export type StoredReview = z.infer<typeof StoredReview>;
export type QueueItem = z.infer<typeof QueueItem>;
export type ReviewQueue = z.infer<typeof ReviewQueue>;
export type GroundingReport = z.infer<typeof GroundingReport>;
export type ReviewTranscript = z.infer<typeof ReviewTranscript>;
export type ReviewItem = z.infer<typeof ReviewItem>;
export type ScoreAnswer = z.infer<typeof ScoreAnswer>;
export type ReviewRow = z.infer<typeof ReviewRow>;
export type ReviewList = z.infer<typeof ReviewList>;
export type Agreement = z.infer<typeof Agreement>;
