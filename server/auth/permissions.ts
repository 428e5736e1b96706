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
/** Casework: counsellors serve people; supervisors oversee them and may step in. */
const CASEWORK: StaffRole[] = [C, SV];
/** Oversight: supervisors audit advice and access; admins answer for the system. */
const REVIEW: StaffRole[] = [SV, A];

export const ROUTE_ROLES: Record<string, StaffRole[]> = {
  // staff accounts: admins only
  'GET /api/staff/users': [A],
  'POST /api/staff/users': [A],
  'POST /api/staff/users/:id/disable': [A],
  'POST /api/staff/users/:id/enable': [A],
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
  // casework (issue 6): queue, cases, live takeover, copilot; who may act on which case is checked
  // in server/cases (the holder, or a supervisor)
  'GET /api/staff/queue': CASEWORK,
  'GET /api/staff/queue/events': CASEWORK,
  'POST /api/staff/cases': CASEWORK,
  'GET /api/staff/cases/:id': CASEWORK,
  'GET /api/staff/cases/:id/events': CASEWORK,
  'POST /api/staff/cases/:id/claim': CASEWORK,
  'POST /api/staff/cases/:id/release': CASEWORK,
  'POST /api/staff/cases/:id/transfer': CASEWORK,
  'POST /api/staff/cases/:id/assign': [SV],
  'POST /api/staff/cases/:id/hand-back': CASEWORK,
  'POST /api/staff/cases/:id/resolve': CASEWORK,
  'POST /api/staff/cases/:id/messages': CASEWORK,
  'POST /api/staff/cases/:id/copilot': CASEWORK,
  'GET /api/staff/cases/:id/notes': CASEWORK,
  'POST /api/staff/cases/:id/notes': CASEWORK,
  'PATCH /api/staff/cases/:id/facts': CASEWORK,
  // the real-name ledger; the full identity only to counsellors (their own seekers) and supervisors, access-logged
  'GET /api/staff/ledger': CASEWORK,
  'POST /api/staff/ledger': CASEWORK,
  'GET /api/staff/ledger/:id': CASEWORK,
  'PATCH /api/staff/ledger/:id': CASEWORK,
  'POST /api/staff/ledger/:id/identity': CASEWORK,
  'POST /api/staff/ledger/:id/services': CASEWORK,
  'PATCH /api/staff/ledger/:id/services/:recordId': CASEWORK,
  'DELETE /api/staff/ledger/:id/services/:recordId': CASEWORK,
  'POST /api/staff/ledger/:id/plans': CASEWORK,
  'POST /api/staff/ledger/:id/follow-ups': CASEWORK,
  'POST /api/staff/ledger/:id/link': CASEWORK,
  'PATCH /api/staff/plans/:id': CASEWORK,
  'GET /api/staff/follow-ups': CASEWORK,
  'POST /api/staff/follow-ups/:id/complete': CASEWORK,
  'GET /api/staff/outreach': CASEWORK,
  'POST /api/staff/outreach/scan': [SV, A],
  'PATCH /api/staff/outreach/:id': CASEWORK,
  'GET /api/staff/outcomes': [C, SV, A],
  // supervisor review (督导评审): the queue, transcripts (access-logged), scores, agreement, export
  'GET /api/staff/reviews/queue': REVIEW,
  'GET /api/staff/reviews/conversations/:id': REVIEW,
  'POST /api/staff/reviews': REVIEW,
  'GET /api/staff/reviews': REVIEW,
  'GET /api/staff/reviews/agreement': REVIEW,
  'GET /api/staff/reviews/export': REVIEW,
  // the dashboard: aggregates only, no person named
  'GET /api/staff/metrics': MANAGE,
  // the console's Ask page: a chat session on the staff channel, for every signed-in role
  'POST /api/staff/ask/sessions': ALL,
  // who saw whose personal data; read-only, there is no route that changes it
  'GET /api/staff/access-log': REVIEW,
};

export function rolesFor(method: string, path: string): StaffRole[] | undefined {
  return ROUTE_ROLES[`${method.toUpperCase()} ${path}`];
}

export { ALL as ALL_ROLES, A as ADMIN, C as COUNSELLOR, S as STAFF, SV as SUPERVISOR };
