import { z } from 'zod';
import { type Api, api, defineRoute, json, jsonRequest, staffAccess, validationHook } from '../../api/define.ts';
import { handlerRoute } from '../../http/matched-route.ts';
import { linkRecords, noObject, oversees, scopedList, seekerParam } from '../../auth/ownership.ts';
import { CASEWORK } from '../../auth/permissions.ts';
import { OUTCOMES } from '../../cases/close.ts';
import { ErrorBody, Ok } from '../../contract/common.ts';
import { Linked, LedgerList, LedgerRecord, RegisteredSeeker, RevealedIdentity, ServiceRecordAnswer } from '../../contract/ledger.ts';
import { FollowUpAnswer, PlanAnswer } from '../../contract/plans.ts';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { jsonBody } from '../../http/json-body.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { scheduleFollowUp } from '../../ledger/follow-ups.ts';
import { checkCompletion, checkPlanStepDates, checkServiceRef } from '../../ledger/form-checks.ts';
import { comingDate, FOLLOW_UP_MAX_DAYS, pastDate } from '../../ledger/form-dates.ts';
import { ConsentField, createLedgerRecord, IdNumberField, linkSeekers, NameField, PhoneField, revealIdentity } from '../../ledger/identity.ts';
import { maskIdentity } from '../../ledger/mask.ts';
import { createPlan } from '../../ledger/plans.ts';
import { LEDGER_EMPLOYMENT_STATUSES } from '../../ledger/profile.ts';
import { ledgerRecord, ledgerScope, listLedger } from '../../ledger/queries.ts';
import { addServiceRecord, completeRegistration, deleteServiceRecord, updateProfile } from '../../ledger/records.ts';
import { PERSON_BENEFITS } from '../../rules/engine.ts';
import { IsoDate, PersonSchema } from '../../rules/facts.ts';
import { IdParam } from '../params.ts';

const L = zh.forms.labels;

const v = zh.cases.validation;

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

const tags = ['ledger'];
const WORK = staffAccess(CASEWORK, seekerParam('work'));
const badBody = json(ErrorBody, 'A field is malformed (the field is named)');
const noSeeker = json(ErrorBody, 'No such person in the ledger');

const list = defineRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'The ledger: identity masked, profile, counsellor, outcome and what the service standard still owes',
  request: { query: ListQuery },
  responses: { 200: json(LedgerList, 'The records the caller is responsible for (all, for those who oversee), latest changed first'), 400: json(ErrorBody, 'A filter is malformed') },
  ...staffAccess(CASEWORK, scopedList('the seekers the caller is responsible for (seekerScope)')),
});
const register = defineRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Register a person with their consent; a counsellor who registers them becomes their counsellor',
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(CreateBody) },
  responses: { 201: json(RegisteredSeeker, 'The new record, identity masked'), 400: badBody, 409: json(ErrorBody, 'The phone is already in the ledger (the record is named)') },
  ...staffAccess(CASEWORK, noObject('registers a new person, whose counsellor the caller becomes')),
});
const record = defineRoute({
  method: 'get',
  path: '/{id}',
  tags,
  summary: 'One ledger record: services, what is owed, eligibility, plans, follow-ups, cases, outreach',
  request: { params: IdParam },
  responses: { 200: json(LedgerRecord, 'The record, identity masked'), 404: noSeeker },
  ...WORK,
});
const patch = defineRoute({
  method: 'patch',
  path: '/{id}',
  tags,
  summary: 'Edit the profile, the facts, or (those who oversee) the responsible counsellor',
  middleware: [jsonBody] as const,
  request: { params: IdParam, body: jsonRequest(PatchBody) },
  responses: { 200: json(LedgerRecord, 'The record after the change'), 400: badBody, 403: json(ErrorBody, 'Only those who oversee change the counsellor'), 404: noSeeker },
  ...WORK,
});
const identity = defineRoute({
  method: 'post',
  path: '/{id}/identity',
  tags,
  summary: 'The full identity, with a reason; written to the access log first',
  middleware: [jsonBody] as const,
  request: { params: IdParam, body: jsonRequest(RevealBody) },
  responses: { 200: json(RevealedIdentity, 'The identity unmasked'), 400: badBody, 404: noSeeker },
  ...staffAccess(CASEWORK, seekerParam('identity')),
});
const addService = defineRoute({
  method: 'post',
  path: '/{id}/services',
  tags,
  summary: 'Record a service delivered outside the chat',
  middleware: [jsonBody] as const,
  request: { params: IdParam, body: jsonRequest(Service) },
  responses: { 201: json(ServiceRecordAnswer, 'The service record'), 400: badBody, 404: noSeeker },
  ...WORK,
});
const completeService = defineRoute({
  method: 'patch',
  path: '/{id}/services/{recordId}',
  tags,
  summary: 'Mark an unemployment registration processed',
  middleware: [jsonBody] as const,
  request: { params: RecordParam, body: jsonRequest(CompleteRegistration) },
  responses: { 200: json(ServiceRecordAnswer, 'The registration, completed'), 400: badBody, 404: json(ErrorBody, 'No such registration of this person') },
  ...WORK,
});
const removeService = defineRoute({
  method: 'delete',
  path: '/{id}/services/{recordId}',
  tags,
  summary: 'Take a wrongly recorded service off the ledger',
  request: { params: RecordParam },
  responses: { 200: json(Ok, 'Removed'), 404: json(ErrorBody, 'No such service record of this person') },
  ...WORK,
});
const addPlan = defineRoute({
  method: 'post',
  path: '/{id}/plans',
  tags,
  summary: 'Start an assistance plan: goals and dated steps',
  middleware: [jsonBody] as const,
  request: { params: IdParam, body: jsonRequest(PlanBody) },
  responses: { 201: json(PlanAnswer, 'The plan'), 400: badBody, 404: noSeeker },
  ...WORK,
});
const addFollowUp = defineRoute({
  method: 'post',
  path: '/{id}/follow-ups',
  tags,
  summary: 'Book a follow-up (by default for the seeker’s own counsellor)',
  middleware: [jsonBody] as const,
  request: { params: IdParam, body: jsonRequest(FollowUpBody) },
  responses: { 201: json(FollowUpAnswer, 'The follow-up'), 400: badBody, 404: noSeeker },
  ...WORK,
});
const link = defineRoute({
  method: 'post',
  path: '/{id}/link',
  tags,
  summary: 'Link this (anonymous or duplicate) record into the person’s ledger record; this one goes',
  middleware: [jsonBody] as const,
  request: { params: IdParam, body: jsonRequest(LinkBody) },
  responses: { 200: json(Linked, 'The record that remains'), 400: badBody, 404: noSeeker },
  ...staffAccess(CASEWORK, linkRecords()),
});

