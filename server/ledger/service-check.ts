import type { ServiceRecord } from '../db/schema/index.ts';
import { type BenefitCode, BENEFIT_CODES } from '../rules/engine.ts';
import type { Person } from '../rules/facts.ts';
import {
  checkServiceStandard,
  type DeliveredService,
  type ServiceCheck,
  type ServiceCode,
  serviceStandard,
  type ServiceStatus,
} from '../rules/service-standard.ts';

/** Ledger record kinds → the service-standard codes they count towards. */
const KIND_TO_SERVICE: Record<string, ServiceCode> = {
  policy_briefing: 'policy_briefing',
  career_guidance: 'career_guidance',
  job_recommendation: 'job_recommendation',
  course_recommendation: 'training_recommendation',
  policy_application_help: 'policy_application_help',
  unemployment_registration: 'unemployment_registration',
};

export interface OwedService extends ServiceCheck {
  clauseId: string;
  reasons: string[];
  missingFacts: string[];
  /** Registration applied for on this day (from the ledger's own record). */
  appliedOn?: string;
  completedOn?: string;
}

export interface LedgerServiceCheck {
  asOf: string;
  complete: boolean;
  items: OwedService[];
  outstanding: OwedService[];
}

const isBenefit = (code: string | null): code is BenefitCode => code !== null && (BENEFIT_CODES as readonly string[]).includes(code);

/**
 * 二（四）1 for one ledger seeker: what the service standard entitles them to, given their facts,
 * against the service records delivered so far — what is done, what is still owed and why.
 * Unemployment registration follows the ledger's own record when there is one: applied for on a
 * day, due 7 working days later, done when processed (late if after the deadline).
 */
export function ledgerServiceCheck(person: Person, records: readonly Pick<ServiceRecord, 'kind' | 'refId' | 'deliveredOn' | 'dueOn' | 'completedOn'>[], asOf: string): LedgerServiceCheck {
  const entitlement = serviceStandard(person, asOf);
  const registrations = records.filter((r) => r.kind === 'unemployment_registration').sort((a, b) => (a.deliveredOn < b.deliveredOn ? 1 : -1));
  const delivered: DeliveredService[] = records.flatMap((r): DeliveredService[] => {
    const code = KIND_TO_SERVICE[r.kind];
    if (!code || r.kind === 'unemployment_registration') return [];
    return [{ code, on: r.deliveredOn, ...(r.kind === 'policy_application_help' && isBenefit(r.refId) ? { benefit: r.refId } : {}) }];
  });
  const check = checkServiceStandard(entitlement, delivered);
  const items = check.items.map((item): OwedService => {
    const due = entitlement.services.find((s) => s.code === item.code)!;
    const owed: OwedService = { ...item, clauseId: due.clauseId, reasons: due.reasons, missingFacts: due.missingFacts };
    const latest = item.code === 'unemployment_registration' ? registrations[0] : undefined;
    if (!latest) return owed;
    const dueBy = latest.dueOn ?? owed.dueBy;
    const status: ServiceStatus = latest.completedOn ? 'done' : 'outstanding';
    const done = status === 'done';
    return {
      ...owed,
      status,
      delivered: done ? 1 : 0,
      remaining: done ? 0 : 1,
      appliedOn: latest.refId ?? latest.deliveredOn,
      ...(dueBy ? { dueBy } : {}),
      ...(latest.completedOn ? { completedOn: latest.completedOn, late: Boolean(dueBy && latest.completedOn > dueBy) } : { overdue: Boolean(dueBy && asOf > dueBy) }),
    };
  });
  const outstanding = items.filter((i) => i.status === 'outstanding');
  return { asOf, complete: items.every((i) => i.status === 'done' || i.status === 'not_owed'), items, outstanding };
}
