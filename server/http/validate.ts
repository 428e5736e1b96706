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
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, prefix = '', labels?: Readonly<Record<string, string>>): z.output<S> {
  const malformed = malformedError(value, prefix);
  if (malformed) throw malformed;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw issueError(result.error.issues[0]!, prefix, labels);
}

/** The 400 for a schema's first failure: it names the field (in Chinese when `labels` are given) and says what is wrong. */
export function issueError(issue: z.core.$ZodIssue, prefix = '', labels?: Readonly<Record<string, string>>): AppError {
  const field = [prefix, issuePath(issue)].filter(Boolean).join('.');
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  const name = labels ? fieldLabel(field, labels) : field;
  const message = missing ? zh.errors.fieldRequired(name) : labels ? zh.errors.fieldLabelled(name, issue.message) : zh.errors.fieldInvalid(name, issue.message);
  return new AppError(400, 'bad_request', message, field);
}

/**
 * The Chinese name of a field path for a form's messages: the whole path, then the path without
 * list positions (`steps.0.dueOn` → `steps.dueOn`), then its last name; the path itself otherwise.
 */
export function fieldLabel(field: string, labels: Readonly<Record<string, string>>): string {
  const parts = field.split('.');
  const named = parts.filter((p) => !/^\d+$/.test(p));
  const n = parts.find((p) => /^\d+$/.test(p));
  const label = labels[field] ?? labels[named.join('.')] ?? labels[named.at(-1)!];
  return label ? (n !== undefined ? `${label}（第${Number(n) + 1}项）` : label) : field;
}

/**
 * Hono validator middleware: `validate('json', schema)` then `c.req.valid('json')` in the handler.
 * With `labels`, messages name the field in Chinese (what staff read under a form's field).
 */
export function validate<T extends keyof ValidationTargets, S extends z.ZodType>(target: T, schema: S, labels?: Readonly<Record<string, string>>) {
  return validator(target, (value) => parseOr400(schema, value, '', labels) as z.output<S>);
}
