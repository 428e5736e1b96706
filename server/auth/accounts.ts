import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { staffUsers } from '../db/schema/index.ts';
import { hashPassword } from './password.ts';
import type { StaffRole } from './principal.ts';

/** An account as the admins' pages show it: no password hash, `disabled` rather than when. */
export const accountView = (u: typeof staffUsers.$inferSelect) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role as StaffRole,
  disabled: u.disabledAt !== null,
  mustChangePassword: u.mustChangePassword,
  createdAt: u.createdAt,
});


export async function createStaffUser(
  database: Database,
  {
    username,
    displayName,
    role,
    password,
    mustChangePassword = false,
  }: {
    username: string;
    displayName: string;
    role: StaffRole;
    password: string;
    /** A one-time password (generated, handed over by someone else): to be changed at first sign-in. */
    mustChangePassword?: boolean;
  },
) {
  const [user] = await database.db
    .insert(staffUsers)
    .values({ username: username.toLowerCase(), displayName, role, passwordHash: await hashPassword(password), mustChangePassword })
    .returning({ id: staffUsers.id, username: staffUsers.username, displayName: staffUsers.displayName, role: staffUsers.role });
  return { ...user!, role: user!.role as StaffRole };
}

export async function findStaffByUsername(database: Database, username: string) {
  const [user] = await database.db.select().from(staffUsers).where(eq(staffUsers.username, username.toLowerCase())).limit(1);
  return user;
}

/** Administrators who can sign in; in a transaction with `{ db: tx }`. */
export async function countAdmins(database: Pick<Database, 'db'>): Promise<number> {
  return database.db.$count(staffUsers, sql`role = 'admin' and disabled_at is null`);
}

/** Every account, by username. */
export async function listStaffUsers(database: Database) {
  return (await database.db.select().from(staffUsers).orderBy(asc(staffUsers.username))).map(accountView);
}

/** Disables (`disabled: true`) or enables an account; undefined when there is none. Its sessions are the caller's to end. */
export async function setStaffDisabled(database: Database, id: string, disabled: boolean) {
  const [user] = await database.db
    .update(staffUsers)
    .set({ disabledAt: disabled ? sql`now()` : null })
    .where(eq(staffUsers.id, id))
    .returning();
  return user && accountView(user);
}

/** Sets a new one-time password (changed at the next sign-in); undefined when there is no such account. */
export async function resetStaffPassword(database: Database, id: string, password: string) {
  const [user] = await database.db
    .update(staffUsers)
    .set({ passwordHash: await hashPassword(password), mustChangePassword: true, passwordChangedAt: sql`now()` })
    .where(eq(staffUsers.id, id))
    .returning();
  return user && accountView(user);
}
