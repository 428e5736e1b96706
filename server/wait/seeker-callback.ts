/** The call-back a seeker leaves outside the duty hours (issue 16), from the seeker's side. */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { callbackRequests, cases, messages } from '../db/schema/index.ts';

/** The conversation's call-back not yet handled, if any. */
export async function pendingCallback(database: Database, conversationId: string) {
  const [row] = await database.db
    .select({ phone: callbackRequests.phone, createdAt: callbackRequests.createdAt })
    .from(callbackRequests)
    .where(and(eq(callbackRequests.conversationId, conversationId), isNull(callbackRequests.handledAt)));
  return row;
}

/** A case already waiting that the call-back joined: the queue shows it as a call-back from now on. */
export async function relabelWaitingCase(database: Database, caseId: string, reason: string) {
  await database.db.update(cases).set({ reason, updatedAt: sql`now()` }).where(and(eq(cases.id, caseId), eq(cases.status, 'queued')));
}

/**
 * Stores the call-back (replacing the conversation's pending one) and the system line the
 * transcript shows, in one transaction; returns that line's id.
 */
export async function storeCallback(
  database: Database,
  input: { conversationId: string; seekerId: string; caseId: string; phone: string; message: string; transcriptLine: string },
): Promise<string> {
  const { conversationId, seekerId, caseId, phone, message } = input;
  return database.db.transaction(async (tx) => {
    await tx
      .insert(callbackRequests)
      .values({ conversationId, seekerId, caseId, phone, message, consentAt: sql`now()` })
      .onConflictDoUpdate({ target: callbackRequests.conversationId, targetWhere: sql`handled_at is null`, set: { phone, message, caseId, consentAt: sql`now()` } });
    const [row] = await tx
      .insert(messages)
      .values({ conversationId, role: 'system', text: input.transcriptLine, status: 'visible', seq: sql`(select coalesce(max(seq), 0) + 1 from messages where conversation_id = ${conversationId})` })
      .returning({ id: messages.id });
    return row!.id;
  });
}
