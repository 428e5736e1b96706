import { Hono } from 'hono';
import { z } from 'zod';
import { recordAccess } from '../../auth/access-log.ts';
import { handlerRoute } from '../../auth/middleware.ts';
import type { Database } from '../../db/client.ts';
import { jsonBody } from '../../http/json-body.ts';
import { validate } from '../../http/validate.ts';
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

/**
 * 督导评审 (supervisors and admins): the review queue (the day's sample and everything flagged, not
 * yet scored by this reviewer), a conversation's transcript for review (access-logged), rubric
 * scores, the reviews so far, inter-reviewer agreement and the CSV export.
 */
export function staffReviewRoutes({ database, sampleSize }: { database: Database; sampleSize: number }) {
  return new Hono()
    .get('/queue', validate('query', QueueQuery), async (c) => {
      const { date, page: p, pageSize, ...filters } = c.req.valid('query');
      return c.json(await reviewQueue(database, { reviewerId: c.var.staff.id, day: date ?? today(), sampleSize, filters, ...page({ page: p, pageSize }) }));
    })
    .get('/conversations/:id', validate('param', ConversationParam), async (c) => {
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
      return c.json(rest);
    })
    // one answer to score: question, context, cited clauses' texts, the grounding result (access-logged: it shows the conversation)
    .get('/items/:id', validate('param', ConversationParam), async (c) => {
      const { seekerId, item } = await reviewItem(database, { messageId: c.req.valid('param').id, reviewerId: c.var.staff.id });
      await recordAccess(database, {
        actor: c.var.staff,
        action: 'review_transcript',
        seekerId,
        fields: ['messages'],
        reason: zh.review.accessReason,
        route: `${c.req.method} ${handlerRoute(c)}`,
      });
      return c.json(item);
    })
    .post('/', jsonBody, validate('json', ScoreBody), async (c) => {
      const { review, created } = await scoreAnswer(database, { reviewerId: c.var.staff.id, input: c.req.valid('json') });
      return c.json({ review, created }, created ? 201 : 200);
    })
    .get('/', validate('query', ListQuery), async (c) => {
      const q = c.req.valid('query');
      const reviewerId = q.mine ? c.var.staff.id : q.reviewerId;
      return c.json(await listReviews(database, { filters: { from: q.from, to: q.to, reviewerId }, ...page(q) }));
    })
    .get('/agreement', validate('query', AgreementQuery), async (c) => {
      const q = c.req.valid('query');
      return c.json(await agreement(database, { filters: { from: q.from, to: q.to }, minSpread: q.minSpread, ...page(q) }));
    })
    .get('/export', validate('query', ExportQuery), async (c) => {
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
