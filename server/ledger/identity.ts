import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAccess } from '../auth/access-log.ts';
import type { StaffPrincipal } from '../auth/principal.ts';
import type { Database } from '../db/client.ts';
import { assistancePlans, cases, conversations, followUps, outreachItems, seekers } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { idNumberFacts, isValidIdNumber, normalizeIdNumber, normalizePhone } from '../privacy/identifiers.ts';
import { maskIdentity, maskName } from './mask.ts';
import { getSeeker } from './queries.ts';

const v = zh.cases.validation;
const t = zh.cases;

export const NameField = z.string({ error: v.name }).trim().min(2, { error: v.name }).max(20, { error: v.name });
/** A mobile number as people type it (grouped, +86, full-width digits) is stored as its 11 digits. */
export const PhoneField = z
  .string({ error: v.phone })
  .transform((s) => normalizePhone(s) ?? s)
  .refine((s) => /^1[3-9]\d{9}$/.test(s), { error: v.phone });
/** An ID number typed grouped, in full-width digits or with a lowercase x is stored as 18 characters. */
export const IdNumberField = z
  .string({ error: v.idNumber })
  .transform(normalizeIdNumber)
  .refine(isValidIdNumber, { error: v.idNumber });
/** Consent must be given explicitly: `true`, not a truthy string. */
export const ConsentField = z.literal(true, { error: v.consent });

/** Which identity fields a person may hold; the access log names the ones a full view showed. */
export const IDENTITY_FIELDS = ['name', 'phone', 'idNumber'] as const;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const idFacts = (idNumber: string | undefined) => (idNumber ? (idNumberFacts(idNumber) ?? {}) : {});

/**
 * The seeker chooses to identify (实名登记): name and phone (and, if they wish, the ID number) are
 * stored with the moment consent was given, which makes the anonymous chat a real-name ledger
 * record. What an ID number tells (birth date, gender) joins the facts the rules use. The answer
 * shows the identity masked, as everywhere outside the access-logged full view.
 */
export async function identifySeeker(
  database: Database,
  { seekerId, name, phone, idNumber }: { seekerId: string; name: string; phone: string; idNumber?: string },
) {
  const [row] = await database.db
    .update(seekers)
    .set({
      name,
      phone,
      ...(idNumber ? { idNumber } : {}),
      identityConsentAt: sql`now()`,
      facts: sql`${seekers.facts} || ${JSON.stringify(idFacts(idNumber))}::jsonb`,
      updatedAt: sql`now()`,
    })
    .where(eq(seekers.id, seekerId))
    .returning();
  if (!row) throw new AppError(404, 'not_found', t.errors.seekerNotFound);
  return { identified: true, ...maskIdentity(row), identityConsentAt: row.identityConsentAt };
}

/**
 * A person registered by staff (摸排 by phone or visit, or at the counter, 二（五）1) with their
 * consent; the counsellor who registers them becomes their counsellor. A phone already in the
 * ledger is refused, naming the record, so one person has one record.
 */
export async function createLedgerRecord(
  database: Database,
  {
    actor,
    name,
    phone,
    idNumber,
    facts,
    employmentStatus,
    intent,
    trainingNeed,
  }: {
    actor: Pick<StaffPrincipal, 'id' | 'role'>;
    name: string;
    phone: string;
    idNumber?: string;
    facts?: Record<string, unknown>;
    employmentStatus?: string;
    intent?: string;
    trainingNeed?: string;
  },
) {
  const [existing] = await database.db.select({ id: seekers.id, name: seekers.name }).from(seekers).where(eq(seekers.phone, phone)).limit(1);
  if (existing) throw new AppError(409, 'duplicate_phone', `该手机号已在台账中（${maskName(existing.name) ?? '未留姓名'}，编号 ${existing.id}）`, 'phone');
  const [row] = await database.db
    .insert(seekers)
    .values({
      name,
      phone,
      idNumber: idNumber ?? null,
      identityConsentAt: sql`now()`,
      facts: { ...(facts ?? {}), ...idFacts(idNumber) },
      employmentStatus: employmentStatus ?? null,
      intent: intent ?? null,
      trainingNeed: trainingNeed ?? null,
      counsellorId: actor.role === 'counsellor' ? actor.id : null,
    })
    .returning();
  return row!;
}

