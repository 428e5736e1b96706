/**
 * The real-name ledger (实名制台账): the list, one record with its services, what the service
 * standard still owes, eligibility, plans, follow-ups, cases and outreach; the full identity; the
 * closing outcomes against the plan's targets.
 */
import { z } from 'zod';
import { BENEFIT_CODES } from '../rules/engine.ts';
import { SERVICE_CODES } from '../rules/service-standard.ts';
import { JsonObject, StaffRef } from './casework.ts';
import { Day, Timestamp, Uuid } from './common.ts';
import { BenefitResult } from './eligibility.ts';
import { OutreachItem } from './outreach.ts';
import { FollowUp, Plan } from './plans.ts';

/** The profile of 二（五）1: 就业失业状况、意愿、技能、培训需求, and the person facts the rules read. */
export const Profile = z
  .object({ employmentStatus: z.string(), intent: z.string().nullable(), skills: z.array(z.string()), trainingNeed: z.string().nullable(), facts: JsonObject })
  .meta({ id: 'LedgerProfile' });

/** One service of 二（四）1 for this person: owed, done or not owed, with the clause and why. */
export const OwedService = z
  .object({
    code: z.enum(SERVICE_CODES),
    name: z.string(),
    status: z.enum(['done', 'outstanding', 'not_owed', 'unknown']),
    required: z.number().int(),
    delivered: z.number().int(),
    remaining: z.number().int(),
    dueBy: Day.optional(),
    /** Not yet delivered and the due date has passed. */
    overdue: z.boolean().optional(),
    /** Delivered after the due date. */
    late: z.boolean().optional(),
    /** Policy help: benefits not yet named in a delivered record. */
    pendingBenefits: z.array(z.enum(BENEFIT_CODES)).optional(),
    clauseId: z.string(),
    reasons: z.array(z.string()),
    missingFacts: z.array(z.string()),
    /** Unemployment registration applied for on this day (the ledger's own record). */
    appliedOn: Day.optional(),
    completedOn: Day.optional(),
  })
  .meta({ id: 'OwedService' });

export const ServiceStandard = z.object({ asOf: Day, complete: z.boolean(), items: z.array(OwedService), outstanding: z.array(OwedService) }).meta({ id: 'ServiceStandardCheck' });

/** A benefit the person appears eligible for or may be (ineligible ones are left out). */
export const LedgerBenefit = BenefitResult.omit({ audience: true }).meta({ id: 'LedgerBenefit' });

/** The person as a ledger record shows them: identity masked. */
export const LedgerSeeker = z
  .object({
    id: Uuid,
    name: z.string().nullable(),
    phone: z.string().nullable(),
    idNumber: z.string().nullable(),
    identified: z.boolean(),
    identityConsentAt: Timestamp.nullable(),
    counsellor: StaffRef.nullable(),
    outcome: z.string().nullable(),
    outcomeLabel: z.string().nullable(),
    outcomeAt: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'LedgerSeeker' });

/** A service record as stored (server/ledger/records.ts). */
export const ServiceRecord = z
  .object({
    id: Uuid,
    seekerId: Uuid,
    kind: z.string(),
    refId: z.string().nullable(),
    detail: JsonObject,
    conversationId: Uuid.nullable(),
    messageId: Uuid.nullable(),
    deliveredBy: Uuid.nullable(),
    deliveredOn: Day,
    dueOn: Day.nullable(),
    completedOn: Day.nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'ServiceRecord' });

/** A service in the record's list: its kind in words and who delivered it. */
export const LedgerService = z
  .object({
    id: Uuid,
    kind: z.string(),
    label: z.string(),
    refId: z.string().nullable(),
    detail: JsonObject,
    deliveredOn: Day,
    deliveredBy: z.object({ id: Uuid, displayName: z.string().nullable() }).nullable(),
    dueOn: Day.nullable(),
    completedOn: Day.nullable(),
    conversationId: Uuid.nullable(),
    messageId: Uuid.nullable(),
  })
  .meta({ id: 'LedgerService' });

