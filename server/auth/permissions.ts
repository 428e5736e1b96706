import type { Owns } from './ownership.ts';
import type { StaffRole } from './principal.ts';

/**
 * Who may call the staff routes. Each route says it itself, in its definition (server/api/define.ts
 * `staffAccess(roles, owns)`): which roles may call it and which seeker object it acts on and who
 * may (the responsibility model of server/auth/ownership.ts). The table the staff middleware checks
 * is derived from those definitions (server/api/route-table.ts); a staff route without them is
 * refused (403), and tests walk every registered route role by role
 * (test/security/role-matrix.test.ts) and by own / someone else's object
 * (test/security/ownership-matrix.test.ts). This file keeps the role groups the routes name.
 */
export interface RouteRule {
  roles: readonly StaffRole[];
  owns: Owns;
}

/** Where the staff middleware finds a route's rule (server/api/route-table.ts derives it from the routes). */
export interface RouteRules {
  ruleFor(method: string, path: string): RouteRule | undefined;
}

export const COUNSELLOR: StaffRole = 'counsellor';
export const STAFF: StaffRole = 'staff';
export const SUPERVISOR: StaffRole = 'supervisor';
export const ADMIN: StaffRole = 'admin';
export const ALL_ROLES: readonly StaffRole[] = [COUNSELLOR, STAFF, SUPERVISOR, ADMIN];

/** Vacancies, courses, events and the dashboard: staff manage, supervisors and admins too. */
export const MANAGE: readonly StaffRole[] = [STAFF, SUPERVISOR, ADMIN];
/** Casework: counsellors serve people; supervisors oversee them and may step in. */
export const CASEWORK: readonly StaffRole[] = [COUNSELLOR, SUPERVISOR];
/** Oversight: supervisors audit advice and access; admins answer for the system. */
export const REVIEW: readonly StaffRole[] = [SUPERVISOR, ADMIN];
/** Accounts: administrators only. */
export const ADMINS: readonly StaffRole[] = [ADMIN];
/** The team's canned replies: everyone who writes to seekers or keeps the texts. */
export const WRITERS: readonly StaffRole[] = [COUNSELLOR, STAFF, SUPERVISOR];

/** Why a route touches no seeker object, in the words the ownership matrix prints. */
export const WHY = {
  catalog: 'vacancies, courses and events, public data',
  canned: 'the team’s canned reply texts, no seeker named',
  audit: 'supervisors audit every conversation (each transcript opening is access-logged)',
  accounts: 'staff accounts',
};
