/** Staff management of training courses: import, a filtered list, withdraw and restore. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import type { Embedder } from '../../embeddings/index.ts';
import { limitBody } from '../../http/body-limit.ts';
import { notFound } from '../../http/errors.ts';
import { validate } from '../../http/validate.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { importCourses } from '../../catalog/course-import.ts';
import { LIST_STATUSES, listCourses, setCourseWithdrawn } from '../../catalog/queries.ts';
import { normaliseStreet } from '../../catalog/streets.ts';
import { today } from '../../rules/dates.ts';
import { BoolParam, readImportRequest } from './import-request.ts';
import { MAX_IMPORT_BYTES } from './limits.ts';
import { catalogItemRoutes } from './catalog-items.ts';
import { IdParam, Paging } from './vacancies.ts';

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

export function staffCourseRoutes({ database, embedder }: { database: Database; embedder: Embedder }) {
  return new Hono()
    .post('/import', limitBody(MAX_IMPORT_BYTES), async (c) => {
      const { source, input, withdrawMissing } = await readImportRequest(c);
      return c.json(await importCourses(database, embedder, input, { source, withdrawMissing, today: today() }));
    })
    .get('/', validate('query', ListQuery), async (c) => {
      const { street, ...f } = c.req.valid('query');
      return c.json(await listCourses(database, { ...f, street: normaliseStreet(street), asOf: today() }));
    })
    .post('/:id/withdraw', validate('param', IdParam), async (c) => {
      const row = await setCourseWithdrawn(database, { id: c.req.valid('param').id, withdrawn: true });
      if (!row) throw notFound();
      return c.json(row);
    })
    .post('/:id/restore', validate('param', IdParam), async (c) => {
      const row = await setCourseWithdrawn(database, { id: c.req.valid('param').id, withdrawn: false });
      if (!row) throw notFound();
      return c.json(row);
    })
    .route('/', catalogItemRoutes('courses', { database, embedder }));
}
