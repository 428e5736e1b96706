import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { caseEvents, cases, conversations, seekers } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import type { LiveBus } from '../live/bus.ts';
import { type Actor, oversees, refusal } from './claim.ts';
import { tellQueue, tellSeeker } from './live.ts';
import { caseworker, getCase, OPEN_STATUSES, staffRef } from './queries.ts';

const t = zh.cases;

/** The case must be held by `actor` (or `actor` oversees casework); otherwise the reason why not. */
export async function heldRefusal(database: Database, caseId: string, actor: Actor): Promise<AppError> {
  const row = await getCase(database, { caseId });
  if (row.status === 'claimed' && row.assignedTo !== actor.id) {
    const holder = await staffRef(database, { staffId: row.assignedTo });
    return new AppError(403, 'not_holder', `${t.errors.notHolder}（${t.errors.heldBy(holder?.displayName ?? '其他职业指导员')}）`);
  }
  return refusal(database, caseId, 'held');
}

const heldBy = (actor: Actor) => (oversees(actor) ? undefined : eq(cases.assignedTo, actor.id));

/** The holder puts the case back in the queue (keeping its place by waiting time); the bot answers meanwhile. */
export async function releaseCase(database: Database, bus: LiveBus, { caseId, actor, note }: { caseId: string; actor: Actor; note?: string }) {
  const row = await database.db.transaction(async (tx) => {
    const [released] = await tx
      .update(cases)
      .set({ status: 'queued', assignedTo: null, claimedAt: null, updatedAt: sql`now()` })
      .where(and(eq(cases.id, caseId), eq(cases.status, 'claimed'), heldBy(actor)))
      .returning();
    if (!released) return undefined;
    await tx.update(conversations).set({ status: 'queued' }).where(eq(conversations.id, released.conversationId));
    await tx.insert(caseEvents).values({ caseId, type: 'released', actorId: actor.id, note: note ?? null });
    return released;
  });
  if (!row) throw await heldRefusal(database, caseId, actor);
  await tellSeeker(database, bus, { conversationId: row.conversationId, caseId, type: 'counsellor_left', text: t.transcript.released, reason: 'released' });
  await tellQueue(bus, 'case_released', row, null);
  return { ...row, assignedTo: null };
}

/**
 * The holder hands the case, live, to another counsellor; the seeker stays with a person
 * throughout and becomes the new counsellor's seeker if they were the old one's.
 */
export async function transferCase(
  database: Database,
  bus: LiveBus,
  { caseId, actor, toStaffId, note }: { caseId: string; actor: Actor; toStaffId: string; note?: string },
) {
  const target = await caseworker(database, { staffId: toStaffId, field: 'counsellorId' });
  if (target.id === actor.id) throw new AppError(409, 'same_counsellor', t.errors.sameCounsellor);
  const row = await database.db.transaction(async (tx) => {
    const [moved] = await tx
      .update(cases)
      .set({ assignedTo: target.id, updatedAt: sql`now()` })
      .where(and(eq(cases.id, caseId), eq(cases.status, 'claimed'), eq(cases.assignedTo, actor.id)))
      .returning();
    if (!moved) return undefined;
    await tx.update(seekers).set({ counsellorId: target.id, updatedAt: sql`now()` }).where(and(eq(seekers.id, moved.seekerId), eq(seekers.counsellorId, actor.id)));
    await tx.insert(caseEvents).values({ caseId, type: 'transferred', actorId: actor.id, toStaffId: target.id, note: note ?? null });
    return moved;
  });
  if (!row) throw await heldRefusal(database, caseId, { ...actor, role: 'counsellor' });
  await tellSeeker(database, bus, { conversationId: row.conversationId, caseId, type: 'counsellor_joined', text: t.transcript.transferred(target.displayName), counsellor: target });
  await tellQueue(bus, 'case_transferred', row, target);
  return { ...row, assignedTo: target };
}

/**
 * A supervisor gives an open case (waiting or held by someone else) to a counsellor. The row is
 * locked while it changes hands so a claim racing the assignment waits and then sees it taken.
 */
export async function assignCase(
  database: Database,
  bus: LiveBus,
  { caseId, actor, toStaffId, note }: { caseId: string; actor: Actor; toStaffId: string; note?: string },
) {
  const target = await caseworker(database, { staffId: toStaffId, field: 'counsellorId' });
  const result = await database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(cases).where(and(eq(cases.id, caseId), inArray(cases.status, OPEN_STATUSES))).for('update');
    if (!before) return undefined;
    if (before.status === 'claimed' && before.assignedTo === target.id) return { before, after: before, unchanged: true };
    const [after] = await tx
      .update(cases)
      .set({ status: 'claimed', assignedTo: target.id, claimedAt: sql`coalesce(${cases.claimedAt}, now())`, updatedAt: sql`now()` })
      .where(eq(cases.id, caseId))
      .returning();
    await tx.update(conversations).set({ status: 'counsellor' }).where(eq(conversations.id, before.conversationId));
    await tx
      .update(seekers)
      .set({ counsellorId: target.id, updatedAt: sql`now()` })
      .where(and(eq(seekers.id, before.seekerId), before.assignedTo ? or(isNull(seekers.counsellorId), eq(seekers.counsellorId, before.assignedTo)) : isNull(seekers.counsellorId)));
    await tx.insert(caseEvents).values({ caseId, type: 'assigned', actorId: actor.id, toStaffId: target.id, note: note ?? null });
    return { before, after: after!, unchanged: false };
  });
  if (!result) throw await refusal(database, caseId, 'held');
  if (!result.unchanged) {
    const text = result.before.status === 'claimed' ? t.transcript.transferred(target.displayName) : t.transcript.joined(target.displayName);
    await tellSeeker(database, bus, { conversationId: result.after.conversationId, caseId, type: 'counsellor_joined', text, counsellor: target });
    await tellQueue(bus, 'case_assigned', result.after, target);
  }
  return { ...result.after, assignedTo: target };
}