/**
 * The full identity, written first to the access log with who, whom, which fields and why. Who may
 * ask (a counsellor for their own seekers or by break-glass, a supervisor) is the route's rule in
 * its definition (server/routes/staff/ledger.ts), checked before this runs.
 */
export async function revealIdentity(
  database: Database,
  { seekerId, actor, reason, route }: { seekerId: string; actor: Pick<StaffPrincipal, 'id' | 'role'>; reason: string; route: string },
) {
  const seeker = await getSeeker(database, { seekerId });
  const identity = { name: seeker.name, phone: seeker.phone, idNumber: seeker.idNumber };
  const fields = IDENTITY_FIELDS.filter((f) => identity[f] !== null);
  await recordAccess(database, { actor, action: 'view_identity', seekerId, fields: [...fields], reason, route });
  return { seekerId, ...identity, identityConsentAt: seeker.identityConsentAt, fields };
}

/**
 * Links an anonymous (or duplicate) record to the person's ledger record once staff have checked
 * it is the same person: conversations, cases, services, plans and follow-ups move over, the
 * ledger record's facts win where both know something, its empty fields are filled, and the
 * other record goes. Never automatic from a phone number a seeker typed: that would show one
 * person's ledger to whoever knows their number.
 */
export async function linkSeekers(database: Database, { fromId, intoId }: { fromId: string; intoId: string }) {
  if (fromId === intoId) throw new AppError(400, 'bad_request', t.errors.samePerson, 'intoSeekerId');
  const from = await getSeeker(database, { seekerId: fromId });
  await getSeeker(database, { seekerId: intoId });
  await database.db.transaction(async (tx) => {
    await tx.update(conversations).set({ seekerId: intoId }).where(eq(conversations.seekerId, fromId));
    await tx.update(cases).set({ seekerId: intoId }).where(eq(cases.seekerId, fromId));
    await tx.execute(sql`
      insert into service_records (seeker_id, kind, ref_id, detail, conversation_id, message_id, delivered_by, delivered_on, due_on, completed_on, created_at)
      select ${intoId}, kind, ref_id, detail, conversation_id, message_id, delivered_by, delivered_on, due_on, completed_on, created_at
      from service_records where seeker_id = ${fromId}
      on conflict do nothing`);
    await tx.update(assistancePlans).set({ seekerId: intoId }).where(eq(assistancePlans.seekerId, fromId));
    await tx.update(followUps).set({ seekerId: intoId }).where(eq(followUps.seekerId, fromId));
    await tx.delete(outreachItems).where(eq(outreachItems.seekerId, fromId));
    await tx
      .update(seekers)
      .set({
        facts: sql`${JSON.stringify(from.facts)}::jsonb || ${seekers.facts}`,
        name: sql`coalesce(${seekers.name}, ${from.name})`,
        phone: sql`coalesce(${seekers.phone}, ${from.phone})`,
        idNumber: sql`coalesce(${seekers.idNumber}, ${from.idNumber})`,
        identityConsentAt: sql`coalesce(${seekers.identityConsentAt}, ${iso(from.identityConsentAt)}::timestamptz)`,
        counsellorId: sql`coalesce(${seekers.counsellorId}, ${from.counsellorId}::uuid)`,
        employmentStatus: sql`coalesce(${seekers.employmentStatus}, ${from.employmentStatus})`,
        intent: sql`coalesce(${seekers.intent}, ${from.intent})`,
        trainingNeed: sql`coalesce(${seekers.trainingNeed}, ${from.trainingNeed})`,
        outcome: sql`coalesce(${seekers.outcome}, ${from.outcome})`,
        outcomeAt: sql`coalesce(${seekers.outcomeAt}, ${iso(from.outcomeAt)}::timestamptz)`,
        updatedAt: sql`now()`,
      })
      .where(eq(seekers.id, intoId));
    await tx.delete(seekers).where(eq(seekers.id, fromId));
  });
  return { seekerId: intoId };
}
