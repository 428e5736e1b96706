/** Assistance plans (个性化就业援助计划) and follow-ups (定期回访), as the ledger and the case page read them. */
import { z } from 'zod';
import { MaskedSeeker } from './casework.ts';
import { Day, Timestamp, Uuid } from './common.ts';

export const PlanStep = z.object({ text: z.string(), dueOn: Day.optional(), doneAt: Day.optional(), owner: z.string().optional() }).meta({ id: 'PlanStep' });

/** A plan as stored; status active | completed | cancelled. */
export const Plan = z
  .object({
    id: Uuid,
    seekerId: Uuid,
    caseId: Uuid.nullable(),
    ownerId: Uuid.nullable(),
    goals: z.string(),
    steps: z.array(PlanStep),
    status: z.string(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Plan' });

/** A follow-up as stored: due on a day, done with what it found. */
export const FollowUp = z
  .object({
    id: Uuid,
    seekerId: Uuid,
    planId: Uuid.nullable(),
    counsellorId: Uuid.nullable(),
    dueOn: Day,
    note: z.string().nullable(),
    doneAt: Timestamp.nullable(),
    outcome: z.string().nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'FollowUp' });

export const PlanAnswer = z.object({ plan: Plan });
export const FollowUpAnswer = z.object({ followUp: FollowUp });
/** A follow-up done, and the next one when it was booked. */
export const FollowUpCompleted = z.object({ followUp: FollowUp, next: FollowUp.nullable() });

/** A follow-up not yet done, in a counsellor's list: whose, for whom (masked), how late. */
export const DueFollowUp = z
  .object({
    id: Uuid,
    seekerId: Uuid,
    planId: Uuid.nullable(),
    dueOn: Day,
    note: z.string().nullable(),
    counsellorId: Uuid.nullable(),
    counsellor: z.object({ id: Uuid, displayName: z.string().nullable() }).nullable(),
    seeker: MaskedSeeker,
    daysOverdue: z.number().int(),
  })
  .meta({ id: 'DueFollowUp' });

export const DueFollowUps = z.object({ asOf: Day, overdue: z.array(DueFollowUp), dueToday: z.array(DueFollowUp), upcoming: z.array(DueFollowUp) });

export type PlanStep = z.infer<typeof PlanStep>;
export type Plan = z.infer<typeof Plan>;
export type FollowUp = z.infer<typeof FollowUp>;
export type FollowUpCompleted = z.infer<typeof FollowUpCompleted>;
export type DueFollowUp = z.infer<typeof DueFollowUp>;
export type DueFollowUps = z.infer<typeof DueFollowUps>;
export type PlanAnswer = z.infer<typeof PlanAnswer>;
export type FollowUpAnswer = z.infer<typeof FollowUpAnswer>;
