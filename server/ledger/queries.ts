import { and, asc, desc, eq, ilike, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { seekerScope } from '../auth/ownership.ts';
import type { StaffPrincipal } from '../auth/principal.ts';
import { notStaffSeeker } from '../chat/channels.ts';
import type { Database } from '../db/client.ts';
import { assistancePlans, cases, followUps, outreachItems, seekers, serviceRecords, staffUsers } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { today } from '../rules/dates.ts';
import { evaluate } from '../rules/engine.ts';
import { maskIdentity, maskName, maskPhone } from './mask.ts';
import { ledgerProfile, personOf } from './profile.ts';
import { ledgerServiceCheck } from './service-check.ts';

const t = zh.cases;

/**
 * Who is in the real-name ledger (实名制台账): a seeker who identified (or was registered by staff),
 * has a responsible counsellor, or was ever handed to a person. Anonymous one-off chats are not, nor
 * are the seekers of the console's Ask sessions (the staff channel: a colleague, not a person served).
 */
export const inLedger: SQL = sql`((${seekers.identityConsentAt} is not null or ${seekers.counsellorId} is not null or exists (select 1 from cases c where c.seeker_id = ${seekers.id})) and ${notStaffSeeker(sql`${seekers.id}`)})`;

export async function getSeeker(database: Database, { seekerId }: { seekerId: string }) {
  const [row] = await database.db.select().from(seekers).where(eq(seekers.id, seekerId));
  if (!row) throw new AppError(404, 'not_found', t.errors.seekerNotFound);
  return row;
}

export async function recordsOf(database: Database, { seekerIds }: { seekerIds: string[] }) {
  if (!seekerIds.length) return [];
  return database.db.select().from(serviceRecords).where(inArray(serviceRecords.seekerId, seekerIds)).orderBy(asc(serviceRecords.deliveredOn), asc(serviceRecords.createdAt));
}

/** The ledger narrowed to the seekers `actor` is responsible for (server/auth/ownership.ts `seekerScope`); undefined for those who oversee. */
export const ledgerScope = (actor: Pick<StaffPrincipal, 'id' | 'role'>) => seekerScope(actor, sql`${seekers.id}`);

/**
 * The ledger as a list: identity masked, profile, counsellor, outcome and what the service
 * standard still owes each person. Search by full name, full phone or the phone's last four digits.
 */
export async function listLedger(
  database: Database,
  opts: {
    q?: string;
    counsellorId?: string;
    unassigned?: boolean;
    outcome?: string;
    owed?: boolean;
    limit?: number;
    offset?: number;
    asOf?: string;
    /** the caller's scope (server/auth/ownership.ts seekerScope); undefined lists everyone */
    scope?: SQL | undefined;
  },
) {
  const asOf = opts.asOf ?? today();
  const q = opts.q?.trim();
  const search = q ? (/^\d{4}$/.test(q) ? sql`${seekers.phone} like ${'%' + q}` : or(eq(seekers.phone, q), ilike(seekers.name, `%${q}%`))) : undefined;
  const rows = await database.db
    .select({ seeker: seekers, counsellorName: staffUsers.displayName })
    .from(seekers)
    .leftJoin(staffUsers, eq(staffUsers.id, seekers.counsellorId))
    .where(
      and(
        inLedger,
        opts.scope,
        search,
        opts.counsellorId ? eq(seekers.counsellorId, opts.counsellorId) : undefined,
        opts.unassigned ? isNull(seekers.counsellorId) : undefined,
        opts.outcome ? (opts.outcome === 'none' ? isNull(seekers.outcome) : eq(seekers.outcome, opts.outcome)) : undefined,
      ),
    )
    .orderBy(desc(seekers.updatedAt))
    .limit(opts.limit ?? 100)
    .offset(opts.offset ?? 0);
  const records = await recordsOf(database, { seekerIds: rows.map((r) => r.seeker.id) });
  const items = rows.map(({ seeker, counsellorName }) => {
    const check = ledgerServiceCheck(personOf(seeker.facts), records.filter((r) => r.seekerId === seeker.id), asOf);
    const profile = ledgerProfile(seeker);
    return {
      seekerId: seeker.id,
      name: maskName(seeker.name),
      phone: maskPhone(seeker.phone),
      identified: seeker.identityConsentAt !== null,
      counsellor: seeker.counsellorId ? { id: seeker.counsellorId, displayName: counsellorName! } : null,
      employmentStatus: profile.employmentStatus,
      intent: profile.intent,
      outcome: seeker.outcome,
      outcomeAt: seeker.outcomeAt,
      owed: check.outstanding.map((o) => ({ code: o.code, name: o.name, remaining: o.remaining, ...(o.overdue ? { overdue: true } : {}) })),
      updatedAt: seeker.updatedAt,
    };
  });
  return { asOf, items: opts.owed ? items.filter((i) => i.owed.length > 0) : items };
}

/**
 * One ledger record: masked identity, the profile of 二（五）1, every service delivered, the
 * service-standard check of 二（四）1 (what is still owed and why), eligibility, the assistance plans,
 * follow-ups, cases, open outreach and other records with the same phone (possible duplicates).
 */
export async function ledgerRecord(database: Database, { seekerId, asOf = today() }: { seekerId: string; asOf?: string }) {
  const seeker = await getSeeker(database, { seekerId });
  const person = personOf(seeker.facts);
  const deliverer = sql<string | null>`(select display_name from staff_users where id = ${serviceRecords.deliveredBy})`;
  const [records, counsellor, plans, follow, caseRows, outreach, samePhone] = await Promise.all([
    database.db
      .select({ record: serviceRecords, deliveredByName: deliverer })
      .from(serviceRecords)
      .where(eq(serviceRecords.seekerId, seekerId))
      .orderBy(asc(serviceRecords.deliveredOn), asc(serviceRecords.createdAt)),
    seeker.counsellorId
      ? database.db.select({ id: staffUsers.id, displayName: staffUsers.displayName }).from(staffUsers).where(eq(staffUsers.id, seeker.counsellorId)).then((r) => r[0] ?? null)
      : null,
    database.db.select().from(assistancePlans).where(eq(assistancePlans.seekerId, seekerId)).orderBy(desc(assistancePlans.createdAt)),
    database.db.select().from(followUps).where(eq(followUps.seekerId, seekerId)).orderBy(asc(followUps.dueOn)),
    database.db
      .select({ id: cases.id, status: cases.status, reason: cases.reason, source: cases.source, outcome: cases.outcome, assignedTo: cases.assignedTo, createdAt: cases.createdAt, resolvedAt: cases.resolvedAt, conversationId: cases.conversationId })
      .from(cases)
      .where(eq(cases.seekerId, seekerId))
      .orderBy(desc(cases.createdAt)),
    database.db.select().from(outreachItems).where(and(eq(outreachItems.seekerId, seekerId), isNull(outreachItems.clearedOn))).orderBy(asc(outreachItems.kind), asc(outreachItems.code)),
    seeker.phone
      ? database.db.select({ id: seekers.id, name: seekers.name }).from(seekers).where(and(eq(seekers.phone, seeker.phone), ne(seekers.id, seekerId)))
      : [],
  ]);
  const services = ledgerServiceCheck(person, records.map((r) => r.record), asOf);
  const eligibility = evaluate({ person, asOf, audience: 'person' }).benefits
    .filter((b) => b.status !== 'ineligible')
    .map((b) => ({ code: b.code, name: b.name, status: b.status, amount: b.amount, reasons: b.reasons, missingFacts: b.missingFacts, citations: b.citations }));
  return {
    asOf,
    seeker: {
      id: seeker.id,
      ...maskIdentity(seeker),
      identified: seeker.identityConsentAt !== null,
      identityConsentAt: seeker.identityConsentAt,
      counsellor,
      outcome: seeker.outcome,
      outcomeLabel: seeker.outcome ? (t.outcomes[seeker.outcome as keyof typeof t.outcomes] ?? seeker.outcome) : null,
      outcomeAt: seeker.outcomeAt,
      createdAt: seeker.createdAt,
      updatedAt: seeker.updatedAt,
    },
    profile: ledgerProfile(seeker),
    services: records.map(({ record: r, deliveredByName }) => ({
      id: r.id,
      kind: r.kind,
      label: t.serviceKinds[r.kind as keyof typeof t.serviceKinds] ?? r.kind,
      refId: r.refId,
      detail: r.detail,
      deliveredOn: r.deliveredOn,
      deliveredBy: r.deliveredBy ? { id: r.deliveredBy, displayName: deliveredByName } : null,
      dueOn: r.dueOn,
      completedOn: r.completedOn,
      conversationId: r.conversationId,
      messageId: r.messageId,
    })),
    serviceStandard: services,
    eligibility,
    plans,
    followUps: follow,
    cases: caseRows,
    outreach,
    possibleDuplicates: samePhone.map((s) => ({ seekerId: s.id, name: maskName(s.name) })),
  };
}
