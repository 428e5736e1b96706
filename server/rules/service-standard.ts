/**
 * 二（四）1 as a computed entitlement: what the public employment service owes a person — one policy
 * briefing, one career-guidance session, at least 3 job recommendations, at least 3 training courses
 * for those who want training, unemployment registration processed within 7 working days of the
 * application, and help applying for every policy the person qualifies for — and, given what was
 * delivered, what is still owed (the ledger calls `checkServiceStandard`).
 */
import { zh } from '../i18n/zh-CN/index.ts';
import type { Person } from './facts.ts';
import { addDays, toDayNumber, fromDayNumber, weekday, yearOf } from './dates.ts';
import { all, given, type Tri } from './logic.ts';
import { holidayCalendar, paramValue } from './parameters/index.ts';
import { evaluate } from './engine.ts';
import unemploymentRegistration from './benefits/unemployment_registration.ts';
import type { BenefitCode } from './outcome.ts';

const t = zh.rules.services;
const CLAUSE = 'yb2022-38:2.4.1';

// ── working days ───────────────────────────────────────────────────────────────────────────────

interface YearDays { off: ReadonlySet<string>; work: ReadonlySet<string>; ref: string }

const calendar: ReadonlyMap<number, YearDays> = new Map(
  holidayCalendar.map((y) => {
    const off = new Set<string>();
    for (const [from, to] of y.off) for (let n = toDayNumber(from); n <= toDayNumber(to); n++) off.add(fromDayNumber(n));
    return [y.year, { off, work: new Set(y.workdays), ref: y.ref }];
  }),
);

/** Whether a day is a working day; `known` is false outside the years whose holiday notice we hold. */
export function isWorkingDay(date: string): { working: boolean; known: boolean } {
  const weekend = weekday(date) === 0 || weekday(date) === 6;
  const year = calendar.get(yearOf(date));
  if (!year) return { working: !weekend, known: false };
  if (year.off.has(date)) return { working: false, known: true };
  if (year.work.has(date)) return { working: true, known: true };
  return { working: !weekend, known: true };
}

/**
 * The n-th working day after `date` (the day itself is not counted), over the published holiday
 * calendar with its 调休 make-up days. `approximate` is true when any day counted falls in a year
 * without a published notice (weekends only there). `refs` names the notices used.
 */
export function addWorkingDays(date: string, n: number): { date: string; approximate: boolean; refs: string[] } {
  let day = date;
  let approximate = false;
  const refs = new Set<string>();
  for (let counted = 0; counted < n; ) {
    day = addDays(day, 1);
    const kind = isWorkingDay(day);
    if (!kind.known) approximate = true;
    else refs.add(calendar.get(yearOf(day))!.ref);
    if (kind.working) counted++;
  }
  return { date: day, approximate, refs: [...refs] };
}

// ── entitlement ────────────────────────────────────────────────────────────────────────────────

export const SERVICE_CODES = [
  'unemployment_registration',
  'policy_briefing',
  'career_guidance',
  'job_recommendation',
  'training_recommendation',
  'policy_application_help',
] as const;
export type ServiceCode = (typeof SERVICE_CODES)[number];

export interface ServiceDue {
  code: ServiceCode;
  name: string;
  clauseId: string;
  /** true owed, false not owed, undefined not known yet (see missingFacts). */
  owed: Tri;
  /** At least this many. */
  minimum: number;
  /** Registration only: last day to process it, when the application date is known. */
  dueBy?: string;
  /** The due date counted weekends only for a year without a published holiday notice. */
  dueByApproximate?: boolean;
  /** Policy help only: the benefits the person qualifies for. */
  benefits?: BenefitCode[];
  reasons: string[];
  missingFacts: string[];
}

export interface ServiceEntitlement {
  asOf: string;
  services: ServiceDue[];
}

/** Benefits that are services themselves, not policies to help apply for. */
const SERVICES_NOT_POLICIES: readonly BenefitCode[] = ['unemployment_registration', 'standard_service_package'];

