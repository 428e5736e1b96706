/**
 * POST /api/vacancies/match `{ person, k?, asOf? }` → `{ asOf, matches: [{ vacancyId, title,
 * employer, score, reasons, notes, breakdown, …, demo }], shortfall? }` (docs/architecture.md contract,
 * extended). Fewer than three suitable posts come with `shortfall`, never with padding.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import { jsonBody } from '../http/json-body.ts';
import { validate } from '../http/validate.ts';
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

export function vacancyRoutes(deps: { database: Database; embedder: Embedder }) {
  return new Hono().post('/match', jsonBody, validate('json', MatchBody), async (c) => {
    const { person, k, asOf } = c.req.valid('json');
    return c.json(await matchVacanciesForPerson(deps, { person, k, asOf: asOf ?? today() }));
  });
}
