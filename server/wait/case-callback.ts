/** The call-back a seeker left on a case (issue 16), as the case's counsellor reads and settles it. */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { callbackRequests } from '../db/schema/index.ts';

/** The case's latest call-back, handled or not. */
export async function latestCallback(database: Database, { caseId }: { caseId: string }) {
  const [row] = await database.db.select().from(callbackRequests).where(eq(callbackRequests.caseId, caseId)).orderBy(desc(callbackRequests.createdAt)).limit(1);
  return row;
}

/** Marks the case's open call-back called back by `staffId`; undefined when none is open. */
export async function markCallbackHandled(database: Database, { caseId, staffId }: { caseId: string; staffId: string }) {
  const [row] = await database.db
    .update(callbackRequests)
    .set({ handledAt: sql`now()`, handledBy: staffId })
    .where(and(eq(callbackRequests.caseId, caseId), isNull(callbackRequests.handledAt)))
    .returning({ id: callbackRequests.id, handledAt: callbackRequests.handledAt });
  return row;
}
