import type { StaffRole } from './principal.ts';

/**
 * The one table of which staff roles may call which staff route, keyed `METHOD /path` exactly as
 * the route is registered. The staff middleware refuses any staff route missing here (403), and a
 * test walks every registered route against this table, so a new route cannot ship unlisted.
 */
const C: StaffRole = 'counsellor';
const S: StaffRole = 'staff';
const SV: StaffRole = 'supervisor';
const A: StaffRole = 'admin';
const ALL: StaffRole[] = [C, S, SV, A];

const MANAGE: StaffRole[] = [S, SV, A];

export const ROUTE_ROLES: Record<string, StaffRole[]> = {
  // vacancies, courses and events: everyone reads, staff manage
  'POST /api/staff/vacancies/import': MANAGE,
  'GET /api/staff/vacancies': ALL,
  'POST /api/staff/vacancies/:id/withdraw': MANAGE,
  'POST /api/staff/vacancies/:id/restore': MANAGE,
  'POST /api/staff/courses/import': MANAGE,
  'GET /api/staff/courses': ALL,
  'POST /api/staff/courses/:id/withdraw': MANAGE,
  'POST /api/staff/courses/:id/restore': MANAGE,
  'POST /api/staff/events/import': MANAGE,
};

export function rolesFor(method: string, path: string): StaffRole[] | undefined {
  return ROUTE_ROLES[`${method.toUpperCase()} ${path}`];
}

export { ALL as ALL_ROLES, A as ADMIN, C as COUNSELLOR, S as STAFF, SV as SUPERVISOR };
