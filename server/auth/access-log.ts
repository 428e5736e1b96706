import type { Database } from '../db/client.ts';
import { accessLog } from '../db/schema/index.ts';
import type { StaffPrincipal } from './principal.ts';

/**
 * Appends who saw whose personal data, which fields, why and through which route. The table refuses
 * UPDATE and DELETE (a trigger), so an entry, once written, stays.
 */
export async function recordAccess(
  database: Database,
  entry: { actor: Pick<StaffPrincipal, 'id' | 'role'>; action: string; seekerId: string; fields: string[]; reason: string; route?: string },
) {
  await database.db.insert(accessLog).values({
    actorId: entry.actor.id,
    actorRole: entry.actor.role,
    action: entry.action,
    seekerId: entry.seekerId,
    fields: entry.fields,
    reason: entry.reason,
    route: entry.route ?? null,
  });
}
