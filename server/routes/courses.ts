/**
 * POST /api/courses/recommend `{ person, interest?, k?, asOf? }`: the training counterpart of
 * /api/vacancies/match (二（四）1: 推荐至少3个培训课程或项目).
 */
import { z } from 'zod';
import { api, defineRoute, json, jsonRequest, publicAccess } from '../api/define.ts';
import { CourseMatches } from '../contract/catalog.ts';
import { ErrorBody } from '../contract/common.ts';
import type { Database } from '../db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import { jsonBody } from '../http/json-body.ts';
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

const recommend = defineRoute({
  method: 'post',
  path: '/recommend',
  tags: ['matching'],
  summary: 'The training courses that suit a person, best first, each with its reasons and score breakdown',
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(RecommendBody) },
  responses: { 200: json(CourseMatches, 'The courses, a shortfall when fewer than three suit, the alternatives offered'), 400: json(ErrorBody, 'A fact is malformed (the field is named)') },
  ...publicAccess,
});

export function courseRoutes(deps: { database: Database; embedder: Embedder }) {
  return api().openapi(recommend, async (c) => {
    const { person, interest, k, asOf } = c.req.valid('json');
    return c.json(await recommendCoursesForPerson(deps, { person, interest: interest || undefined, k, asOf: asOf ?? today() }), 200);
  });
}
