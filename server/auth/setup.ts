import { sql } from 'drizzle-orm';
import { hashToken, newToken } from '../chat/tokens.ts';
import type { Database } from '../db/client.ts';
import { setupTokens, staffUsers } from '../db/schema/index.ts';
import { rowsOf } from '../http/limits.ts';
import { countAdmins } from './accounts.ts';
import { hashPassword } from './password.ts';

/**
 * The first administrator, created in the browser (as Grafana and Jenkins do): a start with no
 * administrator prints a one-time link `…/console/setup#<secret>`; whoever can read the server's
 * output opens it and chooses the admin's username and password. The secret travels in the URL's
 * fragment, which browsers never send to a server, so it is in no access log; the table keeps only
 * its hash. Each start prints a new link (several processes may each print theirs); a link works
 * once, for SETUP_LINK_HOURS, and only while there is still no administrator.
 */
export const SETUP_LINK_HOURS = 24;

/** Serialises first-admin creation, so two links used at once cannot make two administrators. */
const SETUP_LOCK_KEY = 4_720_382;

/** A new one-time setup secret when there is no administrator, else undefined. */
export async function setupLinkIfNoAdmin(database: Database): Promise<string | undefined> {
  if ((await countAdmins(database)) > 0) return undefined;
  const token = newToken();
  await database.db.insert(setupTokens).values({ id: hashToken(token), expiresAt: new Date(Date.now() + SETUP_LINK_HOURS * 3_600_000) });
  return token;
}

export async function adminExists(database: Database): Promise<boolean> {
  return (await countAdmins(database)) > 0;
}

export type SetupResult = { ok: true; user: { id: string; username: string; displayName: string; role: string } } | { ok: false; reason: 'invalid_link' | 'admin_exists' | 'username_taken' };

/**
 * Uses the link: in one transaction (serialised by an advisory lock) the secret is marked used and
 * the administrator created — or nothing happens, and the link still works.
 */
export async function createFirstAdmin(database: Database, token: string, account: { username: string; displayName: string; password: string }): Promise<SetupResult> {
  const passwordHash = await hashPassword(account.password);
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK_KEY})`);
    const used = rowsOf<{ id: string }>(
      await tx.execute(sql`update ${setupTokens} set used_at = now() where id = ${hashToken(token)} and used_at is null and expires_at > now() returning id`),
    );
    if (!used.length) return { ok: false as const, reason: 'invalid_link' as const };
    if ((await countAdmins({ db: tx })) > 0) return { ok: false as const, reason: 'admin_exists' as const };
    const taken = rowsOf(await tx.execute(sql`select 1 from ${staffUsers} where username = ${account.username.toLowerCase()}`));
    if (taken.length) throw new UsernameTaken();
    const [user] = await tx
      .insert(staffUsers)
      .values({ username: account.username.toLowerCase(), displayName: account.displayName, role: 'admin', passwordHash })
      .returning({ id: staffUsers.id, username: staffUsers.username, displayName: staffUsers.displayName, role: staffUsers.role });
    return { ok: true as const, user: user! };
  }).catch((e: unknown) => {
    // Rolled back: the link is not used up.
    if (e instanceof UsernameTaken) return { ok: false as const, reason: 'username_taken' as const };
    throw e;
  });
}

class UsernameTaken extends Error {}
