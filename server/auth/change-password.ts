import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { staffUsers } from '../db/schema/index.ts';
import { hashPassword, verifyPassword } from './password.ts';

/** Whether `password` is the account's current one. */
export async function isCurrentPassword(database: Database, userId: string, password: string): Promise<boolean> {
  const [user] = await database.db.select({ passwordHash: staffUsers.passwordHash }).from(staffUsers).where(eq(staffUsers.id, userId));
  return Boolean(user && (await verifyPassword(password, user.passwordHash)));
}

/** The account's new password, chosen by its owner: no longer a one-time one. */
export async function setOwnPassword(database: Database, userId: string, password: string): Promise<void> {
  await database.db
    .update(staffUsers)
    .set({ passwordHash: await hashPassword(password), passwordChangedAt: sql`now()`, mustChangePassword: false })
    .where(eq(staffUsers.id, userId));
}
