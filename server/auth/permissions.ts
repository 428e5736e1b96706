import {
  caseParam,
  conversationInBody,
  followUpParam,
  linkRecords,
  noObject,
  outreachParam,
  type Owns,
  overseersOnly,
  planParam,
  scopedList,
  seekerParam,
} from './ownership.ts';
import type { StaffRole } from './principal.ts';

/**
 * The one table of staff routes, keyed `METHOD /path` exactly as the route is registered: which
 * roles may call each (`roles`) and which seeker object it acts on and who may (`owns`, the
 * responsibility model of server/auth/ownership.ts). The staff middleware checks both before the
 * handler and refuses any staff route missing here (403); tests walk every registered route
 * against this table — role by role (test/security/role-matrix.test.ts) and role by own /
 * someone else's object (test/security/ownership-matrix.test.ts) — so a new route cannot ship
 * unlisted, nor without saying whose objects it touches.
 */
export interface RouteRule {
  roles: StaffRole[];
  owns: Owns;
}

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

const CATALOG = 'vacancies, courses and events, public data';
const CANNED = 'the team’s canned reply texts, no seeker named';
const AUDIT = 'supervisors audit every conversation (each transcript opening is access-logged)';

export const ROUTES: Record<string, RouteRule> = {
  // staff accounts: admins only
  'GET /api/staff/users': { roles: [A], owns: noObject('staff accounts') },
  'POST /api/staff/users': { roles: [A], owns: noObject('staff accounts') },
  'POST /api/staff/users/:id/disable': { roles: [A], owns: noObject('staff accounts') },
  'POST /api/staff/users/:id/enable': { roles: [A], owns: noObject('staff accounts') },
  // vacancies, courses and events: everyone reads, staff manage
  'POST /api/staff/vacancies/import': { roles: MANAGE, owns: noObject(CATALOG) },
  'GET /api/staff/vacancies': { roles: ALL, owns: noObject(CATALOG) },
  'POST /api/staff/vacancies/:id/withdraw': { roles: MANAGE, owns: noObject(CATALOG) },
  'POST /api/staff/vacancies/:id/restore': { roles: MANAGE, owns: noObject(CATALOG) },
  'POST /api/staff/courses/import': { roles: MANAGE, owns: noObject(CATALOG) },
  'GET /api/staff/courses': { roles: ALL, owns: noObject(CATALOG) },
  'POST /api/staff/courses/:id/withdraw': { roles: MANAGE, owns: noObject(CATALOG) },
  'POST /api/staff/courses/:id/restore': { roles: MANAGE, owns: noObject(CATALOG) },
  'POST /api/staff/events/import': { roles: MANAGE, owns: noObject(CATALOG) },
  // casework (issue 6): queue, cases, live takeover, copilot. `owns` says whose case; what state a
  // case must be in (held by the caller, waiting) is checked in server/cases as it changes
  'GET /api/staff/queue': { roles: CASEWORK, owns: scopedList('waiting cases, and the ones the caller holds, held or whose seeker they serve (caseScope)') },
  'GET /api/staff/queue/events': { roles: CASEWORK, owns: scopedList('events of the cases the queue list would show (caseScope, then the cases seen on the stream)') },
  'POST /api/staff/cases': { roles: CASEWORK, owns: conversationInBody() },
  'GET /api/staff/cases/:id': { roles: CASEWORK, owns: caseParam('preview') },
  'GET /api/staff/cases/:id/events': { roles: CASEWORK, owns: caseParam('preview') },
  'POST /api/staff/cases/:id/claim': { roles: CASEWORK, owns: caseParam('claim') },
  'POST /api/staff/cases/:id/release': { roles: CASEWORK, owns: caseParam('hold') },
  'POST /api/staff/cases/:id/transfer': { roles: CASEWORK, owns: caseParam('hold') },
  'POST /api/staff/cases/:id/assign': { roles: [SV], owns: overseersOnly('a supervisor gives any open case to a counsellor') },
  'POST /api/staff/cases/:id/hand-back': { roles: CASEWORK, owns: caseParam('hold') },
  'POST /api/staff/cases/:id/resolve': { roles: CASEWORK, owns: caseParam('hold') },
  'POST /api/staff/cases/:id/messages': { roles: CASEWORK, owns: caseParam('hold') },
  'POST /api/staff/cases/:id/copilot': { roles: CASEWORK, owns: caseParam('hold') },
  'GET /api/staff/cases/:id/notes': { roles: CASEWORK, owns: caseParam('work') },
  'POST /api/staff/cases/:id/notes': { roles: CASEWORK, owns: caseParam('work') },
  'PATCH /api/staff/cases/:id/facts': { roles: CASEWORK, owns: caseParam('hold') },
  // the real-name ledger: a counsellor's own seekers; the full identity access-logged, a stranger's
  // only by break-glass; linking never deletes a record the caller may not delete
  'GET /api/staff/ledger': { roles: CASEWORK, owns: scopedList('the seekers the caller is responsible for (seekerScope)') },
  'POST /api/staff/ledger': { roles: CASEWORK, owns: noObject('registers a new person, whose counsellor the caller becomes') },
  'GET /api/staff/ledger/:id': { roles: CASEWORK, owns: seekerParam('work') },
  'PATCH /api/staff/ledger/:id': { roles: CASEWORK, owns: seekerParam('work') },
  'POST /api/staff/ledger/:id/identity': { roles: CASEWORK, owns: seekerParam('identity') },
  'POST /api/staff/ledger/:id/services': { roles: CASEWORK, owns: seekerParam('work') },
  'PATCH /api/staff/ledger/:id/services/:recordId': { roles: CASEWORK, owns: seekerParam('work') },
  'DELETE /api/staff/ledger/:id/services/:recordId': { roles: CASEWORK, owns: seekerParam('work') },
  'POST /api/staff/ledger/:id/plans': { roles: CASEWORK, owns: seekerParam('work') },
  'POST /api/staff/ledger/:id/follow-ups': { roles: CASEWORK, owns: seekerParam('work') },
  'POST /api/staff/ledger/:id/link': { roles: CASEWORK, owns: linkRecords() },
  'PATCH /api/staff/plans/:id': { roles: CASEWORK, owns: planParam() },
  'GET /api/staff/follow-ups': { roles: CASEWORK, owns: scopedList('the caller’s own follow-ups; another counsellor’s only for those who oversee') },
  'POST /api/staff/follow-ups/:id/complete': { roles: CASEWORK, owns: followUpParam() },
  'GET /api/staff/outreach': { roles: CASEWORK, owns: scopedList('the caller’s own prompts; another counsellor’s only for those who oversee') },
  'POST /api/staff/outreach/scan': { roles: [SV, A], owns: overseersOnly('runs the scan over the whole ledger') },
  'PATCH /api/staff/outreach/:id': { roles: CASEWORK, owns: outreachParam() },
  'GET /api/staff/outcomes': { roles: [C, SV, A], owns: noObject('counts of outcomes, no person named') },
  // supervisor review (督导评审): the queue, transcripts (access-logged), scores, agreement, export
  'GET /api/staff/reviews/queue': { roles: REVIEW, owns: overseersOnly(AUDIT) },
  'GET /api/staff/reviews/conversations/:id': { roles: REVIEW, owns: overseersOnly(AUDIT) },
  'POST /api/staff/reviews': { roles: REVIEW, owns: overseersOnly(AUDIT) },
  'GET /api/staff/reviews': { roles: REVIEW, owns: overseersOnly(AUDIT) },
  'GET /api/staff/reviews/agreement': { roles: REVIEW, owns: overseersOnly(AUDIT) },
  'GET /api/staff/reviews/export': { roles: REVIEW, owns: overseersOnly(AUDIT) },
  'GET /api/staff/reviews/items/:id': { roles: REVIEW, owns: overseersOnly(AUDIT) },
  // the dashboard: aggregates only, no person named
  'GET /api/staff/metrics': { roles: MANAGE, owns: noObject('aggregates only, no person named') },
  // the console's Ask page: a chat session on the staff channel, for every signed-in role
  'POST /api/staff/ask/sessions': { roles: ALL, owns: noObject('a new chat session of the caller’s own, on the staff channel') },
  // who saw whose personal data; read-only, there is no route that changes it
  'GET /api/staff/access-log': { roles: REVIEW, owns: overseersOnly('who saw whose personal data') },
  'GET /api/staff/access-log/break-glass': { roles: REVIEW, owns: overseersOnly('the break-glass accesses, for review') },
  // the counsellor's daily helpers (issue 16): the team's canned replies (no seeker), conversation
  // search narrowed like the case routes, the holder's typing indicator
  'GET /api/staff/canned-replies': { roles: [C, S, SV], owns: noObject(CANNED) },
  'POST /api/staff/canned-replies': { roles: [C, S, SV], owns: noObject(CANNED) },
  'PATCH /api/staff/canned-replies/:id': { roles: [C, S, SV], owns: noObject(CANNED) },
  'DELETE /api/staff/canned-replies/:id': { roles: [C, S, SV], owns: noObject(CANNED) },
  'GET /api/staff/search': { roles: CASEWORK, owns: scopedList('conversations of the seekers the caller is responsible for, and those with a waiting case (conversationScope)') },
  'POST /api/staff/cases/:id/typing': { roles: CASEWORK, owns: caseParam('hold') },
  // the seeker's call-back left outside duty hours (issue 16): the case's worker sees the number, access-logged
  'GET /api/staff/cases/:id/callback': { roles: CASEWORK, owns: caseParam('work') },
  'POST /api/staff/cases/:id/callback/handled': { roles: CASEWORK, owns: caseParam('work') },
  // issue 16 (forms): one vacancy or course by hand; an admin resets a password
  'GET /api/staff/vacancies/:id': { roles: ALL, owns: noObject(CATALOG) },
  'POST /api/staff/vacancies': { roles: MANAGE, owns: noObject(CATALOG) },
  'PUT /api/staff/vacancies/:id': { roles: MANAGE, owns: noObject(CATALOG) },
  'GET /api/staff/courses/:id': { roles: ALL, owns: noObject(CATALOG) },
  'POST /api/staff/courses': { roles: MANAGE, owns: noObject(CATALOG) },
  'PUT /api/staff/courses/:id': { roles: MANAGE, owns: noObject(CATALOG) },
  'POST /api/staff/users/:id/reset-password': { roles: [A], owns: noObject('staff accounts') },
  // the case workspace (issue 16): the seeker's other conversations, read through a case one may work on
  'GET /api/staff/cases/:id/conversations': { roles: CASEWORK, owns: caseParam('work') },
  'GET /api/staff/cases/:id/conversations/:conversationId': { roles: CASEWORK, owns: caseParam('work') },
};

/** The roles of each route, as the role matrix reads them. */
export const ROUTE_ROLES: Record<string, StaffRole[]> = Object.fromEntries(Object.entries(ROUTES).map(([key, rule]) => [key, rule.roles]));

export function ruleFor(method: string, path: string): RouteRule | undefined {
  return ROUTES[`${method.toUpperCase()} ${path}`];
}

export function rolesFor(method: string, path: string): StaffRole[] | undefined {
  return ruleFor(method, path)?.roles;
}

export { ALL as ALL_ROLES, A as ADMIN, C as COUNSELLOR, S as STAFF, SV as SUPERVISOR };
