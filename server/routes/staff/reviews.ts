import { z } from 'zod';
import { api, defineRoute, json, jsonRequest, staffAccess } from '../../api/define.ts';
import { recordAccess } from '../../auth/access-log.ts';
import { handlerRoute } from '../../http/matched-route.ts';
import { overseersOnly } from '../../auth/ownership.ts';
import { REVIEW, WHY } from '../../auth/permissions.ts';
import { ErrorBody } from '../../contract/common.ts';
import { Agreement, ReviewItem, ReviewList, ReviewQueue, ReviewTranscript, ScoreAnswer } from '../../contract/review.ts';
import type { Database } from '../../db/client.ts';
import { jsonBody } from '../../http/json-body.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { toCsv } from '../../review/csv.ts';
import { QUEUE_REASONS } from '../../review/flags.ts';
import { checkRange, DayParam, RangeQuery } from '../../review/period.ts';
import { reviewItem } from '../../review/item.ts';
import { reviewQueue } from '../../review/queue.ts';
import { agreement, listReviews, RUBRIC, ScoreBody, scoreAnswer } from '../../review/scores.ts';
import { reviewTranscript } from '../../review/transcript.ts';
import { addDays, today } from '../../rules/dates.ts';

const v = zh.review.validation;

const Bool = z.enum(['true', 'false'], { error: v.oneOf(['true', 'false']) }).transform((x) => x === 'true');
const Paging = {
  page: z.coerce.number({ error: v.positive }).int({ error: v.positive }).min(1, { error: v.positive }).max(100_000, { error: v.positive }).default(1),
  pageSize: z.coerce.number({ error: v.positive }).int({ error: v.positive }).min(1, { error: v.positive }).max(200, { error: v.oneOf(['1–200']) }).default(50),
};
const page = ({ page, pageSize }: { page: number; pageSize: number }) => ({ limit: pageSize, offset: (page - 1) * pageSize });

const QueueQuery = checkRange(
  z.object({
    date: DayParam.optional(),
    reason: z.enum(QUEUE_REASONS, { error: v.oneOf(QUEUE_REASONS) }).optional(),
    rating: z.enum(['up', 'down', 'none'], { error: v.oneOf(['up', 'down', 'none']) }).optional(),
    handoff: Bool.optional(),
    counsellorId: z.uuid({ error: v.uuid }).optional(),
    ...RangeQuery,
    ...Paging,
  }),
);
const ListQuery = checkRange(z.object({ ...RangeQuery, reviewerId: z.uuid({ error: v.uuid }).optional(), mine: Bool.optional(), ...Paging }));
const ExportQuery = checkRange(z.object({ ...RangeQuery, reviewerId: z.uuid({ error: v.uuid }).optional() }));
const AgreementQuery = checkRange(z.object({ ...RangeQuery, minSpread: z.coerce.number({ error: v.positive }).int().min(0).max(4).default(0), ...Paging }));
const ConversationParam = z.object({ id: z.uuid({ error: v.uuid }) });

const CSV_COLUMNS = (['id', 'createdAt', 'updatedAt', 'reviewer', 'reviewerUsername', 'messageId', 'conversationId', 'answeredAt', 'status', ...RUBRIC, 'average', 'comment', 'answer'] as const).map(
  (key) => ({ key, label: zh.review.csv[key === 'id' ? 'reviewId' : key === 'createdAt' ? 'reviewedAt' : key] }),
);

const tags = ['review'];
const access = staffAccess(REVIEW, overseersOnly(WHY.audit));

