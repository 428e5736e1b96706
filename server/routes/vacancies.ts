/**
 * POST /api/vacancies/match `{ person, k?, asOf? }`: the posts that suit a person, ranked and
 * explained (docs/architecture.md contract, extended). Fewer than three suitable posts come with `shortfall`
 * and the nearest alternatives, never with padding.
 */
import { z } from 'zod';
import { api, defineRoute, json, jsonRequest, publicAccess } from '../api/define.ts';
import { VacancyMatches } from '../contract/catalog.ts';
import { ErrorBody } from '../contract/common.ts';
import type { Database } from '../db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import { jsonBody } from '../http/json-body.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { matchVacanciesForPerson } from '../catalog/recommend.ts';
import { today } from '../rules/dates.ts';
import { IsoDate, PersonSchema } from '../rules/facts.ts';

const v = zh.jobs.validation;

export const MAX_K = 20;
export const K = z.number({ error: v.positive }).int({ error: v.positive }).min(1, { error: v.positive }).max(MAX_K, { error: v.oneOf([`1–${MAX_K}`]) }).default(5);

const MatchBody = z.object({
  person: PersonSchema,
  k: K,
  asOf: IsoDate.optional().describe('The day to match on (default: today in China); posts expired before it are left out'),
});

const match = defineRoute({
  method: 'post',
  path: '/match',
  tags: ['matching'],
  summary: 'The vacancies that suit a person, best first, each with its reasons and score breakdown',
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(MatchBody) },
  responses: { 200: json(VacancyMatches, 'The matches, a shortfall when fewer than three suit, the alternatives offered'), 400: json(ErrorBody, 'A fact is malformed (the field is named)') },
  ...publicAccess,
});

export function vacancyRoutes(deps: { database: Database; embedder: Embedder }) {
  return api().openapi(match, async (c) => {
    const { person, k, asOf } = c.req.valid('json');
    return c.json(await matchVacanciesForPerson(deps, { person, k, asOf: asOf ?? today() }), 200);
  });
}
