import { and, eq, isNull, sql } from 'drizzle-orm';
import type { StaffPrincipal } from '../auth/principal.ts';
import type { Database } from '../db/client.ts';
import { caseEvents, cases, conversations, seekers } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import type { LiveBus } from '../live/bus.ts';
import { tellQueue, tellSeeker } from './live.ts';
import { getCase, staffRef } from './queries.ts';

const t = zh.cases;

export type Actor = Pick<StaffPrincipal, 'id' | 'displayName' | 'role'>;

/** Supervisors (and admins) may act on any case; counsellors only on the ones they hold (the one definition is the responsibility model's). */
export { oversees } from '../auth/ownership.ts';

/**
 * Why a case is not in the state an action needs, as the error the caller gets: 409 naming the
 * counsellor who holds it, 409 when it is no longer open, 404 when there is no such case.
 */
export async function refusal(database: Database, caseId: string, expected: 'queued' | 'held'): Promise<AppError> {
  const row = await getCase(database, { caseId });
  if (row.status === 'claimed') {
    const holder = await staffRef(database, { staffId: row.assignedTo });
    return new AppError(409, 'case_claimed', t.errors.heldBy(holder?.displayName ?? '其他职业指导员'));
  }
  if (row.status === 'queued') return new AppError(409, 'case_not_claimed', t.errors.notHeld);
  if (expected === 'queued') return new AppError(409, 'case_closed', t.errors.notQueued);
  return new AppError(409, 'case_closed', t.errors.notOpen);
}

/**
 * Takes a waiting case. Exclusive in the database: the one conditional UPDATE … WHERE
 * status = 'queued' that finds the row wins; every concurrent claimer after it matches nothing
 * and gets 409 naming the winner. The bot pauses for the conversation and the claimer becomes the
 * seeker's counsellor (专人负责) unless they already have one.
 */
export async function claimCase(database: Database, bus: LiveBus, { caseId, actor }: { caseId: string; actor: Actor }) {
  const row = await database.db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(cases)
      .set({ status: 'claimed', assignedTo: actor.id, claimedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(cases.id, caseId), eq(cases.status, 'queued')))
      .returning();
    if (!claimed) return undefined;
    await tx.update(conversations).set({ status: 'counsellor' }).where(eq(conversations.id, claimed.conversationId));
    await tx.update(seekers).set({ counsellorId: actor.id, updatedAt: sql`now()` }).where(and(eq(seekers.id, claimed.seekerId), isNull(seekers.counsellorId)));
    await tx.insert(caseEvents).values({ caseId, type: 'claimed', actorId: actor.id, toStaffId: actor.id });
    return claimed;
  });
  if (!row) throw await refusal(database, caseId, 'queued');
  const holder = { id: actor.id, displayName: actor.displayName };
  await tellSeeker(database, bus, { conversationId: row.conversationId, caseId, type: 'counsellor_joined', text: t.transcript.joined(actor.displayName), counsellor: holder });
  await tellQueue(bus, 'case_claimed', row, holder);
  return { ...row, assignedTo: holder };
}
