import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { type Case, caseEvents, cases, conversations, seekers } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import type { LiveBus } from '../live/bus.ts';
import { type Actor, oversees } from './claim.ts';
import { tellQueue, tellSeeker } from './live.ts';
import { getCase, staffRef } from './queries.ts';
import { heldRefusal } from './reassign.ts';
import type { Outcome } from '../ledger/outcomes.ts';

const t = zh.cases;

export { OUTCOMES, type Outcome } from '../ledger/outcomes.ts';

/** What an outcome says about the person's work status in the ledger; `other` says nothing. */
const STATUS_AFTER: Record<Outcome, string | undefined> = {
  employed: 'employed',
  public_welfare_post: 'employed',
  startup: 'self_employed',
  training: 'in_training',
  other: undefined,
};

/**
 * The holder hands the conversation back to the bot: the case ends as `returned_to_bot` (it can
 * still be resolved with an outcome later), the bot answers the seeker's next message, and the
 * transcript says so.
 */
export async function handBackCase(database: Database, bus: LiveBus, { caseId, actor, note }: { caseId: string; actor: Actor; note?: string }) {
  const row = await database.db.transaction(async (tx) => {
    const [returned] = await tx
      .update(cases)
      .set({ status: 'returned_to_bot', updatedAt: sql`now()` })
      .where(and(eq(cases.id, caseId), eq(cases.status, 'claimed'), oversees(actor) ? undefined : eq(cases.assignedTo, actor.id)))
      .returning();
    if (!returned) return undefined;
    await tx.update(conversations).set({ status: 'bot' }).where(eq(conversations.id, returned.conversationId));
    await tx.insert(caseEvents).values({ caseId, type: 'returned_to_bot', actorId: actor.id, note: note ?? null });
    return returned;
  });
  if (!row) throw await heldRefusal(database, caseId, actor);
  await tellSeeker(database, bus, { conversationId: row.conversationId, caseId, type: 'counsellor_left', text: t.transcript.handedBack, reason: 'returned_to_bot' });
  await tellQueue(bus, 'case_returned', row, await staffRef(database, { staffId: row.assignedTo }));
  return row;
}

/** Who may resolve a case in the state it is in: its counsellor once they hold it, a supervisor always. */
function mayResolve(row: Case, actor: Actor): boolean {
  if (oversees(actor)) return true;
  return row.assignedTo === actor.id && (row.status === 'claimed' || row.status === 'returned_to_bot');
}

/**
 * Closes the case with its outcome, which also becomes the seeker's outcome in the ledger (and,
 * for a job, a business or a post, their work status). A case still live ends the takeover too.
 */
export async function resolveCase(
  database: Database,
  bus: LiveBus,
  { caseId, actor, outcome, note }: { caseId: string; actor: Actor; outcome: Outcome; note?: string },
) {
  const result = await database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
    if (!before || before.status === 'resolved' || !mayResolve(before, actor)) return { before, after: undefined };
    const [after] = await tx
      .update(cases)
      .set({ status: 'resolved', outcome, resolvedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(cases.id, caseId))
      .returning();
    // A returned case's conversation may already be waiting in a newer case: leave it alone then.
    if (before.status !== 'returned_to_bot') await tx.update(conversations).set({ status: 'bot' }).where(eq(conversations.id, before.conversationId));
    const employmentStatus = STATUS_AFTER[outcome];
    await tx
      .update(seekers)
      .set({ outcome, outcomeAt: sql`now()`, updatedAt: sql`now()`, ...(employmentStatus ? { employmentStatus } : {}) })
      .where(eq(seekers.id, before.seekerId));
    await tx.insert(caseEvents).values({ caseId, type: 'resolved', actorId: actor.id, note: note ? `${t.outcomes[outcome]}：${note}` : t.outcomes[outcome] });
    return { before, after };
  });
  if (!result.after) {
    const row = result.before ?? (await getCase(database, { caseId }));
    if (row.status === 'resolved') throw new AppError(409, 'case_closed', t.errors.closed);
    if (row.status === 'returned_to_bot') throw new AppError(403, 'not_holder', t.errors.notHolder);
    throw await heldRefusal(database, caseId, actor);
  }
  const { before, after } = result;
  if (before!.status === 'claimed' || before!.status === 'queued') {
    await tellSeeker(database, bus, { conversationId: after.conversationId, caseId, type: 'counsellor_left', text: t.transcript.resolved, reason: 'resolved' });
  }
  await tellQueue(bus, 'case_resolved', after, await staffRef(database, { staffId: after.assignedTo }));
  return after;
}
