import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { jsonBody } from '../../http/json-body.ts';
import { validate } from '../../http/validate.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { PLAN_STATUSES, updatePlan } from '../../ledger/plans.ts';
import { PlanSteps } from './ledger.ts';
import { checkPlanStepDates, keptStepDates } from '../../ledger/form-checks.ts';

const v = zh.cases.validation;
const IdParam = z.object({ id: z.uuid(v.uuid) });
const PatchBody = z.object({
  goals: z.string({ error: v.text }).trim().min(1, v.text).max(1000, v.maxLength(1000)).optional(),
  steps: PlanSteps.optional(),
  status: z.enum(PLAN_STATUSES, { error: v.oneOf(PLAN_STATUSES) }).optional(),
  ownerId: z.uuid(v.uuid).optional(),
});

/** An assistance plan (个性化就业援助计划) changes as it goes: goals, steps done, owner, closed. */
export function staffPlanRoutes({ database }: { database: Database }) {
  return new Hono().patch('/:id', validate('param', IdParam), jsonBody, validate('json', PatchBody, zh.forms.labels), async (c) => {
    const { steps } = c.req.valid('json');
    if (steps) checkPlanStepDates(steps, await keptStepDates(database, c.req.valid('param').id));
    return c.json({ plan: await updatePlan(database, { planId: c.req.valid('param').id, changes: c.req.valid('json') }) });
  });
}
