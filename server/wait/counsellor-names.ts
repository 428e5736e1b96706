import { inArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { staffUsers } from '../db/schema/index.ts';

/** The display names of the counsellors who wrote these messages (never their account ids), for the seeker's transcript. */
export async function counsellorNames(database: Database, rows: { role: string; authorId: string | null }[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.filter((r) => r.role === 'counsellor' && r.authorId).map((r) => r.authorId!))];
  if (!ids.length) return new Map();
  const found = await database.db.select({ id: staffUsers.id, displayName: staffUsers.displayName }).from(staffUsers).where(inArray(staffUsers.id, ids));
  return new Map(found.map((r) => [r.id, r.displayName]));
}
