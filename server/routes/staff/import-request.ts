/**
 * The body of a feed import, two ways: JSON `{ source, format: 'json'|'csv', data, withdrawMissing? }`
 * (data: an array of rows, or the file's text), or the raw file as `text/csv` with `?source=` (and
 * `?withdrawMissing=true`). Problems are 400s naming the field.
 */
import type { RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import { badRequest } from '../../http/errors.ts';
import { isJsonType } from '../../http/json-body.ts';
import { malformedError, parseOr400 } from '../../http/validate.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import type { ImportInput } from '../../catalog/feed-records.ts';

const v = zh.jobs.validation;

/** Sources the system writes itself: the corpus calendar and the demo data. */
export const RESERVED_SOURCES = ['corpus', 'demo'];

export const Source = z
  .string({ error: (i) => (i.input === undefined ? v.required : v.text) })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, { error: v.sourceFormat })
  .refine((s) => !RESERVED_SOURCES.includes(s.toLowerCase()), { error: (i) => v.sourceReserved(String(i.input)) });

export const BoolParam = z.enum(['true', 'false', '1', '0'], { error: v.yesNo }).transform((x) => x === 'true' || x === '1');

const Envelope = z
  .object({
    source: Source,
    format: z.enum(['json', 'csv'], { error: v.oneOf(['json', 'csv']) }).default('json'),
    data: z.union([z.string(), z.array(z.unknown())], { error: (i) => (i.input === undefined ? v.required : v.dataForFormat('json')) }),
    withdrawMissing: z.boolean({ error: v.yesNo }).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.format === 'csv' && typeof b.data !== 'string') ctx.addIssue({ code: 'custom', path: ['data'], message: v.dataForFormat('csv') });
  });

const RawQuery = z.object({ source: Source, withdrawMissing: BoolParam.optional() });

const CSV_TYPES = ['text/csv', 'text/plain', 'application/csv'];
const CsvFile = z.string().meta({ description: 'The feed file itself (UTF-8 CSV with a header row); `?source=` names the feed, `?withdrawMissing=true` makes it the complete list' });

export interface ImportRequest {
  source: string;
  input: ImportInput;
  withdrawMissing: boolean;
}

/**
 * The import body for the document: the JSON envelope, or the CSV file as it is. The envelope is
 * given as JSON Schema rather than zod, so the route does not validate a JSON body itself (it
 * would for every content type): `importRequest` reads either kind.
 */
const { $schema: _dialect, ...EnvelopeSchema } = z.toJSONSchema(Envelope, { io: 'input' }) as Record<string, unknown>;
type RequestBody = NonNullable<NonNullable<RouteConfig['request']>['body']>;
export const importBody: RequestBody = {
  description: 'JSON `{ source, format, data, withdrawMissing? }`, or the raw CSV file with `?source=`',
  content: { 'application/json': { schema: EnvelopeSchema as object }, ...Object.fromEntries(CSV_TYPES.map((type) => [type, { schema: CsvFile }])) },
  required: true,
};

/**
 * Reads the import body before anything else sees it (a body of another type is a 400 naming the
 * body, in Chinese): the handler reads it as `c.var.importRequest`.
 */
export const importRequest = createMiddleware<{ Variables: { importRequest: ImportRequest } }>(async (c, next) => {
  c.set('importRequest', await readImportRequest(c));
  await next();
});

async function readImportRequest(c: Context): Promise<ImportRequest> {
  const type = c.req.header('content-type');
  if (isJsonType(type)) {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw badRequest('(body)', zh.errors.bodyNotJson);
    }
    const b = parseOr400(Envelope, body);
    return { source: b.source, input: { format: b.format, data: b.data }, withdrawMissing: b.withdrawMissing ?? false };
  }
  if (CSV_TYPES.includes((type ?? '').split(';')[0]!.trim().toLowerCase())) {
    const q = parseOr400(RawQuery, c.req.query());
    const data = await c.req.text();
    // the file's text passes the same check as any JSON field (NUL, control characters)
    const malformed = malformedError(data);
    if (malformed) throw malformed;
    return { source: q.source, input: { format: 'csv', data }, withdrawMissing: q.withdrawMissing ?? false };
  }
  throw badRequest('(body)', zh.jobs.import.bodyType);
}
