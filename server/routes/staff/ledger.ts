import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { handlerRoute } from '../../auth/middleware.ts';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { jsonBody } from '../../http/json-body.ts';
import { validate } from '../../http/validate.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { scheduleFollowUp } from '../../ledger/follow-ups.ts';
import { ConsentField, createLedgerRecord, IdNumberField, linkSeekers, NameField, PhoneField, revealIdentity } from '../../ledger/identity.ts';
import { maskIdentity } from '../../ledger/mask.ts';
import { createPlan } from '../../ledger/plans.ts';
import { LEDGER_EMPLOYMENT_STATUSES } from '../../ledger/profile.ts';
import { ledgerRecord, listLedger } from '../../ledger/queries.ts';
import { addServiceRecord, completeRegistration, deleteServiceRecord, updateProfile } from '../../ledger/records.ts';
import { IsoDate, PersonSchema } from '../../rules/facts.ts';
import { PERSON_BENEFITS } from '../../rules/engine.ts';
import { OUTCOMES } from '../../cases/close.ts';
import { oversees, seekerScope } from '../../auth/ownership.ts';
import { seekers } from '../../db/schema/index.ts';
import { comingDate, FOLLOW_UP_MAX_DAYS, pastDate } from '../../ledger/form-dates.ts';
import { checkCompletion, checkPlanStepDates, checkServiceRef } from '../../ledger/form-checks.ts';

const L = zh.forms.labels;

const v = zh.cases.validation;

const IdParam = z.object({ id: z.uuid(v.uuid) });
const RecordParam = z.object({ id: z.uuid(v.uuid), recordId: z.uuid(v.uuid) });
const Text = (max: number) => z.string({ error: v.text }).trim().min(1, v.text).max(max, v.maxLength(max));
const Status = z.enum(LEDGER_EMPLOYMENT_STATUSES, { error: v.oneOf(LEDGER_EMPLOYMENT_STATUSES) });
const Bool = z.enum(['true', 'false'], { error: v.oneOf(['true', 'false']) });

const ListQuery = z.object({
  q: z.string().trim().max(40).optional(),
  counsellorId: z.uuid(v.uuid).optional(),
  mine: Bool.optional(),
  unassigned: Bool.optional(),
  outcome: z.enum([...OUTCOMES, 'none'], { error: v.oneOf([...OUTCOMES, 'none']) }).optional(),
  owed: Bool.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

const CreateBody = z.object({
  name: NameField,
  phone: PhoneField,
  idNumber: IdNumberField.optional(),
  consent: ConsentField,
  facts: PersonSchema.optional(),
  employmentStatus: Status.optional(),
  intent: Text(200).optional(),
  trainingNeed: Text(200).optional(),
});

const PatchBody = z.object({
  employmentStatus: Status.optional(),
  intent: Text(200).nullable().optional(),
  skills: z.array(Text(30)).max(30).optional(),
  trainingNeed: Text(200).nullable().optional(),
  facts: PersonSchema.optional(),
  unsetFacts: z.array(z.enum(Object.keys(PersonSchema.shape) as [string, ...string[]], { error: v.oneOf(['person facts']) })).max(50).optional(),
  counsellorId: z.uuid(v.uuid).nullable().optional(),
});

const RevealBody = z.object({ reason: z.string({ error: v.reason }).trim().min(4, v.reason).max(200, v.maxLength(200)) });

const Service = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.enum(['policy_briefing', 'career_guidance']), deliveredOn: pastDate().optional(), note: Text(500).optional() }),
    z.object({
      kind: z.enum(['job_recommendation', 'course_recommendation']),
      refId: Text(100),
      title: Text(100),
      employer: Text(100).optional(),
      deliveredOn: pastDate().optional(),
      note: Text(500).optional(),
    }),
    z.object({ kind: z.literal('policy_application_help'), benefit: z.enum(PERSON_BENEFITS, { error: v.oneOf(PERSON_BENEFITS) }), deliveredOn: pastDate().optional(), note: Text(500).optional() }),
    z
      .object({ kind: z.literal('unemployment_registration'), appliedOn: pastDate(), completedOn: pastDate().optional(), note: Text(500).optional() })
      .refine((r) => !r.completedOn || r.completedOn >= r.appliedOn, { path: ['completedOn'], error: zh.forms.date.beforeApplied }),
  ],
  { error: v.oneOf(['policy_briefing', 'career_guidance', 'job_recommendation', 'course_recommendation', 'policy_application_help', 'unemployment_registration']) },
);
const CompleteRegistration = z.object({ completedOn: pastDate() });

const PlanStep = z.object({ text: Text(200), dueOn: IsoDate.optional(), doneAt: IsoDate.optional(), owner: Text(50).optional() });
export const PlanSteps = z.array(PlanStep).max(30);
const PlanBody = z.object({ goals: Text(1000), steps: PlanSteps.default([]), caseId: z.uuid(v.uuid).optional(), ownerId: z.uuid(v.uuid).optional() });
const FollowUpBody = z.object({ dueOn: comingDate(FOLLOW_UP_MAX_DAYS), note: Text(500).optional(), planId: z.uuid(v.uuid).optional(), counsellorId: z.uuid(v.uuid).optional() });
const LinkBody = z.object({ intoSeekerId: z.uuid(v.uuid) });

