import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Escalate, EscalationCause } from '../agent/escalation.ts';
import type { Database } from '../db/client.ts';
import { caseEvents, cases, conversations } from '../db/schema/index.ts';
import { conversationChannel, type LiveBus, QUEUE_CHANNEL } from '../live/bus.ts';

export type CaseSource = 'agent' | 'guardrail' | 'seeker' | 'staff';

/** Queue priority: lower is served first; ties by waiting time. */
export const PRIORITY = { distress: 0, requested: 1, other: 2 } as const;

/** Why the agent hands over → the case's source and place in the queue (distress first, then who asked). */
const BY_CAUSE: Record<EscalationCause, { source: CaseSource; priority?: number }> = {
  distress: { source: 'guardrail', priority: PRIORITY.distress },
  requested: { source: 'seeker', priority: PRIORITY.requested },
  agent: { source: 'agent' },
};

/** The agent's hand-over (server/agent/escalation.ts) as casework does it: the conversation's case, opened or found. */
export function caseEscalation(database: Database, bus: LiveBus): Escalate {
  return ({ cause, ...escalation }) => openCase(database, bus, { ...escalation, ...BY_CAUSE[cause] });
}

/**
 * Opens the conversation's case, or returns the one already open (one open case per conversation,
 * enforced by a partial unique index). A conversation whose earlier case was resolved gets a new
 * case linked to the previous one.
 */
export async function openCase(
  database: Database,
  bus: LiveBus,
  opts: { conversationId: string; seekerId: string; reason: string; source: CaseSource; priority?: number; actorId?: string },
): Promise<{ caseId: string; created: boolean }> {
  const open = () =>
    database.db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.conversationId, opts.conversationId), inArray(cases.status, ['queued', 'claimed'])))
      .limit(1);
  const [existing] = await open();
  if (existing) return { caseId: existing.id, created: false };
  const [previous] = await database.db
    .select({ id: cases.id })
    .from(cases)
    .where(eq(cases.conversationId, opts.conversationId))
    .orderBy(desc(cases.createdAt))
    .limit(1);
  const priority = opts.priority ?? (opts.source === 'seeker' ? PRIORITY.requested : PRIORITY.other);
  const inserted = await database.db
    .insert(cases)
    .values({ conversationId: opts.conversationId, seekerId: opts.seekerId, reason: opts.reason, source: opts.source, priority, previousCaseId: previous?.id ?? null })
    .onConflictDoNothing({ target: cases.conversationId, where: sql`status in ('queued', 'claimed')` })
    .returning({ id: cases.id });
  if (!inserted[0]) {
    const [raced] = await open();
    return { caseId: raced!.id, created: false };
  }
  await database.db.update(conversations).set({ status: 'queued' }).where(eq(conversations.id, opts.conversationId));
  await database.db.insert(caseEvents).values({ caseId: inserted[0].id, type: 'opened', actorId: opts.actorId ?? null, note: opts.reason });
  const payload = { caseId: inserted[0].id, reason: opts.reason, priority };
  await bus.publish(QUEUE_CHANNEL, 'case_queued', { ...payload, conversationId: opts.conversationId });
  await bus.publish(conversationChannel(opts.conversationId), 'handoff', payload);
  return { caseId: inserted[0].id, created: true };
}
