import { and, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { messages, reviews } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { withinDays } from './period.ts';

const v = zh.review.validation;

/** The rubric's dimensions, in the order the console and the export show them. */
export const RUBRIC = ['accuracy', 'citation', 'completeness', 'tone', 'safety'] as const;
export type RubricDimension = (typeof RUBRIC)[number];

const Score = z.number({ error: v.score }).int({ error: v.score }).min(1, { error: v.score }).max(5, { error: v.score });
export const MAX_COMMENT = 1000;

export const ScoreBody = z.object({
  messageId: z.uuid({ error: v.uuid }),
  accuracy: Score,
  citation: Score,
  completeness: Score,
  tone: Score,
  safety: Score,
  comment: z.string({ error: v.comment(MAX_COMMENT) }).trim().max(MAX_COMMENT, { error: v.comment(MAX_COMMENT) }).nullable().optional(),
});
export type ScoreInput = z.infer<typeof ScoreBody>;

/**
 * Stores a reviewer's rubric scores for one assistant answer; the same reviewer scoring it again
 * replaces their scores (one row per reviewer per answer) and stamps `updatedAt`.
 */
export async function scoreAnswer(database: Database, { reviewerId, input }: { reviewerId: string; input: ScoreInput }) {
  const [answer] = await database.db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.id, input.messageId), eq(messages.role, 'assistant')));
  if (!answer) throw new AppError(404, 'not_found', zh.review.errors.answerNotFound, 'messageId');
  const scores = { accuracy: input.accuracy, citation: input.citation, completeness: input.completeness, tone: input.tone, safety: input.safety, comment: input.comment || null };
  const [row] = await database.db
    .insert(reviews)
    .values({ messageId: input.messageId, reviewerId, ...scores })
    .onConflictDoUpdate({ target: [reviews.messageId, reviews.reviewerId], set: { ...scores, updatedAt: sql`now()` } })
    // xmax is 0 on a freshly inserted row version, the updating transaction's id otherwise
    .returning({ ...getTableColumns(reviews), created: sql<boolean>`(xmax = 0)` });
  const { created, ...review } = row!;
  return { review, created };
}

/** The scores `reviewerId` gave the answers `messageIds`. */
export function scoresOf(database: Database, { messageIds, reviewerId }: { messageIds: string[]; reviewerId: string }) {
  return database.db
    .select()
    .from(reviews)
    .where(and(inArray(reviews.messageId, messageIds), eq(reviews.reviewerId, reviewerId)));
}

export interface ReviewFilters {
  from?: string;
  to?: string;
  reviewerId?: string;
}

function reviewWhere(f: ReviewFilters): SQL {
  const parts: SQL[] = [sql`true`];
  const range = withinDays(sql`r.created_at`, f);
  if (range) parts.push(range);
  if (f.reviewerId) parts.push(sql`r.reviewer_id = ${f.reviewerId}`);
  return sql.join(parts, sql` and `);
}

export interface ReviewRow {
  id: string;
  createdAt: string;
  updatedAt: string;
  reviewer: string;
  reviewerUsername: string;
  messageId: string;
  conversationId: string;
  answeredAt: string;
  status: string;
  accuracy: number;
  citation: number;
  completeness: number;
  tone: number;
  safety: number;
  average: number;
  comment: string | null;
  answer: string;
}

const iso = (d: string | Date) => new Date(d).toISOString();