/**
 * The real-name ledger (实名制台账, 二（五）1): the list and one record with its services, what the
 * service standard still owes, plans and follow-ups; registering a person, editing the profile,
 * recording services by hand, the access-logged full identity, and linking a chat to a record.
 */
export function staffLedgerRoutes({ database }: { database: Database }) {
  return new Hono()
    .get('/', validate('query', ListQuery), async (c) => {
      const q = c.req.valid('query');
      const counsellorId = q.mine === 'true' ? c.var.staff.id : q.counsellorId;
      return c.json(
        await listLedger(database, {
          scope: seekerScope(c.var.staff, sql`${seekers.id}`),
          ...(q.q ? { q: q.q } : {}),
          ...(counsellorId ? { counsellorId } : {}),
          ...(q.unassigned === 'true' ? { unassigned: true } : {}),
          ...(q.outcome ? { outcome: q.outcome } : {}),
          ...(q.owed === 'true' ? { owed: true } : {}),
          ...(q.limit ? { limit: q.limit } : {}),
          ...(q.offset ? { offset: q.offset } : {}),
        }),
      );
    })
    .post('/', jsonBody, validate('json', CreateBody), async (c) => {
      const { consent: _consent, ...body } = c.req.valid('json');
      const row = await createLedgerRecord(database, {
        actor: c.var.staff,
        name: body.name,
        phone: body.phone,
        ...(body.idNumber ? { idNumber: body.idNumber } : {}),
        ...(body.facts ? { facts: body.facts } : {}),
        ...(body.employmentStatus ? { employmentStatus: body.employmentStatus } : {}),
        ...(body.intent ? { intent: body.intent } : {}),
        ...(body.trainingNeed ? { trainingNeed: body.trainingNeed } : {}),
      });
      return c.json({ seekerId: row.id, ...maskIdentity(row) }, 201);
    })
    .get('/:id', validate('param', IdParam), async (c) => c.json(await ledgerRecord(database, { seekerId: c.req.valid('param').id })))
    .patch('/:id', validate('param', IdParam), jsonBody, validate('json', PatchBody), async (c) => {
      const changes = c.req.valid('json');
      if (changes.counsellorId !== undefined && !oversees(c.var.staff)) throw new AppError(403, 'forbidden', zh.auth.errors.forbidden);
      const seekerId = c.req.valid('param').id;
      await updateProfile(database, { seekerId, changes });
      return c.json(await ledgerRecord(database, { seekerId }));
    })
    .post('/:id/identity', validate('param', IdParam), jsonBody, validate('json', RevealBody), async (c) => {
      return c.json(await revealIdentity(database, { seekerId: c.req.valid('param').id, actor: c.var.staff, reason: c.req.valid('json').reason, route: `${c.req.method} ${handlerRoute(c)}` }));
    })
    .post('/:id/services', validate('param', IdParam), jsonBody, validate('json', Service, L), async (c) => {
      await checkServiceRef(database, c.req.valid('json'));
      const record = await addServiceRecord(database, { seekerId: c.req.valid('param').id, staffId: c.var.staff.id, service: c.req.valid('json') });
      return c.json({ record }, 201);
    })
    .patch('/:id/services/:recordId', validate('param', RecordParam), jsonBody, validate('json', CompleteRegistration, L), async (c) => {
      const { id, recordId } = c.req.valid('param');
      await checkCompletion(database, { seekerId: id, recordId, completedOn: c.req.valid('json').completedOn });
      return c.json({ record: await completeRegistration(database, { seekerId: id, recordId, completedOn: c.req.valid('json').completedOn }) });
    })
    .delete('/:id/services/:recordId', validate('param', RecordParam), async (c) => {
      const { id, recordId } = c.req.valid('param');
      await deleteServiceRecord(database, { seekerId: id, recordId });
      return c.json({ ok: true });
    })
    .post('/:id/plans', validate('param', IdParam), jsonBody, validate('json', PlanBody, L), async (c) => {
      const body = c.req.valid('json');
      checkPlanStepDates(body.steps, new Set());
      const plan = await createPlan(database, {
        seekerId: c.req.valid('param').id,
        ownerId: body.ownerId ?? c.var.staff.id,
        goals: body.goals,
        steps: body.steps,
        ...(body.caseId ? { caseId: body.caseId } : {}),
      });
      return c.json({ plan }, 201);
    })
    .post('/:id/follow-ups', validate('param', IdParam), jsonBody, validate('json', FollowUpBody, L), async (c) => {
      const body = c.req.valid('json');
      const followUp = await scheduleFollowUp(database, {
        seekerId: c.req.valid('param').id,
        staffId: c.var.staff.id,
        dueOn: body.dueOn,
        ...(body.note ? { note: body.note } : {}),
        ...(body.planId ? { planId: body.planId } : {}),
        ...(body.counsellorId ? { counsellorId: body.counsellorId } : {}),
      });
      return c.json({ followUp }, 201);
    })
    .post('/:id/link', validate('param', IdParam), jsonBody, validate('json', LinkBody), async (c) => {
      return c.json(await linkSeekers(database, { fromId: c.req.valid('param').id, intoId: c.req.valid('json').intoSeekerId }));
    });
}
