/**
 * POST /api/eligibility (mounted by the app): facts in, every benefit of the audience out, with a
 * short explanation. Invalid input is a 400 naming the field; the rules themselves cannot throw on
 * valid input, so this route has no 500 of its own.
 */
import { api, defineRoute, json, jsonRequest, publicAccess } from '../api/define.ts';
import { ErrorBody } from '../contract/common.ts';
import { EligibilityResult } from '../contract/eligibility.ts';
import { jsonBody } from '../http/json-body.ts';
import { EligibilityRequest } from '../rules/facts.ts';
import { evaluate } from '../rules/engine.ts';
import { explain } from '../rules/explain.ts';

const check = defineRoute({
  method: 'post',
  path: '/',
  tags: ['eligibility'],
  summary: 'Every benefit of the audience, judged on the facts given (rules as code)',
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(EligibilityRequest) },
  responses: { 200: json(EligibilityResult, 'Each benefit with status, amount, reasons, missing facts and clauses'), 400: json(ErrorBody, 'A fact is malformed (the field is named)') },
  ...publicAccess,
});

export const eligibilityRoutes = api().openapi(check, (c) => {
  const result = evaluate(c.req.valid('json'));
  return c.json({ asOf: result.asOf, benefits: result.benefits, explanation: explain(result) }, 200);
});
