/** Staff accounts, as the admins' account routes answer them (server/routes/staff/users.ts). */
import { z } from 'zod';
import { StaffRole as StaffRoleName } from './auth.ts';
import { Timestamp, Uuid } from './common.ts';


export const Account = z
  .object({
    id: Uuid,
    username: z.string(),
    displayName: z.string(),
    role: StaffRoleName,
    /** Disabled: it cannot sign in, and its sessions ended when it was disabled. */
    disabled: z.boolean(),
    /** Holds a one-time password: only the password page works until it is changed. */
    mustChangePassword: z.boolean(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Account' });

export const AccountList = z.object({ users: z.array(Account) });
export const AccountAnswer = z.object({ user: Account });

/** A new account and its first, one-time password (shown once; there is no default password). */
export const NewAccount = z.object({
  user: z.object({ id: Uuid, username: z.string(), displayName: z.string(), role: StaffRoleName }),
  password: z.string(),
});

/** An account whose password was reset, with the new one-time password (shown once). */
export const PasswordReset = z.object({ user: Account, password: z.string() });

export type Account = z.infer<typeof Account>;
export type NewAccount = z.infer<typeof NewAccount>;
export type PasswordReset = z.infer<typeof PasswordReset>;
export type AccountList = z.infer<typeof AccountList>;
export type AccountAnswer = z.infer<typeof AccountAnswer>;
