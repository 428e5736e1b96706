import { createMiddleware } from 'hono/factory';
import { badRequest } from './errors.ts';
import { malformedError } from './validate.ts';
import { zh } from '../i18n/zh-CN/index.ts';

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** A JSON media type (application/json, application/*+json), parameters ignored. */
export const isJsonType = (contentType: string | undefined) => JSON_TYPE.test((contentType ?? '').split(';')[0]!.trim());

/**
 * The body must be JSON. Hono's json validator would otherwise see `{}` for a form or text body
 * and report a missing field instead of the real problem.
 */
export const jsonBody = createMiddleware(async (c, next) => {
  if (!isJsonType(c.req.header('content-type'))) throw badRequest('(body)', zh.errors.bodyNotJson);
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw badRequest('(body)', zh.errors.bodyNotJson);
  }
  // NUL, control characters, lone surrogates: a 400 naming the field, before any schema or store.
  const malformed = malformedError(body);
  if (malformed) throw malformed;
  await next();
});
