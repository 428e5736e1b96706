/** Staff sign-in: the signed-in account, the first-administrator setup. */
import { z } from 'zod';
import { STAFF_ROLES } from '../auth/principal.ts';
import { Uuid } from './common.ts';

export const StaffRole = z.enum(STAFF_ROLES);

export const SignedInUser = z
  .object({ id: Uuid, username: z.string(), displayName: z.string(), role: StaffRole, mustChangePassword: z.boolean() })
  .meta({ id: 'SignedInUser' });
export const SignedIn = z.object({ user: SignedInUser });
export const SetupNeeded = z.object({ needed: z.boolean() });

export type SignedInUser = z.infer<typeof SignedInUser>;
export type StaffRole = z.infer<typeof StaffRole>;
export type SignedIn = z.infer<typeof SignedIn>;
export type SetupNeeded = z.infer<typeof SetupNeeded>;
