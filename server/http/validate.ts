import { validator } from 'hono/validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { AppError, badRequest } from './errors.ts';
import { malformedText } from './malformed-text.ts';
import { zh } from '../i18n/zh-CN/index.ts';

/** The dotted path of a zod issue, e.g. `person.business.startedOn` or `employer.hires.0.hiredOn`. */
export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.') || '(body)';
}

/** A 400 naming the first field holding text that cannot be stored (server/http/malformed-text.ts), if any. */
export function malformedError(value: unknown, prefix = ''): AppError | undefined {
  const bad = malformedText(value);
  if (!bad) return undefined;
  const field = [prefix, bad.path === '(body)' && prefix ? '' : bad.path].filter(Boolean).join('.');
  const detail = bad.kind === 'nul' ? zh.errors.nulCharacter : bad.kind === 'surrogate' ? zh.errors.loneSurrogate : zh.errors.controlCharacter;
  return badRequest(field, zh.errors.fieldInvalid(field, detail));
}

/**
 * Parses with zod; the first failure becomes a 400 that names the field. Malformed text (NUL,
 * control characters, lone surrogates) is refused first, whatever the schema: every query, path
 * parameter and body passes here.
 */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
  const malformed = malformedError(value, prefix);
  if (malformed) throw malformed;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [prefix, issuePath(issue)].filter(Boolean).join('.');
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  const message = missing ? zh.errors.fieldRequired(field) : zh.errors.fieldInvalid(field, issue.message);
  throw new AppError(400, 'bad_request', message, field);
}

/** Hono validator middleware: `validate('json', schema)` then `c.req.valid('json')` in the handler. */
export function validate<T extends keyof ValidationTargets, S extends z.ZodType>(target: T, schema: S) {
  return validator(target, (value) => parseOr400(schema, value) as z.output<S>);
}