export const LedgerCase = z.object({
  id: Uuid,
  status: z.string(),
  reason: z.string(),
  source: z.string(),
  outcome: z.string().nullable(),
  assignedTo: Uuid.nullable(),
  createdAt: Timestamp,
  resolvedAt: Timestamp.nullable(),
  conversationId: Uuid,
});

export const LedgerRecord = z
  .object({
    asOf: Day,
    seeker: LedgerSeeker,
    profile: Profile,
    services: z.array(LedgerService),
    serviceStandard: ServiceStandard,
    eligibility: z.array(LedgerBenefit),
    plans: z.array(Plan),
    followUps: z.array(FollowUp),
    cases: z.array(LedgerCase),
    /** Open outreach (not cleared by a later scan). */
    outreach: z.array(OutreachItem),
    /** Other records with the same phone. */
    possibleDuplicates: z.array(z.object({ seekerId: Uuid, name: z.string().nullable() })),
  })
  .meta({ id: 'LedgerRecord' });

export const LedgerItem = z
  .object({
    seekerId: Uuid,
    name: z.string().nullable(),
    phone: z.string().nullable(),
    identified: z.boolean(),
    counsellor: StaffRef.nullable(),
    employmentStatus: z.string(),
    intent: z.string().nullable(),
    outcome: z.string().nullable(),
    outcomeAt: Timestamp.nullable(),
    owed: z.array(z.object({ code: z.enum(SERVICE_CODES), name: z.string(), remaining: z.number().int(), overdue: z.boolean().optional().meta({ description: 'present, true, only when overdue' }) })),
    updatedAt: Timestamp,
  })
  .meta({ id: 'LedgerItem' });

export const LedgerList = z.object({ asOf: Day, items: z.array(LedgerItem) });

/** A person registered by staff: the new record's id and the identity masked. */
export const RegisteredSeeker = z.object({ seekerId: Uuid, name: z.string().nullable(), phone: z.string().nullable(), idNumber: z.string().nullable() });

/** The full identity, unmasked; the view has been written to the access log. */
export const RevealedIdentity = z
  .object({
    seekerId: Uuid,
    name: z.string().nullable(),
    phone: z.string().nullable(),
    idNumber: z.string().nullable(),
    identityConsentAt: Timestamp.nullable(),
    fields: z.array(z.enum(['name', 'phone', 'idNumber'])),
  })
  .meta({ id: 'RevealedIdentity' });

export const ServiceRecordAnswer = z.object({ record: ServiceRecord });
/** The record that remains once two are linked. */
export const Linked = z.object({ seekerId: Uuid });

/** 一（三）目标任务: this year's closing outcomes, and each target with what the ledger counts. */
export const OutcomeTargets = z
  .object({
    year: z.number().int(),
    outcomes: z.object({ cases: z.record(z.string(), z.number().int()), seekers: z.record(z.string(), z.number().int()), labels: z.record(z.string(), z.string()) }),
    targets: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        target: z.number(),
        actual: z.number().nullable(),
        /** The graduates counted: how many, how many in work. */
        of: z.object({ total: z.number().int(), employed: z.number().int() }).optional(),
        clauseId: z.string(),
      }),
    ),
  })
  .meta({ id: 'OutcomeTargets' });

export type Profile = z.infer<typeof Profile>;
export type OwedService = z.infer<typeof OwedService>;
export type ServiceStandard = z.infer<typeof ServiceStandard>;
export type LedgerBenefit = z.infer<typeof LedgerBenefit>;
export type LedgerSeeker = z.infer<typeof LedgerSeeker>;
export type ServiceRecord = z.infer<typeof ServiceRecord>;
export type LedgerService = z.infer<typeof LedgerService>;
export type LedgerRecord = z.infer<typeof LedgerRecord>;
export type LedgerItem = z.infer<typeof LedgerItem>;
export type LedgerList = z.infer<typeof LedgerList>;
export type RevealedIdentity = z.infer<typeof RevealedIdentity>;
export type OutcomeTargets = z.infer<typeof OutcomeTargets>;
export type ServiceRecordAnswer = z.infer<typeof ServiceRecordAnswer>;
export type LedgerCase = z.infer<typeof LedgerCase>;
export type RegisteredSeeker = z.infer<typeof RegisteredSeeker>;
export type Linked = z.infer<typeof Linked>;
