/**
 * One vacancy or course, by hand: read it for the edit form, add one (POST), change one (PUT).
 * The row is checked by its import's own validation (server/catalog/catalog-edit.ts).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import type { Embedder } from '../../embeddings/index.ts';
import { jsonBody } from '../../http/json-body.ts';
import { validate } from '../../http/validate.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { type CatalogItemKind, createCatalogItem, getCatalogItem, updateCatalogItem } from '../../catalog/catalog-edit.ts';
import { IdParam } from './vacancies.ts';

const v = zh.jobs.validation;
const cell = z.union([z.string().max(5000, { error: v.maxLength(5000) }), z.number(), z.boolean(), z.null()], { error: v.text }).optional();
const fieldsOf = (names: readonly string[]) =>
  z.strictObject(Object.fromEntries(names.map((n) => [n, cell])), { error: (i) => (i.code === 'unrecognized_keys' ? zh.forms.unknownFields(i.keys) : v.text) });

export const VACANCY_FIELDS = ['title', 'employer', 'description', 'street', 'educationMin', 'wageMin', 'wageMax', 'headcount', 'workType', 'contact', 'expiresOn'] as const;
export const COURSE_FIELDS = ['title', 'provider', 'category', 'description', 'street', 'startsOn', 'endsOn', 'subsidised', 'fee', 'seats', 'contact'] as const;

/** Nulls and empty strings are blanks: the import reads an absent value as not given. */
const blanksOut = (body: Record<string, unknown>) => Object.fromEntries(Object.entries(body).filter(([, x]) => x !== null && x !== ''));

export function catalogItemRoutes(kind: CatalogItemKind, { database, embedder }: { database: Database; embedder: Embedder }) {
  const Body = fieldsOf(kind === 'vacancies' ? VACANCY_FIELDS : COURSE_FIELDS);
  return new Hono()
    .get('/:id', validate('param', IdParam), async (c) => c.json({ item: await getCatalogItem(database, kind, c.req.valid('param').id) }))
    .post('/', jsonBody, validate('json', Body), async (c) => c.json({ item: await createCatalogItem(database, embedder, kind, blanksOut(c.req.valid('json'))) }, 201))
    .put('/:id', validate('param', IdParam), jsonBody, validate('json', Body), async (c) =>
      c.json({ item: await updateCatalogItem(database, embedder, kind, c.req.valid('param').id, blanksOut(c.req.valid('json'))) }),
    );
}
