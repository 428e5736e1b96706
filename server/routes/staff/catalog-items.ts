/**
 * One vacancy or course, by hand: read it for the edit form, add one (POST), change one (PUT).
 * The row is checked by its import's own validation (server/catalog/catalog-edit.ts).
 */
import { z } from 'zod';
import { api, defineRoute, json, jsonRequest } from '../../api/define.ts';
import { CourseItem, VacancyItem } from '../../contract/catalog.ts';
import { ErrorBody } from '../../contract/common.ts';
import type { Database } from '../../db/client.ts';
import type { Embedder } from '../../embeddings/index.ts';
import { jsonBody } from '../../http/json-body.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { type CatalogItemKind, createCatalogItem, getCatalogItem, updateCatalogItem } from '../../catalog/catalog-edit.ts';
import { IdParam, manageCatalog, readCatalog } from './catalog-routes.ts';

const v = zh.jobs.validation;
const cell = z.union([z.string().max(5000, { error: v.maxLength(5000) }), z.number(), z.boolean(), z.null()], { error: v.text }).optional();
const fieldsOf = (names: readonly string[]) =>
  z.strictObject(Object.fromEntries(names.map((n) => [n, cell])), { error: (i) => (i.code === 'unrecognized_keys' ? zh.forms.unknownFields(i.keys) : v.text) });

export const VACANCY_FIELDS = ['title', 'employer', 'description', 'street', 'educationMin', 'wageMin', 'wageMax', 'headcount', 'workType', 'contact', 'expiresOn'] as const;
export const COURSE_FIELDS = ['title', 'provider', 'category', 'description', 'street', 'startsOn', 'endsOn', 'subsidised', 'fee', 'seats', 'contact'] as const;

/** Nulls and empty strings are blanks: the import reads an absent value as not given. */
const blanksOut = (body: Record<string, unknown>) => Object.fromEntries(Object.entries(body).filter(([, x]) => x !== null && x !== ''));

const KINDS = {
  vacancies: { what: 'vacancy', fields: VACANCY_FIELDS, Item: VacancyItem },
  courses: { what: 'course', fields: COURSE_FIELDS, Item: CourseItem },
} as const;

function itemRoutes(kind: CatalogItemKind) {
  const { what, fields, Item } = KINDS[kind];
  const Body = fieldsOf(fields).meta({ description: `The ${what}'s fields; null or an empty string leaves one blank` });
  const Answer = z.object({ item: Item });
  const tags = ['catalogue'];
  const rowRefused = json(ErrorBody, 'A field is refused by the import’s own validation (the field is named)');
  return {
    get: defineRoute({
      method: 'get',
      path: '/{id}',
      tags,
      summary: `One ${what} as its edit form shows it`,
      request: { params: IdParam },
      responses: { 200: json(Answer, `The ${what}`), 404: json(ErrorBody, `No such ${what}`) },
      ...readCatalog,
    }),
    create: defineRoute({
      method: 'post',
      path: '/',
      tags,
      summary: `Add a ${what} by hand (source \`manual\`)`,
      middleware: [jsonBody] as const,
      request: { body: jsonRequest(Body) },
      responses: { 201: json(Answer, `The stored ${what}`), 400: rowRefused },
      ...manageCatalog,
    }),
    update: defineRoute({
      method: 'put',
      path: '/{id}',
      tags,
      summary: `Replace what a ${what} says (its status is kept)`,
      middleware: [jsonBody] as const,
      request: { params: IdParam, body: jsonRequest(Body) },
      responses: { 200: json(Answer, `The stored ${what}`), 400: rowRefused, 404: json(ErrorBody, `No such ${what}`) },
      ...manageCatalog,
    }),
  };
}

export function catalogItemRoutes(kind: CatalogItemKind, { database, embedder }: { database: Database; embedder: Embedder }) {
  const route = itemRoutes(kind);
  return api()
    .openapi(route.get, async (c) => c.json({ item: await getCatalogItem(database, kind, c.req.valid('param').id) }, 200))
    .openapi(route.create, async (c) => c.json({ item: await createCatalogItem(database, embedder, kind, blanksOut(c.req.valid('json'))) }, 201))
    .openapi(route.update, async (c) => c.json({ item: await updateCatalogItem(database, embedder, kind, c.req.valid('param').id, blanksOut(c.req.valid('json'))) }, 200));
}
