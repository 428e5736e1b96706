import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { caseScope } from '../auth/ownership.ts';
import type { StaffPrincipal } from '../auth/principal.ts';
import { notStaffConversation } from '../chat/channels.ts';
import type { Database } from '../db/client.ts';
import { type Case, caseEvents, caseNotes, cases, copilotDrafts, messages, seekers, staffUsers } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { maskName, maskPhone } from '../ledger/mask.ts';

const t = zh.cases;

export const CASE_STATUSES = ['queued', 'claimed', 'returned_to_bot', 'resolved'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const OPEN_STATUSES: CaseStatus[] = ['queued', 'claimed'];

export interface StaffRef {
  id: string;
  displayName: string;
}

export async function getCase(database: Database, { caseId }: { caseId: string }): Promise<Case> {
  const [row] = await database.db.select().from(cases).where(eq(cases.id, caseId));
  if (!row) throw new AppError(404, 'not_found', t.errors.notFound);
  return row;
}

export async function staffRef(database: Database, { staffId }: { staffId: string | null }): Promise<StaffRef | null> {
  if (!staffId) return null;
  const [row] = await database.db.select({ id: staffUsers.id, displayName: staffUsers.displayName }).from(staffUsers).where(eq(staffUsers.id, staffId));
  return row ?? null;
}

/** An active account that can take a case (a counsellor or a supervisor), or a 400 naming the field. */
export async function caseworker(database: Database, { staffId, field }: { staffId: string; field: string }): Promise<StaffRef> {
  const [row] = await database.db
    .select({ id: staffUsers.id, displayName: staffUsers.displayName })
    .from(staffUsers)
    .where(and(eq(staffUsers.id, staffId), isNull(staffUsers.disabledAt), inArray(staffUsers.role, ['counsellor', 'supervisor'])));
  if (!row) throw new AppError(400, 'bad_request', t.errors.targetNotCounsellor, field);
  return row;
}

/**
 * The queue: open cases, waiting ones first by priority (distress 0, request 1, other 2) then by
 * how long they have waited; then the ones being served. Seeker identity is masked. Cases of the
 * console's Ask sessions (the staff channel) are not listed: no seeker is waiting there.
 */
export async function listQueue(
  database: Database,
  opts: { statuses?: CaseStatus[]; assignedTo?: string; limit?: number; /** the caller's scope (server/auth/ownership.ts caseScope) */ scope?: SQL | undefined },
) {
  const holder = alias(staffUsers, 'holder');
  const statuses = opts.statuses ?? OPEN_STATUSES;
  const rows = await database.db
    .select({
      id: cases.id,
      conversationId: cases.conversationId,
      seekerId: cases.seekerId,
      status: cases.status,
      reason: cases.reason,
      source: cases.source,
      priority: cases.priority,
      createdAt: cases.createdAt,
      claimedAt: cases.claimedAt,
      resolvedAt: cases.resolvedAt,
      outcome: cases.outcome,
      previousCaseId: cases.previousCaseId,
      holderId: holder.id,
      holderName: holder.displayName,
      seekerName: seekers.name,
      seekerPhone: seekers.phone,
      waitingSeconds: sql<number>`extract(epoch from (coalesce(${cases.claimedAt}, now()) - ${cases.createdAt}))::int`,
      lastSeekerMessage: sql<string | null>`(select m.text from messages m where m.conversation_id = ${cases.conversationId} and m.role = 'seeker' order by m.seq desc limit 1)`,
    })
    .from(cases)
    .innerJoin(seekers, eq(seekers.id, cases.seekerId))
    .leftJoin(holder, eq(holder.id, cases.assignedTo))
    .where(and(inArray(cases.status, statuses), opts.assignedTo ? eq(cases.assignedTo, opts.assignedTo) : undefined, opts.scope, notStaffConversation(sql`${cases.conversationId}`)))
    .orderBy(sql`case ${cases.status} when 'queued' then 0 when 'claimed' then 1 else 2 end`, asc(cases.priority), asc(cases.createdAt))
    .limit(opts.limit ?? 200);
  return rows.map(({ holderId, holderName, seekerName, seekerPhone, lastSeekerMessage, ...r }) => ({
    ...r,
    assignedTo: holderId ? { id: holderId, displayName: holderName! } : null,
    seeker: { id: r.seekerId, name: maskName(seekerName), phone: maskPhone(seekerPhone) },
    preview: lastSeekerMessage ? lastSeekerMessage.slice(0, 80) : null,
  }));
}

/** The queue list narrowed to what `actor` may see (server/auth/ownership.ts `caseScope`); undefined for those who oversee. */
export const queueScope = (actor: Pick<StaffPrincipal, 'id' | 'role'>) =>
  caseScope(actor, { id: sql`${cases.id}`, status: sql`${cases.status}`, assignedTo: sql`${cases.assignedTo}`, seekerId: sql`${cases.seekerId}` });

/** The cases being served (held, or handed back to the bot) that a counsellor may already see: the queue stream starts from these. */
export async function scopedHeldCaseIds(database: Database, actor: Pick<StaffPrincipal, 'id' | 'role'>): Promise<string[]> {
  const scope = caseScope(actor, { id: sql`c.id`, status: sql`c.status`, assignedTo: sql`c.assigned_to`, seekerId: sql`c.seeker_id` });
  const rows = await database.rows<{ id: string }>(sql`select c.id from cases c where c.status in ('claimed', 'returned_to_bot') and ${scope ?? sql`true`}`);
  return rows.map((r) => r.id);
}

/** Everything the console shows for one case: the case, its transcript, history, notes and drafts. */
export async function caseDetail(database: Database, { caseId }: { caseId: string }) {
  const row = await getCase(database, { caseId });
  const actor = alias(staffUsers, 'actor');
  const target = alias(staffUsers, 'target');
  const [assignedTo, transcript, history, notes, chain] = await Promise.all([
    staffRef(database, { staffId: row.assignedTo }),
    database.db
      .select({
        id: messages.id,
        seq: messages.seq,
        role: messages.role,
        text: messages.text,
        citations: messages.citations,
        toolCalls: messages.toolCalls,
        grounding: messages.grounding,
        status: messages.status,
        authorId: messages.authorId,
        authorName: staffUsers.displayName,
        agentDrafted: messages.agentDrafted,
        draftEditRatio: messages.draftEditRatio,
        flagged: messages.flagged,
        createdAt: messages.createdAt,
      })
      .from(messages)
      .leftJoin(staffUsers, eq(staffUsers.id, messages.authorId))
      .where(eq(messages.conversationId, row.conversationId))
      .orderBy(asc(messages.seq)),
    database.db
      .select({ type: caseEvents.type, actor: actor.displayName, to: target.displayName, note: caseEvents.note, at: caseEvents.createdAt })
      .from(caseEvents)
      .leftJoin(actor, eq(actor.id, caseEvents.actorId))
      .leftJoin(target, eq(target.id, caseEvents.toStaffId))
      .where(eq(caseEvents.caseId, caseId))
      .orderBy(asc(caseEvents.id)),
    listNotes(database, { caseId }),
    database.db
      .select({ id: cases.id, status: cases.status, reason: cases.reason, outcome: cases.outcome, createdAt: cases.createdAt, resolvedAt: cases.resolvedAt })
      .from(cases)
      .where(and(eq(cases.conversationId, row.conversationId), sql`${cases.id} <> ${caseId}`))
      .orderBy(desc(cases.createdAt)),
  ]);
  return {
    case: { ...row, assignedTo },
    transcript,
    history: history.map((h) => ({ ...h, label: t.events[h.type as keyof typeof t.events] ?? h.type })),
    notes,
    otherCases: chain,
  };
}

export async function listNotes(database: Database, { caseId }: { caseId: string }) {
  return database.db
    .select({ id: caseNotes.id, text: caseNotes.text, authorId: caseNotes.authorId, authorName: staffUsers.displayName, createdAt: caseNotes.createdAt })
    .from(caseNotes)
    .leftJoin(staffUsers, eq(staffUsers.id, caseNotes.authorId))
    .where(eq(caseNotes.caseId, caseId))
    .orderBy(asc(caseNotes.createdAt));
}

/** Private staff notes: stored with the case, never published on the seeker's stream. */
export async function addNote(database: Database, { caseId, authorId, text }: { caseId: string; authorId: string; text: string }) {
  await getCase(database, { caseId });
  const [row] = await database.db.insert(caseNotes).values({ caseId, authorId, text }).returning();
  return row!;
}

export async function getDraft(database: Database, { draftId }: { draftId: string }) {
  const [row] = await database.db.select().from(copilotDrafts).where(eq(copilotDrafts.id, draftId));
  return row;
}

/**
 * Who a case can go to (a transfer or an assignment): the active counsellors and supervisors, the
 * accounts `caseworker()` accepts, by name. Names only — the staff list itself is for admins.
 */
export const caseworkers = (database: Database) =>
  database.db
    .select({ id: staffUsers.id, displayName: staffUsers.displayName, role: staffUsers.role })
    .from(staffUsers)
    .where(and(isNull(staffUsers.disabledAt), inArray(staffUsers.role, ['counsellor', 'supervisor'])))
    .orderBy(asc(staffUsers.displayName));
