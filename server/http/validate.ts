import { validator } from 'hono/validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';
import { AppError } from './errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';

/** The dotted path of a zod issue, e.g. `person.business.startedOn` or `employer.hires.0.hiredOn`. */
export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.') || '(body)';
}

/** Parses with zod; the first failure becomes a 400 that names the field. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
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
