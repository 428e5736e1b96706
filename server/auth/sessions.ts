import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { staffSessions, staffUsers } from '../db/schema/index.ts';
import { hashToken, newToken } from '../chat/tokens.ts';
import { publishLiveEvent, STAFF_SESSIONS_CHANNEL } from '../live/bus.ts';
import type { StaffPrincipal, StaffRole } from './principal.ts';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, absoluteHours: 12 };

/** Server-side sessions: the cookie holds a random secret, the table its hash. Logout and disable bite at once. */
export async function createStaffSession(database: Database, userId: string, policy: SessionPolicy) {
  const token = newToken();
  const expiresAt = new Date(Date.now() + policy.absoluteHours * 3_600_000);
  await database.db.insert(staffSessions).values({ id: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

/** The principal of a live session, or undefined (unknown, revoked, expired, idle too long, user disabled). */
export async function loadStaffSession(database: Database, token: string, policy: SessionPolicy): Promise<StaffPrincipal | undefined> {
  const id = hashToken(token);
  const [row] = await database.db
    .select({ session: staffSessions, user: staffUsers })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .where(
      and(
        eq(staffSessions.id, id),
        isNull(staffSessions.revokedAt),
        isNull(staffUsers.disabledAt),
        gt(staffSessions.expiresAt, sql`now()`),
        gt(staffSessions.lastSeenAt, sql`now() - make_interval(mins => ${policy.idleMinutes})`),
      ),
    )
    .limit(1);
  if (!row) return undefined;
  // Touch at most once a minute: a busy console should not write on every request.
  if (Date.now() - row.session.lastSeenAt.getTime() > 60_000) {
    await database.db.update(staffSessions).set({ lastSeenAt: sql`now()` }).where(eq(staffSessions.id, id));
  }
  const { user } = row;
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role as StaffRole, mustChangePassword: user.mustChangePassword, sessionId: id };
}

/**
 * Whether a session still stands (not revoked, not expired, the account not disabled): open event
 * streams ask this when told a session of their user ended, and at every ping (server/live/sse.ts).
 * The idle limit is the request middleware's: a stream is not a request.
 */
export async function staffSessionLive(database: Database, sessionId: string): Promise<boolean> {
  const [row] = await database.db
    .select({ id: staffSessions.id })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .where(and(eq(staffSessions.id, sessionId), isNull(staffSessions.revokedAt), isNull(staffUsers.disabledAt), gt(staffSessions.expiresAt, sql`now()`)))
    .limit(1);
  return row !== undefined;
}

/**
 * Tells every process that sessions of `userId` ended, so their open streams close now rather than
 * at their next ping. The revocation is already stored; if telling fails, the ping's check closes them.
 */
async function announceEnded(database: Database, userIds: string[]) {
  for (const userId of new Set(userIds)) await publishLiveEvent(database, STAFF_SESSIONS_CHANNEL, 'session_ended', { userId }).catch(() => {});
}

export async function revokeStaffSession(database: Database, sessionId: string) {
  const rows = await database.db.update(staffSessions).set({ revokedAt: sql`now()` }).where(eq(staffSessions.id, sessionId)).returning({ userId: staffSessions.userId });
  await announceEnded(database, rows.map((r) => r.userId));
}

export async function revokeAllSessionsOf(database: Database, userId: string) {
  await database.db.update(staffSessions).set({ revokedAt: sql`now()` }).where(and(eq(staffSessions.userId, userId), isNull(staffSessions.revokedAt)));
  // also when none was open: a stream opened a moment ago may still be starting
  await announceEnded(database, [userId]);
}
