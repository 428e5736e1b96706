import { z } from 'zod';
import { type Api, api, defineRoute, json, jsonRequest, staffAccess, validationHook } from '../../api/define.ts';
import { planParam } from '../../auth/ownership.ts';
import { CASEWORK } from '../../auth/permissions.ts';
import { ErrorBody } from '../../contract/common.ts';
import { PlanAnswer } from '../../contract/plans.ts';
import type { Database } from '../../db/client.ts';
import { jsonBody } from '../../http/json-body.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { checkPlanStepDates, keptStepDates } from '../../ledger/form-checks.ts';
import { PLAN_STATUSES, updatePlan } from '../../ledger/plans.ts';
import { PlanSteps } from './ledger.ts';
import { IdParam } from '../params.ts';

const v = zh.cases.validation;
const PatchBody = z.object({
  goals: z.string({ error: v.text }).trim().min(1, v.text).max(1000, v.maxLength(1000)).optional(),
  steps: PlanSteps.optional(),
  status: z.enum(PLAN_STATUSES, { error: v.oneOf(PLAN_STATUSES) }).optional(),
  ownerId: z.uuid(v.uuid).optional(),
});

const patch = defineRoute({
  method: 'patch',
  path: '/{id}',
  tags: ['ledger'],
  summary: 'Change a plan: goals, steps done, owner, status',
  middleware: [jsonBody] as const,
  request: { params: IdParam, body: jsonRequest(PatchBody) },
  responses: { 200: json(PlanAnswer, 'The plan after the change'), 400: json(ErrorBody, 'A field is malformed (named in Chinese)'), 404: json(ErrorBody, 'No such plan') },
  ...staffAccess(CASEWORK, planParam()),
});

/** An assistance plan (个性化就业援助计划) changes as it goes: goals, steps done, owner, closed. */
export function staffPlanRoutes({ database }: { database: Database }): Api {
  return api().openapi(
    patch,
    async (c) => {
      const { steps } = c.req.valid('json');
      if (steps) checkPlanStepDates(steps, await keptStepDates(database, c.req.valid('param').id));
      return c.json({ plan: await updatePlan(database, { planId: c.req.valid('param').id, changes: c.req.valid('json') }) }, 200);
    },
    validationHook(zh.forms.labels),
  );
}
