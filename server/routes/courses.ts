/**
 * POST /api/courses/recommend `{ person, interest?, k?, asOf? }` → `{ asOf, matches: [{ courseId,
 * title, provider, category, score, reasons, …, demo }], shortfall? }`: the training counterpart of
 * /api/vacancies/match (二（四）1: 推荐至少3个培训课程或项目).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import { jsonBody } from '../http/json-body.ts';
import { validate } from '../http/validate.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { recommendCoursesForPerson } from '../catalog/recommend.ts';
import { today } from '../rules/dates.ts';
import { IsoDate, PersonSchema } from '../rules/facts.ts';
import { K } from './vacancies.ts';

const v = zh.jobs.validation;

const RecommendBody = z.object({
  person: PersonSchema,
  interest: z.string({ error: v.text }).trim().max(100, { error: v.maxLength(100) }).optional().describe('What the seeker wants to learn, in their words (e.g. “电商直播”)'),
  k: K,
  asOf: IsoDate.optional(),
});

export function courseRoutes(deps: { database: Database; embedder: Embedder }) {
  return new Hono().post('/recommend', jsonBody, validate('json', RecommendBody), async (c) => {
    const { person, interest, k, asOf } = c.req.valid('json');
    return c.json(await recommendCoursesForPerson(deps, { person, interest: interest || undefined, k, asOf: asOf ?? today() }));
  });
}
