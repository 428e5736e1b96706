/** Staff roles, least to most privileged in what they see; `admin` manages accounts. */
export const STAFF_ROLES = ['counsellor', 'staff', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The signed-in staff member, set on the Hono context by the staff middleware as `c.var.staff`. */
export interface StaffPrincipal {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  /** The password is a one-time one: every /api/staff route answers 403 `password_change_required` until it is changed. */
  mustChangePassword: boolean;
  sessionId: string;
}

declare module 'hono' {
  interface ContextVariableMap {
    staff: StaffPrincipal;
  }
}
