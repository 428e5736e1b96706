/** Staff management of training courses: import, a filtered list, withdraw and restore. */
import { z } from 'zod';
import { api, defineRoute, json } from '../../api/define.ts';
import { CoursePage } from '../../contract/catalog.ts';
import type { Database } from '../../db/client.ts';
import type { Embedder } from '../../embeddings/index.ts';
import { notFound } from '../../http/errors.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { importCourses } from '../../catalog/course-import.ts';
import { LIST_STATUSES, listCourses, setCourseWithdrawn } from '../../catalog/queries.ts';
import { normaliseStreet } from '../../catalog/streets.ts';
import { today } from '../../rules/dates.ts';
import { BoolParam } from './import-request.ts';
import { catalogItemRoutes } from './catalog-items.ts';
import { importRoute, Paging, readCatalog, withdrawRoute } from './catalog-routes.ts';

const v = zh.jobs.validation;

const ListQuery = z.object({
  status: z.enum(LIST_STATUSES, { error: v.oneOf(LIST_STATUSES) }).default('all'),
  source: z.string().trim().max(64, { error: v.maxLength(64) }).optional(),
  street: z.string().trim().max(30, { error: v.maxLength(30) }).optional(),
  category: z.string().trim().max(30, { error: v.maxLength(30) }).optional(),
  q: z.string().trim().max(50, { error: v.maxLength(50) }).optional(),
  demo: BoolParam.optional(),
  ...Paging,
});

const importCourseFeed = importRoute('training courses');
const list = defineRoute({
  method: 'get',
  path: '/',
  tags: ['catalogue'],
  summary: 'Training courses filtered by status, source, street, category, words and demo, paged',
  request: { query: ListQuery },
  responses: { 200: json(CoursePage, 'A page of courses, each saying whether it is demo data, expired, matchable today') },
  ...readCatalog,
});
const withdraw = withdrawRoute('withdraw', 'course');
const restore = withdrawRoute('restore', 'course');

export function staffCourseRoutes({ database, embedder }: { database: Database; embedder: Embedder }) {
  return api()
    .openapi(importCourseFeed, async (c) => {
      const { source, input, withdrawMissing } = c.var.importRequest;
      return c.json(await importCourses(database, embedder, input, { source, withdrawMissing, today: today() }), 200);
    })
    .openapi(list, async (c) => {
      const { street, ...f } = c.req.valid('query');
      return c.json(await listCourses(database, { ...f, street: normaliseStreet(street), asOf: today() }), 200);
    })
    .openapi(withdraw, async (c) => {
      const row = await setCourseWithdrawn(database, { id: c.req.valid('param').id, withdrawn: true });
      if (!row) throw notFound();
      return c.json(row, 200);
    })
    .openapi(restore, async (c) => {
      const row = await setCourseWithdrawn(database, { id: c.req.valid('param').id, withdrawn: false });
      if (!row) throw notFound();
      return c.json(row, 200);
    })
    .route('/', catalogItemRoutes('courses', { database, embedder }));
}
