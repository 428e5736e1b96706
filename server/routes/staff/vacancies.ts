/** Staff management of vacancies: feed import, a filtered list, withdraw and restore. */
import { z } from 'zod';
import { api, defineRoute, json, staffAccess } from '../../api/define.ts';
import { noObject } from '../../auth/ownership.ts';
import { ALL_ROLES, MANAGE, WHY } from '../../auth/permissions.ts';
import { ErrorBody } from '../../contract/common.ts';
import { ImportReport, VacancyPage, WithdrawnState } from '../../contract/catalog.ts';
import type { Database } from '../../db/client.ts';
import type { Embedder } from '../../embeddings/index.ts';
import { limitBody } from '../../http/body-limit.ts';
import { notFound } from '../../http/errors.ts';
import { LIST_STATUSES, listVacancies, setVacancyWithdrawn } from '../../catalog/queries.ts';
import { normaliseStreet } from '../../catalog/streets.ts';
import { importVacancies } from '../../catalog/vacancy-import.ts';
import { WORK_TYPES } from '../../catalog/vocabulary.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { today } from '../../rules/dates.ts';
import { BoolParam, importBody, importRequest } from './import-request.ts';
import { MAX_IMPORT_BYTES } from './limits.ts';
import { catalogItemRoutes } from './catalog-items.ts';

const v = zh.jobs.validation;

export const Paging = {
  page: z.coerce.number({ error: v.positive }).int({ error: v.positive }).min(1, { error: v.positive }).max(100_000, { error: v.positive }).default(1),
  pageSize: z.coerce.number({ error: v.positive }).int({ error: v.positive }).min(1, { error: v.positive }).max(100, { error: v.oneOf(['1–100']) }).default(20),
};

const ListQuery = z.object({
  status: z.enum(LIST_STATUSES, { error: v.oneOf(LIST_STATUSES) }).default('all'),
  source: z.string().trim().max(64, { error: v.maxLength(64) }).optional(),
  street: z.string().trim().max(30, { error: v.maxLength(30) }).optional(),
  workType: z.enum(WORK_TYPES, { error: v.oneOf(WORK_TYPES) }).optional(),
  q: z.string().trim().max(50, { error: v.maxLength(50) }).optional(),
  demo: BoolParam.optional(),
  ...Paging,
});

export const IdParam = z.object({ id: z.uuid({ error: v.uuid }) });

const tags = ['catalogue'];
/** Everyone reads the catalogue; staff, supervisors and admins manage it. */
export const readCatalog = staffAccess(ALL_ROLES, noObject(WHY.catalog));
export const manageCatalog = staffAccess(MANAGE, noObject(WHY.catalog));

/** A feed import's route: the JSON envelope or the CSV file, up to MAX_IMPORT_BYTES. */
export const importRoute = (what: string) =>
  defineRoute({
    method: 'post',
    path: '/import',
    tags,
    summary: `Import a feed of ${what} (JSON envelope or CSV file); bad rows are reported, good ones written`,
    middleware: [limitBody(MAX_IMPORT_BYTES), importRequest] as const,
    request: { body: importBody },
    responses: {
      200: json(ImportReport, 'What the import did, and each bad row’s line, field and message'),
      400: json(ErrorBody, 'The body or its source is unusable (the field is named)'),
      413: json(ErrorBody, 'The file is larger than the import limit'),
    },
    ...manageCatalog,
  });

/** Withdraw or restore a vacancy or course by hand. */
export const withdrawRoute = (action: 'withdraw' | 'restore', what: string) =>
  defineRoute({
    method: 'post',
    path: `/{id}/${action}`,
    tags,
    summary: action === 'withdraw' ? `Withdraw a ${what}: it stops matching at once and stays withdrawn across re-imports` : `Restore a withdrawn ${what}`,
    request: { params: IdParam },
    responses: { 200: json(WithdrawnState, `The ${what}’s new state`), 404: json(ErrorBody, `No such ${what}`) },
    ...manageCatalog,
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