/**
 * The real-name ledger (实名制台账, 二（五）1): the list and one record with its services, what the
 * service standard still owes, plans and follow-ups; registering a person, editing the profile,
 * recording services by hand, the access-logged full identity, and linking a chat to a record.
 */
export function staffLedgerRoutes({ database }: { database: Database }): Api {
  return api()
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      const counsellorId = q.mine === 'true' ? c.var.staff.id : q.counsellorId;
      return c.json(
        await listLedger(database, {
          scope: ledgerScope(c.var.staff),
          ...(q.q ? { q: q.q } : {}),
          ...(counsellorId ? { counsellorId } : {}),
          ...(q.unassigned === 'true' ? { unassigned: true } : {}),
          ...(q.outcome ? { outcome: q.outcome } : {}),
          ...(q.owed === 'true' ? { owed: true } : {}),
          ...(q.limit ? { limit: q.limit } : {}),
          ...(q.offset ? { offset: q.offset } : {}),
        }),
        200,
      );
    })
    .openapi(register, async (c) => {
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
    .openapi(record, async (c) => c.json(await ledgerRecord(database, { seekerId: c.req.valid('param').id }), 200))
    .openapi(patch, async (c) => {
      const changes = c.req.valid('json');
      if (changes.counsellorId !== undefined && !oversees(c.var.staff)) throw new AppError(403, 'forbidden', zh.auth.errors.forbidden);
      const seekerId = c.req.valid('param').id;
      await updateProfile(database, { seekerId, changes });
      return c.json(await ledgerRecord(database, { seekerId }), 200);
    })
    .openapi(identity, async (c) => {
      return c.json(await revealIdentity(database, { seekerId: c.req.valid('param').id, actor: c.var.staff, reason: c.req.valid('json').reason, route: `${c.req.method} ${handlerRoute(c)}` }), 200);
    })
    .openapi(
      addService,
      async (c) => {
        await checkServiceRef(database, c.req.valid('json'));
        const record = await addServiceRecord(database, { seekerId: c.req.valid('param').id, staffId: c.var.staff.id, service: c.req.valid('json') });
        return c.json({ record }, 201);
      },
      validationHook(L),
    )
    .openapi(
      completeService,
      async (c) => {
        const { id, recordId } = c.req.valid('param');
        await checkCompletion(database, { seekerId: id, recordId, completedOn: c.req.valid('json').completedOn });
        return c.json({ record: await completeRegistration(database, { seekerId: id, recordId, completedOn: c.req.valid('json').completedOn }) }, 200);
      },
      validationHook(L),
    )
    .openapi(removeService, async (c) => {
      const { id, recordId } = c.req.valid('param');
      await deleteServiceRecord(database, { seekerId: id, recordId });
      return c.json({ ok: true } as const, 200);
    })
    .openapi(
      addPlan,
      async (c) => {
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
      },
      validationHook(L),
    )
    .openapi(
      addFollowUp,
      async (c) => {
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
      },
      validationHook(L),
    )
    .openapi(link, async (c) => {
      return c.json(await linkSeekers(database, { fromId: c.req.valid('param').id, intoId: c.req.valid('json').intoSeekerId }), 200);
    });
}