const queue = defineRoute({
  method: 'get',
  path: '/queue',
  tags,
  summary: 'The review queue: the day’s sample and every flagged answer this reviewer has not scored',
  request: { query: QueueQuery },
  responses: { 200: json(ReviewQueue, 'The queue, newest first') },
  ...access,
});
const transcript = defineRoute({
  method: 'get',
  path: '/conversations/{id}',
  tags,
  summary: 'A conversation’s transcript for review (access-logged)',
  request: { params: ConversationParam },
  responses: { 200: json(ReviewTranscript, 'Every message, and each answer’s checks, trace and this reviewer’s score'), 404: json(ErrorBody, 'No such conversation') },
  ...access,
});
const item = defineRoute({
  method: 'get',
  path: '/items/{id}',
  tags,
  summary: 'One answer to score: question, context, cited clauses’ texts, the grounding result (access-logged)',
  request: { params: ConversationParam },
  responses: { 200: json(ReviewItem, 'The answer as a reviewer scores it'), 404: json(ErrorBody, 'No such answer') },
  ...access,
});
const score = defineRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Score an answer on the rubric; scoring it again replaces this reviewer’s scores',
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(ScoreBody) },
  responses: {
    201: json(ScoreAnswer, 'The first score of this answer by this reviewer'),
    200: json(ScoreAnswer, 'This reviewer’s earlier score, replaced'),
    400: json(ErrorBody, 'A score or the comment is invalid'),
    404: json(ErrorBody, 'No such answer'),
  },
  ...access,
});
const list = defineRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'The reviews so far, oldest first, by days and reviewer',
  request: { query: ListQuery },
  responses: { 200: json(ReviewList, 'A page of reviews') },
  ...access,
});
const agreementRoute = defineRoute({
  method: 'get',
  path: '/agreement',
  tags,
  summary: 'Inter-reviewer agreement: answers scored by two or more, widest disagreement first',
  request: { query: AgreementQuery },
  responses: { 200: json(Agreement, 'The spread per dimension, and a page of answers') },
  ...access,
});
const exportRoute = defineRoute({
  method: 'get',
  path: '/export',
  tags,
  summary: 'The reviews as a CSV file (the last year by default)',
  request: { query: ExportQuery },
  responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'UTF-8 CSV, a header row of Chinese column names, one review a row' } },
  ...access,
});

/**
 * 督导评审 (supervisors and admins): the review queue (the day's sample and everything flagged, not
 * yet scored by this reviewer), a conversation's transcript for review (access-logged), rubric
 * scores, the reviews so far, inter-reviewer agreement and the CSV export.
 */
export function staffReviewRoutes({ database, sampleSize }: { database: Database; sampleSize: number }) {
  return api()
    .openapi(queue, async (c) => {
      const { date, page: p, pageSize, ...filters } = c.req.valid('query');
      return c.json(await reviewQueue(database, { reviewerId: c.var.staff.id, day: date ?? today(), sampleSize, filters, ...page({ page: p, pageSize }) }), 200);
    })
    .openapi(transcript, async (c) => {
      const transcript = await reviewTranscript(database, { conversationId: c.req.valid('param').id, reviewerId: c.var.staff.id });
      const { seekerId, ...rest } = transcript;
      await recordAccess(database, {
        actor: c.var.staff,
        action: 'review_transcript',
        seekerId,
        fields: ['messages', 'toolCalls'],
        reason: zh.review.accessReason,
        route: `${c.req.method} ${handlerRoute(c)}`,
      });
      return c.json(rest, 200);
    })
    // one answer to score: question, context, cited clauses' texts, the grounding result (access-logged: it shows the conversation)
    .openapi(item, async (c) => {
      const { seekerId, item: found } = await reviewItem(database, { messageId: c.req.valid('param').id, reviewerId: c.var.staff.id });
      await recordAccess(database, {
        actor: c.var.staff,
        action: 'review_transcript',
        seekerId,
        fields: ['messages'],
        reason: zh.review.accessReason,
        route: `${c.req.method} ${handlerRoute(c)}`,
      });
      return c.json(found, 200);
    })
    .openapi(score, async (c) => {
      const { review, created } = await scoreAnswer(database, { reviewerId: c.var.staff.id, input: c.req.valid('json') });
      return created ? c.json({ review, created }, 201) : c.json({ review, created }, 200);
    })
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      const reviewerId = q.mine ? c.var.staff.id : q.reviewerId;
      return c.json(await listReviews(database, { filters: { from: q.from, to: q.to, reviewerId }, ...page(q) }), 200);
    })
    .openapi(agreementRoute, async (c) => {
      const q = c.req.valid('query');
      return c.json(await agreement(database, { filters: { from: q.from, to: q.to }, minSpread: q.minSpread, ...page(q) }), 200);
    })
    .openapi(exportRoute, async (c) => {
      const q = c.req.valid('query');
      const to = q.to ?? today();
      const from = q.from ?? addDays(to, -365);
      const { items } = await listReviews(database, { filters: { from, to, reviewerId: q.reviewerId } });
      const filename = zh.review.csvFilename(from, to);
      return c.body(toCsv(CSV_COLUMNS, items), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="reviews_${from}_${to}.csv"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      });
    });
}
