/** Staff management of vacancies: feed import, a filtered list, withdraw and restore. */
import { z } from 'zod';
import { api, defineRoute, json } from '../../api/define.ts';
import { VacancyPage } from '../../contract/catalog.ts';
import type { Database } from '../../db/client.ts';
import type { Embedder } from '../../embeddings/index.ts';
import { notFound } from '../../http/errors.ts';
import { LIST_STATUSES, listVacancies, setVacancyWithdrawn } from '../../catalog/queries.ts';
import { normaliseStreet } from '../../catalog/streets.ts';
import { importVacancies } from '../../catalog/vacancy-import.ts';
import { WORK_TYPES } from '../../catalog/vocabulary.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { today } from '../../rules/dates.ts';
import { BoolParam, importRequest } from './import-request.ts';
import { catalogItemRoutes } from './catalog-items.ts';
import { importRoute, Paging, readCatalog, tags, withdrawRoute } from './catalog-routes.ts';

const v = zh.jobs.validation;

const ListQuery = z.object({
  status: z.enum(LIST_STATUSES, { error: v.oneOf(LIST_STATUSES) }).default('all'),
  source: z.string().trim().max(64, { error: v.maxLength(64) }).optional(),
  street: z.string().trim().max(30, { error: v.maxLength(30) }).optional(),
  workType: z.enum(WORK_TYPES, { error: v.oneOf(WORK_TYPES) }).optional(),
  q: z.string().trim().max(50, { error: v.maxLength(50) }).optional(),
  demo: BoolParam.optional(),
  ...Paging,
});

const importVacancyFeed = importRoute('vacancies');
const list = defineRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Vacancies filtered by status, source, street, work type, words and demo, paged',
  request: { query: ListQuery },
  responses: { 200: json(VacancyPage, 'A page of vacancies, each saying whether it is demo data, expired, matchable today') },
  ...readCatalog,
});
const withdraw = withdrawRoute('withdraw', 'vacancy');
const restore = withdrawRoute('restore', 'vacancy');

export function staffVacancyRoutes({ database, embedder }: { database: Database; embedder: Embedder }) {
  return api()
    .openapi(importVacancyFeed, async (c) => {
      const { source, input, withdrawMissing } = c.var.importRequest;
      return c.json(await importVacancies(database, embedder, input, { source, withdrawMissing, today: today() }), 200);
    })
    .openapi(list, async (c) => {
      const { street, ...f } = c.req.valid('query');
      return c.json(await listVacancies(database, { ...f, street: normaliseStreet(street), asOf: today() }), 200);
    })
    .openapi(withdraw, async (c) => {
      const row = await setVacancyWithdrawn(database, { id: c.req.valid('param').id, withdrawn: true });
      if (!row) throw notFound();
      return c.json(row, 200);
    })
    .openapi(restore, async (c) => {
      const row = await setVacancyWithdrawn(database, { id: c.req.valid('param').id, withdrawn: false });
      if (!row) throw notFound();
      return c.json(row, 200);
    })
    .route('/', catalogItemRoutes('vacancies', { database, embedder }));
}
