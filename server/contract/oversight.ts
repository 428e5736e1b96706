/**
 * Oversight: the dashboard's aggregates (no person named) and the access log — who saw whose
 * personal data (server/routes/staff/{metrics,access-log}.ts).
 */
import { z } from 'zod';
import { PERIODS } from '../review/period.ts';
import { Day, Timestamp, Uuid } from './common.ts';

const Count = z.number().int();
/** A share 0–1 to three places; null when there is nothing to divide by. */
const Share = z.number().nullable();
const rubric = <T extends z.ZodType>(value: T) => z.object({ accuracy: value, citation: value, completeness: value, tone: value, safety: value });

/**
 * The year's closing outcomes against the plan's targets (一（三）), from the ledger. The same shape
 * GET /api/staff/outcomes answers; defined here for the dashboard, which carries it.
 */
export const YearOutcomes = z.object({
  year: z.number().int(),
  outcomes: z.object({
    /** Resolved cases of the year by outcome code. */
    cases: z.record(z.string(), Count),
    /** Ledger seekers whose outcome was recorded in the year, by outcome code. */
    seekers: z.record(z.string(), Count),
    labels: z.record(z.string(), z.string()),
  }),
  targets: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      target: z.number(),
      actual: z.number().nullable(),
      /** For a rate: the people counted and those employed. */
      of: z.object({ total: Count, employed: Count }).optional(),
      clauseId: z.string(),
    }),
  ),
});

/** 二（四）1 across the ledger: the seekers the service standard owes nothing, and what is owed. */
export const ServiceStandard = z.object({
  asOf: Day,
  label: z.string(),
  seekers: Count,
  complete: Count,
  rate: Share,
  owed: z.array(z.object({ code: z.string(), name: z.string(), seekers: Count, overdue: Count })),
  clauseId: z.string(),
});

/** The supervisor dashboard over a period (Beijing days, both inclusive). */
export const DashboardMetrics = z
  .object({
    period: z.object({ from: Day, to: Day, days: Count, period: z.enum([...PERIODS, 'custom']) }),
    conversations: z.object({ total: Count, questions: Count, answers: Count }),
    handoffs: z.object({
      total: Count,
      /** Cases by who asked for the handoff (agent, guardrail, seeker, staff). */
      bySource: z.record(z.string(), Count),
      /** Conversations of the period handed over at least once. */
      conversations: Count,
      rate: Share,
      /** Cases waiting or held now. */
      open: Count,
    }),
    grounding: z.object({
      answers: Count,
      checked: Count,
      passedFirstTime: Count,
      passed: Count,
      checkSaidOk: Count,
      cutQuotes: Count,
      unsupportedClaims: Count,
      regenerated: Count,
      replaced: Count,
      flagged: Count,
      rate: Share,
      firstPassRate: Share,
      /** What supervisors found: reviewed answers whose mean 准确性 and 引用正确 are both ≥ 4. */
      judged: z.object({ answers: Count, grounded: Count, rate: Share, passedButNot: Count }),
    }),
    ratings: z.object({ up: Count, down: Count, total: Count, upShare: Share }),
    reviews: z.object({ total: Count, answers: Count, reviewers: Count, averages: rubric(z.number().nullable()), overall: z.number().nullable() }),
    daily: z.array(z.object({ day: Day, conversations: Count, answers: Count, grounded: Count, handoffs: Count })),
    serviceStandard: ServiceStandard,
    outcomes: YearOutcomes,
  })
  .meta({ id: 'DashboardMetrics' });

/** One access to personal data; the seeker's name masked. */
export const AccessEntry = z
  .object({
    id: Count,
    at: Timestamp,
    /** Null for a system job; username and name null when the account no longer exists. */
    actor: z.object({ id: Uuid, username: z.string().nullable(), displayName: z.string().nullable() }).nullable(),
    actorRole: z.string(),
    action: z.string(),
    actionLabel: z.string(),
    seeker: z.object({ id: Uuid, name: z.string().nullable() }).nullable(),
    fields: z.array(z.string()),
    reason: z.string(),
    route: z.string().nullable(),
    /** A counsellor reached a seeker they are not responsible for, giving the reason. */
    breakGlass: z.boolean(),
  })
  .meta({ id: 'AccessEntry' });

export const AccessLogPage = z.object({ total: Count, items: z.array(AccessEntry) });

export type YearOutcomes = z.infer<typeof YearOutcomes>;
export type ServiceStandard = z.infer<typeof ServiceStandard>;
export type DashboardMetrics = z.infer<typeof DashboardMetrics>;
export type AccessEntry = z.infer<typeof AccessEntry>;
export type AccessLogPage = z.infer<typeof AccessLogPage>;
