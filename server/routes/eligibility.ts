/**
 * POST /api/eligibility (mounted by the app): facts in, every benefit of the audience out, with a
 * short explanation. Invalid input is a 400 naming the field; the rules themselves cannot throw on
 * valid input, so this route has no 500 of its own.
 */
import { Hono } from 'hono';
import { jsonBody } from '../http/json-body.ts';
import { validate } from '../http/validate.ts';
import { EligibilityRequest } from '../rules/facts.ts';
import { evaluate } from '../rules/engine.ts';
import { explain } from '../rules/explain.ts';

export const eligibilityRoutes = new Hono().post('/', jsonBody, validate('json', EligibilityRequest), (c) => {
  const result = evaluate(c.req.valid('json'));
  return c.json({ asOf: result.asOf, benefits: result.benefits, explanation: explain(result) });
});