/** Reviews with their reviewer and answer, oldest first (the export's order), scored within the days. */
export async function listReviews(database: Database, { filters = {}, limit, offset = 0 }: { filters?: ReviewFilters; limit?: number; offset?: number }) {
  const where = reviewWhere(filters);
  const rows = await database.rows<ReviewRow>(sql`
    select r.id, r.created_at as "createdAt", r.updated_at as "updatedAt", u.display_name as reviewer, u.username as "reviewerUsername",
      r.message_id as "messageId", m.conversation_id as "conversationId", m.created_at as "answeredAt", m.status,
      r.accuracy, r.citation, r.completeness, r.tone, r.safety,
      round((r.accuracy + r.citation + r.completeness + r.tone + r.safety) / 5.0, 2)::float8 as average,
      r.comment, m.text as answer
    from reviews r join messages m on m.id = r.message_id join staff_users u on u.id = r.reviewer_id
    where ${where}
    order by r.created_at, r.id
    ${limit === undefined ? sql`` : sql`limit ${limit}`} offset ${offset}`);
  const [total] = await database.rows<{ n: number }>(sql`select count(*)::int as n from reviews r where ${where}`);
  return {
    total: total?.n ?? 0,
    items: rows.map((r) => ({ ...r, createdAt: iso(r.createdAt), updatedAt: iso(r.updatedAt), answeredAt: iso(r.answeredAt) })),
  };
}

/**
 * Answers scored by two or more reviewers, their scores side by side with the spread (highest −
 * lowest) per dimension, widest disagreement first; and over all of them the mean spread per
 * dimension and how many differ by 2 or more anywhere — where the rubric needs calibrating.
 */
export async function agreement(database: Database, { filters = {}, minSpread = 0, limit = 100, offset = 0 }: { filters?: Pick<ReviewFilters, 'from' | 'to'>; minSpread?: number; limit?: number; offset?: number }) {
  const range = withinDays(sql`m.created_at`, filters);
  const spread = (d: RubricDimension) => sql.raw(`(max(r.${d}) - min(r.${d}))::int`);
  const rows = await database.rows<AgreementRow>(sql`
    with scored as (
      select r.message_id,
        ${sql.join(RUBRIC.map((d) => sql`${spread(d)} as ${sql.raw(`"${d}"`)}`), sql`, `)},
        count(*)::int as reviewers,
        json_agg(json_build_object(
          'reviewer', u.display_name, 'reviewerId', u.id, 'accuracy', r.accuracy, 'citation', r.citation,
          'completeness', r.completeness, 'tone', r.tone, 'safety', r.safety, 'comment', r.comment, 'updatedAt', r.updated_at
        ) order by u.display_name) as reviews
      from reviews r join staff_users u on u.id = r.reviewer_id join messages m on m.id = r.message_id
      where ${range ?? sql`true`}
      group by r.message_id
      having count(*) >= 2
    )
    select s.message_id as "messageId", m.conversation_id as "conversationId", m.created_at as "answeredAt", m.text as answer,
      s.reviewers, s.reviews,
      json_build_object(${sql.join(RUBRIC.map((d) => sql`${d}::text, s.${sql.raw(`"${d}"`)}`), sql`, `)}) as spread,
      greatest(${sql.join(RUBRIC.map((d) => sql.raw(`s."${d}"`)), sql`, `)}) as "maxSpread"
    from scored s join messages m on m.id = s.message_id`);
  const all = rows.filter((r) => r.maxSpread >= minSpread).sort((a, b) => b.maxSpread - a.maxSpread || (a.answeredAt < b.answeredAt ? 1 : -1));
  const meanSpread = Object.fromEntries(
    RUBRIC.map((d) => [d, rows.length ? Math.round((rows.reduce((s, r) => s + r.spread[d], 0) / rows.length) * 100) / 100 : null]),
  ) as Record<RubricDimension, number | null>;
  return {
    summary: { answers: rows.length, meanSpread, disagreements: rows.filter((r) => r.maxSpread >= 2).length },
    total: all.length,
    items: all.slice(offset, offset + limit).map((r) => ({ ...r, answeredAt: iso(r.answeredAt) })),
  };
}

interface AgreementRow {
  messageId: string;
  conversationId: string;
  answeredAt: string;
  answer: string;
  reviewers: number;
  reviews: ({ reviewer: string; reviewerId: string; comment: string | null; updatedAt: string } & Record<RubricDimension, number>)[];
  spread: Record<RubricDimension, number>;
  maxSpread: number;
}
