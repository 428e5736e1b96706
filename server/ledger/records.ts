import { and, eq, sql } from 'drizzle-orm';
import { mergeSeekerFacts } from '../chat/queries.ts';
import type { Database } from '../db/client.ts';
import { seekers, serviceRecords } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { today } from '../rules/dates.ts';
import type { Person } from '../rules/facts.ts';
import { paramValue } from '../rules/parameters/index.ts';
import { addWorkingDays } from '../rules/service-standard.ts';
import { getSeeker } from './queries.ts';

const t = zh.cases;

export type NewService =
  | { kind: 'policy_briefing' | 'career_guidance'; deliveredOn?: string; note?: string }
  | { kind: 'job_recommendation' | 'course_recommendation'; refId: string; title: string; employer?: string; deliveredOn?: string; note?: string }
  | { kind: 'policy_application_help'; benefit: string; deliveredOn?: string; note?: string }
  | { kind: 'unemployment_registration'; appliedOn: string; completedOn?: string; note?: string };

/**
 * A service a counsellor delivered outside the chat (a call, a visit, the counter), written to the
 * ledger by hand. Unemployment registration is recorded when applied for, with its deadline of 7
 * working days over the holiday calendar (二（四）1), and completed later; the person's facts follow
 * (applied on, registered), so the rules see the registration too.
 */
export async function addServiceRecord(database: Database, { seekerId, staffId, service }: { seekerId: string; staffId: string; service: NewService }) {
  await getSeeker(database, { seekerId });
  const base = { seekerId, deliveredBy: staffId };
  const note = service.note ? { note: service.note } : {};
  let values: typeof serviceRecords.$inferInsert;
  switch (service.kind) {
    case 'policy_briefing':
    case 'career_guidance':
      values = { ...base, kind: service.kind, refId: null, detail: { via: 'staff', ...note }, deliveredOn: service.deliveredOn ?? today() };
      break;
    case 'job_recommendation':
    case 'course_recommendation':
      values = {
        ...base,
        kind: service.kind,
        refId: service.refId,
        detail: { title: service.title, ...(service.employer ? { employer: service.employer } : {}), ...note },
        deliveredOn: service.deliveredOn ?? today(),
      };
      break;
    case 'policy_application_help':
      values = { ...base, kind: service.kind, refId: service.benefit, detail: { ...note }, deliveredOn: service.deliveredOn ?? today() };
      break;
    case 'unemployment_registration': {
      const due = addWorkingDays(service.appliedOn, paramValue('registrationWorkingDays', service.appliedOn));
      values = {
        ...base,
        kind: service.kind,
        refId: service.appliedOn,
        detail: { ...note, ...(due.approximate ? { dueByApproximate: true } : {}) },
        deliveredOn: service.appliedOn,
        dueOn: due.date,
        completedOn: service.completedOn ?? null,
      };
      break;
    }
  }
  const [row] = await database.db
    .insert(serviceRecords)
    .values(values)
    .onConflictDoUpdate({
      target: [serviceRecords.seekerId, serviceRecords.kind, serviceRecords.refId],
      set: { detail: values.detail, deliveredBy: staffId, deliveredOn: values.deliveredOn, dueOn: values.dueOn ?? null, completedOn: values.completedOn ?? null },
    })
    .returning();
  if (service.kind === 'unemployment_registration') await registrationFacts(database, seekerId, service.appliedOn, service.completedOn);
  await touch(database, seekerId);
  return row!;
}

async function registrationFacts(database: Database, seekerId: string, appliedOn: string, completedOn: string | undefined) {
  const facts: Partial<Person> = { unemploymentRegistrationAppliedOn: appliedOn, ...(completedOn ? { registeredUnemployed: true } : {}) };
  await mergeSeekerFacts(database, { seekerId, facts });
}

/** Marks an unemployment registration processed on `completedOn` (late when after its deadline). */
export async function completeRegistration(database: Database, { seekerId, recordId, completedOn }: { seekerId: string; recordId: string; completedOn: string }) {
  const [row] = await database.db
    .update(serviceRecords)
    .set({ completedOn })
    .where(and(eq(serviceRecords.id, recordId), eq(serviceRecords.seekerId, seekerId), eq(serviceRecords.kind, 'unemployment_registration')))
    .returning();
  if (!row) throw new AppError(404, 'not_found', t.errors.recordNotFound);
  await registrationFacts(database, seekerId, row.refId ?? row.deliveredOn, completedOn);
  await touch(database, seekerId);
  return row;
}

/** Takes a wrongly recorded service off the ledger. */
export async function deleteServiceRecord(database: Database, { seekerId, recordId }: { seekerId: string; recordId: string }) {
  const [row] = await database.db.delete(serviceRecords).where(and(eq(serviceRecords.id, recordId), eq(serviceRecords.seekerId, seekerId))).returning({ id: serviceRecords.id });
  if (!row) throw new AppError(404, 'not_found', t.errors.recordNotFound);
  await touch(database, seekerId);
}

const touch = (database: Database, seekerId: string) => database.db.update(seekers).set({ updatedAt: sql`now()` }).where(eq(seekers.id, seekerId));

/**
 * A counsellor's edit of the profile: 就业失业状况、意愿、技能、培训需求, facts (validated person
 * facts, merged; `unsetFacts` makes a fact unknown again), and the responsible counsellor.
 */
export async function updateProfile(
  database: Database,
  {
    seekerId,
    changes,
  }: {
    seekerId: string;
    changes: {
      employmentStatus?: string;
      intent?: string | null;
      skills?: string[];
      trainingNeed?: string | null;
      facts?: Partial<Person>;
      unsetFacts?: string[];
      counsellorId?: string | null;
    };
  },
) {
  await getSeeker(database, { seekerId });
  const { facts, unsetFacts, ...columns } = changes;
  const set: Record<string, unknown> = { updatedAt: sql`now()` };
  for (const [k, v] of Object.entries(columns)) if (v !== undefined) set[k] = v;
  if (unsetFacts?.length) set.facts = sql`${seekers.facts} - array[${sql.join(unsetFacts.map((k) => sql`${k}`), sql`, `)}]::text[]`;
  await database.db.update(seekers).set(set).where(eq(seekers.id, seekerId));
  if (facts && Object.keys(facts).length) await mergeSeekerFacts(database, { seekerId, facts });
}