export function serviceStandard(person: Person, asOf: string): ServiceEntitlement {
  const evaluation = evaluate({ person, asOf, audience: 'person' });
  const result = (code: BenefitCode) => evaluation.benefits.find((b) => b.code === code)!;
  const owedOf = (status: string): Tri => (status === 'eligible' ? true : status === 'ineligible' ? false : undefined);
  const min = paramValue('serviceMinimums', asOf);
  const days = paramValue('registrationWorkingDays', asOf);
  const willing = all(given(person.ableToWork, 'person.ableToWork'), given(person.wantsJob, 'person.wantsJob'));
  const base = (code: ServiceCode, owed: Tri, minimum: number, missing: readonly string[], reasons: string[] = []): ServiceDue => ({
    code,
    name: t.names[code],
    clauseId: CLAUSE,
    owed,
    minimum,
    reasons,
    missingFacts: owed === undefined ? [...missing] : [],
  });

  const registration = result('unemployment_registration');
  const registrationDue: ServiceDue =
    person.registeredUnemployed === true
      ? base('unemployment_registration', false, 1, [], [unemploymentRegistration.text.notes.alreadyRegistered])
      : base('unemployment_registration', owedOf(registration.status), 1, registration.missingFacts, registration.reasons);
  if (registrationDue.owed !== false) {
    if (person.unemploymentRegistrationAppliedOn) {
      const due = addWorkingDays(person.unemploymentRegistrationAppliedOn, days);
      registrationDue.dueBy = due.date;
      registrationDue.dueByApproximate = due.approximate;
      registrationDue.reasons = [...registrationDue.reasons, t.dueBy(due.date, days, due.approximate)];
    } else {
      registrationDue.reasons = [...registrationDue.reasons, t.notApplied(days)];
    }
  }

  const training = given(person.wantsTraining, 'person.wantsTraining');
  const policies = evaluation.benefits.filter((b) => !SERVICES_NOT_POLICIES.includes(b.code));
  const eligible = policies.filter((b) => b.status === 'eligible');
  const helpOwed: Tri = eligible.length ? true : policies.some((b) => b.status === 'unknown') ? undefined : false;
  const help = base(
    'policy_application_help',
    helpOwed,
    eligible.length,
    [],
    [eligible.length ? t.helpFor(eligible.map((b) => b.name)) : t.noPolicies],
  );
  help.benefits = eligible.map((b) => b.code);

  return {
    asOf,
    services: [
      registrationDue,
      base('policy_briefing', willing.value, min.policyBriefing, willing.missing),
      base('career_guidance', willing.value, min.careerGuidance, willing.missing),
      base('job_recommendation', willing.value, min.jobRecommendations, willing.missing),
      base('training_recommendation', training.value, min.trainingRecommendations, training.missing, training.value === undefined ? [t.trainingUnknown(min.trainingRecommendations)] : []),
      help,
    ],
  };
}

// ── what is still owed ─────────────────────────────────────────────────────────────────────────

/** A service the centre delivered: how many (default 1), on which day, for which benefit (policy help). */
export interface DeliveredService {
  code: ServiceCode;
  count?: number;
  on?: string;
  benefit?: BenefitCode;
}

export type ServiceStatus = 'done' | 'outstanding' | 'not_owed' | 'unknown';

export interface ServiceCheck {
  code: ServiceCode;
  name: string;
  status: ServiceStatus;
  required: number;
  delivered: number;
  remaining: number;
  dueBy?: string;
  /** Not yet delivered and the due date has passed. */
  overdue?: boolean;
  /** Delivered after the due date. */
  late?: boolean;
  /** Policy help: benefits not yet named in a delivered record. */
  pendingBenefits?: BenefitCode[];
}

export interface ServiceStandardCheck {
  asOf: string;
  /** Every owed service delivered in full (unknown ones are not counted as done). */
  complete: boolean;
  items: ServiceCheck[];
  outstanding: ServiceCheck[];
}

export function checkServiceStandard(entitlement: ServiceEntitlement, delivered: readonly DeliveredService[]): ServiceStandardCheck {
  const items = entitlement.services.map((due): ServiceCheck => {
    const records = delivered.filter((d) => d.code === due.code);
    const count = records.reduce((n, d) => n + (d.count ?? 1), 0);
    const remaining = Math.max(0, due.minimum - count);
    const status: ServiceStatus =
      due.owed === false ? 'not_owed' : remaining === 0 && count > 0 ? 'done' : due.owed === undefined ? 'unknown' : 'outstanding';
    const check: ServiceCheck = { code: due.code, name: due.name, status, required: due.minimum, delivered: count, remaining };
    if (due.dueBy) {
      check.dueBy = due.dueBy;
      const firstOn = records.map((d) => d.on).filter((d): d is string => !!d).sort()[0];
      if (count > 0) check.late = firstOn !== undefined && firstOn > due.dueBy;
      else check.overdue = entitlement.asOf > due.dueBy;
    }
    if (due.benefits) {
      const named = new Set(records.map((d) => d.benefit));
      check.pendingBenefits = due.benefits.filter((b) => !named.has(b));
    }
    return check;
  });
  return {
    asOf: entitlement.asOf,
    complete: items.every((i) => i.status === 'done' || i.status === 'not_owed'),
    items,
    outstanding: items.filter((i) => i.status === 'outstanding'),
  };
}
