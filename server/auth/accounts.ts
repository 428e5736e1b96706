import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { staffUsers } from '../db/schema/index.ts';
import { hashPassword } from './password.ts';
import type { StaffRole } from './principal.ts';

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
  return user!;
}

export async function findStaffByUsername(database: Database, username: string) {
  const [user] = await database.db.select().from(staffUsers).where(eq(staffUsers.username, username.toLowerCase())).limit(1);
  return user;
}

/** Administrators who can sign in; in a transaction with `{ db: tx }`. */
export async function countAdmins(database: Pick<Database, 'db'>): Promise<number> {
  return database.db.$count(staffUsers, sql`role = 'admin' and disabled_at is null`);
}
