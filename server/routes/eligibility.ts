/**
 * POST /api/eligibility (mounted by the app): facts in, every benefit of the audience out, with a
 * short explanation. Invalid input is a 400 naming the field; the rules themselves cannot throw on
 * valid input, so this route has no 500 of its own.
 */
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { badRequest } from '../http/errors.ts';
import { validate } from '../http/validate.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { EligibilityRequest } from '../rules/facts.ts';
import { evaluate } from '../rules/engine.ts';
import { explain } from '../rules/explain.ts';

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** The body must be JSON: otherwise the validator would see `{}` and evaluate nobody's facts. */
const jsonBody = createMiddleware(async (c, next) => {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
  if (!JSON_TYPE.test(type)) throw badRequest('(body)', zh.errors.bodyNotJson);
  try {
    await c.req.json();
  } catch {
    throw badRequest('(body)', zh.errors.bodyNotJson);
  }
  await next();
});

export const eligibilityRoutes = new Hono().post('/', jsonBody, validate('json', EligibilityRequest), (c) => {
  const result = evaluate(c.req.valid('json'));
  return c.json({ asOf: result.asOf, benefits: result.benefits, explanation: explain(result) });
});
