import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RouteTable } from '../../server/api/route-table.ts';
import type { RouteRule } from '../../server/auth/permissions.ts';
import { STAFF_ROLES, type StaffRole } from '../../server/auth/principal.ts';
import { assistancePlans, caseEvents, caseNotes, cases, conversations, followUps, messages, outreachItems, seekers, serviceRecords } from '../../server/db/schema/index.ts';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { createTestApp } from '../support/app.ts';
import { signIn } from '../support/staff.ts';
import { addDays, today } from '../../server/rules/dates.ts';

/** A follow-up date the ledger takes: to come, within the year. */
const soon = addDays(today(), 30);

/**
 * The responsibility model, cell by cell: every staff route registered on the app (read from
 * Hono's `app.routes`, not from a list kept here) × every staff role × an object of the caller's
 * own and one of someone else's (another counsellor's seeker and case) — and, for case routes, a
 * waiting case of nobody's. Each cell is a real request on fresh objects, with a body the route
 * accepts, and must end as the model says: done, refused by the role table, refused by the
 * responsibility model (403 `not_responsible`), refused by the case's state (409, or 403
 * `not_holder` for a supervisor on an action only the holder takes), or, for lists, the object
 * listed or not. A staff route with no `owns` rule in server/auth/permissions.ts fails here, and so
 * does a route with an object rule but no scenario below.
 */
type Outcome = 'ok' | 'forbidden' | 'refused' | 'state' | 'listed' | 'unlisted';
type Owner = 'own' | 'other' | 'waiting';

let t: Awaited<ReturnType<typeof createTestApp>>;
/** The permission table, derived from the routes' definitions. */
let ROUTES: Record<string, RouteRule> = {};
const me: Partial<Record<StaffRole, Awaited<ReturnType<typeof signIn>>>> = {};
let other: Awaited<ReturnType<typeof signIn>>;
let third: Awaited<ReturnType<typeof signIn>>;
let routes: string[] = [];

beforeAll(async () => {
  t = await createTestApp({ corpus: false });
  ROUTES = Object.fromEntries(new RouteTable(t.app).rules);
  const seen = new Set<string>();
  for (const r of t.app.routes) {
    if (r.method === 'ALL' || r.path.endsWith('*') || !r.path.startsWith('/api/staff')) continue;
    seen.add(`${r.method} ${r.path}`);
  }
  routes = [...seen].sort();
  for (const role of STAFF_ROLES) me[role] = await signIn(t.database, role, `本人${role}`);
  other = await signIn(t.database, 'counsellor', '他人指导员');
  third = await signIn(t.database, 'counsellor', '第三指导员');
});
afterAll(() => t?.close());

let phone = 15900000000;

/**
 * A seeker whose counsellor is `ownerId`, with everything a staff route can act on: a conversation
 * with a case `ownerId` holds (claimed, a seeker message, a private note), a second conversation
 * with no case, a third with a waiting case, an assistance plan, a follow-up, an unemployment
 * registration on the ledger, an open outreach prompt, and a second record of the same counsellor
 * (a duplicate to link). `ownerId` null: nobody's seeker (the waiting case's).
 */
async function world(ownerId: string | null) {
  const db = t.database.db;
  const [seeker] = await db
    .insert(seekers)
    .values({ name: '测试人', phone: String(++phone), idNumber: '110105199003072426', identityConsentAt: new Date(), counsellorId: ownerId })
    .returning();
  const [duplicate] = await db.insert(seekers).values({ name: '测试人', phone: String(++phone), identityConsentAt: new Date(), counsellorId: ownerId }).returning();
  const conv = async (status: string) =>
    (await db.insert(conversations).values({ seekerId: seeker!.id, tokenHash: randomUUID(), status }).returning())[0]!;
  const [held, spare, waitingConv] = [await conv(ownerId ? 'counsellor' : 'bot'), await conv('bot'), await conv('queued')];
  await db.insert(messages).values([
    { conversationId: held.id, seq: 1, role: 'seeker', text: '我想了解失业登记怎么办理', status: 'handed_off' },
    { conversationId: waitingConv.id, seq: 1, role: 'seeker', text: '我要转人工', status: 'handed_off' },
  ]);
  const [heldCase] = await db
    .insert(cases)
    .values({ conversationId: held.id, seekerId: seeker!.id, reason: '求职者要求人工服务', source: 'seeker', priority: 1, status: ownerId ? 'claimed' : 'queued', assignedTo: ownerId, claimedAt: ownerId ? new Date() : null })
    .returning();
  const [waiting] = await db.insert(cases).values({ conversationId: waitingConv.id, seekerId: seeker!.id, reason: '求职者要求人工服务', source: 'seeker', priority: 1 }).returning();
  await db.insert(caseEvents).values([
    { caseId: heldCase!.id, type: 'opened' },
    ...(ownerId ? [{ caseId: heldCase!.id, type: 'claimed', actorId: ownerId, toStaffId: ownerId }] : []),
    { caseId: waiting!.id, type: 'opened' },
  ]);
  await db.insert(caseNotes).values({ caseId: heldCase!.id, authorId: ownerId, text: '私密备注' });
  const [plan] = await db.insert(assistancePlans).values({ seekerId: seeker!.id, ownerId, goals: '三个月内就业' }).returning();
  const [followUp] = await db.insert(followUps).values({ seekerId: seeker!.id, counsellorId: ownerId, dueOn: new Date().toISOString().slice(0, 10) }).returning();
  const [service] = await db
    .insert(serviceRecords)
    .values({ seekerId: seeker!.id, kind: 'unemployment_registration', refId: '2026-03-02', deliveredOn: '2026-03-02', dueOn: '2026-03-11' })
    .returning();
  const today = new Date().toISOString().slice(0, 10);
  const [outreach] = await db
    .insert(outreachItems)
    .values({ seekerId: seeker!.id, counsellorId: ownerId, kind: 'service', code: 'career_guidance', reason: '尚未提供职业指导', clauseId: 'yb2022-38:2.4.1', firstFoundOn: today, lastFoundOn: today })
    .returning();
  return { seekerId: seeker!.id, duplicateId: duplicate!.id, caseId: heldCase!.id, waitingId: waiting!.id, spareConversationId: spare.id, planId: plan!.id, followUpId: followUp!.id, serviceId: service!.id, outreachId: outreach!.id };
}
type World = Awaited<ReturnType<typeof world>>;

interface Call {
  method?: string;
  path: string;
  body?: unknown;
  /** For lists: the id that must (or must not) appear in the answer. */
  find?: string;
}
interface Scenario {
  /** The request on the world's objects; `w` is the caller's own or someone else's world. */
  call: (w: World, owner: Owner) => Call;
  /** The counsellor's outcome on someone else's object (own is `ok`, or `listed` for lists). */
  other: Outcome;
  /** A supervisor's (and admin's) outcome on someone else's object, when the case's state decides. */
  overseerOther?: Outcome;
  /** The outcomes on a waiting case of nobody's (case routes), per role class. */
  waiting?: { counsellor: Outcome; overseer: Outcome };
  /** Outcome on the caller's own object, when it is not plain `ok`. */
  own?: Outcome;
}

const c = (w: World, tail = '') => `/api/staff/cases/${w.caseId}${tail}`;
const l = (w: World, tail = '') => `/api/staff/ledger/${w.seekerId}${tail}`;
const onCase = (owner: Owner, w: World, tail = '') => `/api/staff/cases/${owner === 'waiting' ? w.waitingId : w.caseId}${tail}`;

/** Every route with an object rule, and what the model says of it. */
const SCENARIOS: Record<string, Scenario> = {
  'GET /api/staff/queue': { call: (w) => ({ path: '/api/staff/queue?status=claimed&limit=500', find: w.caseId }), own: 'listed', other: 'unlisted' },
  'GET /api/staff/queue/events': { call: () => ({ path: '/api/staff/queue/events' }), other: 'ok' },
  'POST /api/staff/cases': { call: (w) => ({ method: 'POST', path: '/api/staff/cases', body: { conversationId: w.spareConversationId, reason: '回访' } }), other: 'refused' },
  'GET /api/staff/cases/:id': { call: (w, o) => ({ path: onCase(o, w) }), other: 'refused', waiting: { counsellor: 'ok', overseer: 'ok' } },
  'GET /api/staff/cases/:id/events': { call: (w, o) => ({ path: onCase(o, w, '/events') }), other: 'refused', waiting: { counsellor: 'ok', overseer: 'ok' } },
  // own: a waiting case of the caller's own seeker; someone else's: the case another counsellor holds
  'POST /api/staff/cases/:id/claim': {
    call: (w, o) => ({ method: 'POST', path: `/api/staff/cases/${o === 'other' ? w.caseId : w.waitingId}/claim` }),
    other: 'state',
    overseerOther: 'state',
    waiting: { counsellor: 'ok', overseer: 'ok' },
  },
  'POST /api/staff/cases/:id/release': { call: (w, o) => ({ method: 'POST', path: onCase(o, w, '/release'), body: {} }), other: 'refused', waiting: { counsellor: 'state', overseer: 'state' } },
  'POST /api/staff/cases/:id/transfer': {
    call: (w, o) => ({ method: 'POST', path: onCase(o, w, '/transfer'), body: { counsellorId: third.user.id } }),
    other: 'refused',
    overseerOther: 'state',
    waiting: { counsellor: 'state', overseer: 'state' },
  },
  'POST /api/staff/cases/:id/assign': { call: (w, o) => ({ method: 'POST', path: onCase(o, w, '/assign'), body: { counsellorId: third.user.id } }), other: 'forbidden', waiting: { counsellor: 'forbidden', overseer: 'ok' } },
  'POST /api/staff/cases/:id/hand-back': { call: (w, o) => ({ method: 'POST', path: onCase(o, w, '/hand-back'), body: {} }), other: 'refused', waiting: { counsellor: 'state', overseer: 'state' } },
  'POST /api/staff/cases/:id/resolve': { call: (w, o) => ({ method: 'POST', path: onCase(o, w, '/resolve'), body: { outcome: 'other' } }), other: 'refused', waiting: { counsellor: 'state', overseer: 'ok' } },
  'POST /api/staff/cases/:id/messages': {
    call: (w, o) => ({ method: 'POST', path: onCase(o, w, '/messages'), body: { text: '您好，我来帮您看看' } }),
    other: 'refused',
    overseerOther: 'state',
    waiting: { counsellor: 'state', overseer: 'state' },
  },
  'POST /api/staff/cases/:id/copilot': { call: (w, o) => ({ method: 'POST', path: onCase(o, w, '/copilot') }), other: 'refused', overseerOther: 'state', waiting: { counsellor: 'state', overseer: 'state' } },
  'GET /api/staff/cases/:id/notes': { call: (w, o) => ({ path: onCase(o, w, '/notes') }), other: 'refused', waiting: { counsellor: 'refused', overseer: 'ok' } },
  'POST /api/staff/cases/:id/notes': { call: (w, o) => ({ method: 'POST', path: onCase(o, w, '/notes'), body: { text: '备注' } }), other: 'refused', waiting: { counsellor: 'refused', overseer: 'ok' } },
  // issue 16: the call-back left on a case (none here: GET answers null, marking it done is a state refusal)
  'GET /api/staff/cases/:id/callback': { call: (w, o) => ({ path: onCase(o, w, '/callback') }), other: 'refused', waiting: { counsellor: 'refused', overseer: 'ok' } },
  'POST /api/staff/cases/:id/callback/handled': { call: (w, o) => ({ method: 'POST', path: onCase(o, w, '/callback/handled') }), own: 'state', other: 'refused', overseerOther: 'state', waiting: { counsellor: 'refused', overseer: 'state' } },
  'PATCH /api/staff/cases/:id/facts': {
    call: (w, o) => ({ method: 'PATCH', path: onCase(o, w, '/facts'), body: { person: { hukou: 'chongqing' } } }),
    other: 'refused',
    waiting: { counsellor: 'state', overseer: 'ok' },
  },
  'GET /api/staff/ledger': { call: (w) => ({ path: '/api/staff/ledger?limit=500', find: w.seekerId }), own: 'listed', other: 'unlisted' },
  'GET /api/staff/ledger/:id': { call: (w) => ({ path: l(w) }), other: 'refused' },
  'PATCH /api/staff/ledger/:id': { call: (w) => ({ method: 'PATCH', path: l(w), body: { intent: '想找仓储工作' } }), other: 'refused' },
  'POST /api/staff/ledger/:id/identity': { call: (w) => ({ method: 'POST', path: l(w, '/identity'), body: { reason: '电话回访核对身份' } }), other: 'refused' },
  'POST /api/staff/ledger/:id/services': { call: (w) => ({ method: 'POST', path: l(w, '/services'), body: { kind: 'career_guidance' } }), other: 'refused' },
  'PATCH /api/staff/ledger/:id/services/:recordId': { call: (w) => ({ method: 'PATCH', path: l(w, `/services/${w.serviceId}`), body: { completedOn: '2026-03-05' } }), other: 'refused' },
  'DELETE /api/staff/ledger/:id/services/:recordId': { call: (w) => ({ method: 'DELETE', path: l(w, `/services/${w.serviceId}`) }), other: 'refused' },
  'POST /api/staff/ledger/:id/plans': { call: (w) => ({ method: 'POST', path: l(w, '/plans'), body: { goals: '参加培训' } }), other: 'refused' },
  'POST /api/staff/ledger/:id/follow-ups': { call: (w) => ({ method: 'POST', path: l(w, '/follow-ups'), body: { dueOn: soon } }), other: 'refused' },
  'POST /api/staff/ledger/:id/link': { call: (w) => ({ method: 'POST', path: `/api/staff/ledger/${w.duplicateId}/link`, body: { intoSeekerId: w.seekerId } }), other: 'refused' },
  'PATCH /api/staff/plans/:id': { call: (w) => ({ method: 'PATCH', path: `/api/staff/plans/${w.planId}`, body: { goals: '参加培训' } }), other: 'refused' },
  // own: the caller's list; someone else's: asking for another counsellor's list
  'GET /api/staff/follow-ups': {
    call: (w, o) => ({ path: o === 'own' ? '/api/staff/follow-ups' : `/api/staff/follow-ups?counsellorId=${other.user.id}`, find: w.followUpId }),
    own: 'listed',
    other: 'forbidden',
  },
  'POST /api/staff/follow-ups/:id/complete': { call: (w) => ({ method: 'POST', path: `/api/staff/follow-ups/${w.followUpId}/complete`, body: { outcome: '已就业' } }), other: 'refused' },
  'GET /api/staff/outreach': { call: (w) => ({ path: '/api/staff/outreach', find: w.outreachId }), own: 'listed', other: 'unlisted' },
  'PATCH /api/staff/outreach/:id': { call: (w) => ({ method: 'PATCH', path: `/api/staff/outreach/${w.outreachId}`, body: { status: 'contacted' } }), other: 'refused' },
  // issue 16: search finds the held conversation's words (newest first, so this world's is on the first page)
  'GET /api/staff/search': { call: (w) => ({ path: `/api/staff/search?q=${encodeURIComponent('失业登记怎么办理')}`, find: w.caseId }), own: 'listed', other: 'unlisted' },
  'POST /api/staff/cases/:id/typing': { call: (w, o) => ({ method: 'POST', path: onCase(o, w, '/typing') }), other: 'refused', overseerOther: 'state', waiting: { counsellor: 'state', overseer: 'state' } },
  // the case workspace (issue 16): the seeker's other conversations, through a case one may work on
  'GET /api/staff/cases/:id/conversations': { call: (w, o) => ({ path: onCase(o, w, '/conversations'), find: w.spareConversationId }), own: 'listed', other: 'refused', overseerOther: 'listed', waiting: { counsellor: 'refused', overseer: 'listed' } },
  'GET /api/staff/cases/:id/conversations/:conversationId': { call: (w, o) => ({ path: onCase(o, w, `/conversations/${w.spareConversationId}`) }), other: 'refused', waiting: { counsellor: 'refused', overseer: 'ok' } },
};

/** Routes with a path parameter that is no seeker's object (accounts, catalog entries) or that only overseers reach. */
const NOT_SEEKER_OBJECTS = new Set([
  'POST /api/staff/users/:id/disable',
  'POST /api/staff/users/:id/enable',
  'POST /api/staff/vacancies/:id/withdraw',
  'POST /api/staff/vacancies/:id/restore',
  'POST /api/staff/courses/:id/withdraw',
  'POST /api/staff/courses/:id/restore',
  'GET /api/staff/reviews/conversations/:id',
  'GET /api/staff/reviews/items/:id',
  'PATCH /api/staff/canned-replies/:id',
  'DELETE /api/staff/canned-replies/:id',
  // issue 16 (forms): one catalogue row by hand, an account's password reset
  'GET /api/staff/vacancies/:id',
  'PUT /api/staff/vacancies/:id',
  'GET /api/staff/courses/:id',
  'PUT /api/staff/courses/:id',
  'POST /api/staff/users/:id/reset-password',
]);

async function request(role: StaffRole, call: Call) {
  const controller = new AbortController();
  const headers: Record<string, string> = { ...me[role]!.headers, ...(call.body === undefined ? {} : { 'content-type': 'application/json' }) };
  const res = await t.app.request(call.path, { method: call.method ?? 'GET', headers, signal: controller.signal, ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }) });
  if ((res.headers.get('content-type') ?? '').includes('text/event-stream')) {
    controller.abort();
    await res.body?.cancel().catch(() => {});
    return { status: res.status, text: '' };
  }
  return { status: res.status, text: await res.text() };
}

function outcomeOf(res: { status: number; text: string }, find?: string): Outcome | string {
  let error: { code?: string; message?: string } = {};
  try {
    error = JSON.parse(res.text).error ?? {};
  } catch {
    /* a CSV or an event stream */
  }
  if (res.status === 403 && error.code === 'forbidden') return 'forbidden';
  if (res.status === 403 && error.code === 'not_responsible') return 'refused';
  if (res.status === 409 || (res.status === 403 && error.code === 'not_holder')) return 'state';
  if (res.status >= 200 && res.status < 300) return find === undefined ? 'ok' : res.text.includes(find) ? 'listed' : 'unlisted';
  return `${res.status} ${error.code ?? ''} ${error.message ?? ''}`;
}

/** What the model says a cell must end as. */
function expected(key: string, role: StaffRole, owner: Owner, s: Scenario): Outcome {
  if (!ROUTES[key]!.roles.includes(role)) return 'forbidden';
  const overseer = role === 'supervisor' || role === 'admin';
  if (owner === 'waiting') return overseer ? s.waiting!.overseer : s.waiting!.counsellor;
  if (owner === 'own') return s.own ?? 'ok';
  if (overseer) return s.overseerOther ?? (s.own === 'listed' ? 'listed' : 'ok');
  return s.other;
}

describe(`route × role × ownership on ${inject('databaseUnderTest')}`, () => {
  it('every registered staff route declares an ownership rule, and every object rule has a scenario here', () => {
    expect(routes.length).toBeGreaterThanOrEqual(55);
    const undeclared = routes.filter((k) => !ROUTES[k]?.owns);
    expect(undeclared, 'staff routes with no `owns` rule in their definition').toEqual([]);
    const objectRoutes = routes.filter((k) => !['none', 'overseers'].includes(ROUTES[k]!.owns.kind));
    expect(objectRoutes.filter((k) => !SCENARIOS[k]), 'object routes with no scenario in this test').toEqual([]);
    expect(Object.keys(SCENARIOS).filter((k) => !routes.includes(k)), 'scenarios of routes that no longer exist').toEqual([]);
    // a route that takes an id but says it touches no seeker object must be one of the known kinds
    const paramRoutes = routes.filter((k) => k.includes('/:') && ['none', 'overseers'].includes(ROUTES[k]!.owns.kind));
    expect(paramRoutes.filter((k) => !NOT_SEEKER_OBJECTS.has(k) && !SCENARIOS[k]), 'a route with an id declared as touching no seeker object').toEqual([]);
  });

  it('answers every cell as the responsibility model says', async () => {
    const problems: string[] = [];
    let cells = 0;
    const asserted = new Set<string>();
    for (const key of routes) {
      const s = SCENARIOS[key];
      for (const role of STAFF_ROLES) {
        const owners: Owner[] = s?.waiting ? ['own', 'other', 'waiting'] : ['own', 'other'];
        for (const owner of owners) {
          cells++;
          asserted.add(key);
          if (!s) {
            // no seeker object: the role table alone decides, the same for own and someone else's
            const allowed = ROUTES[key]!.roles.includes(role);
            const res = await request(role, { method: key.split(' ')[0], path: key.split(' ')[1]!.replace(/:[A-Za-z]+/g, 'x') });
            const got = outcomeOf(res);
            const overseersOnly = ROUTES[key]!.owns.kind === 'overseers' && role !== 'supervisor' && role !== 'admin';
            if (allowed && !overseersOnly ? got === 'forbidden' || got === 'refused' || res.status === 401 || res.status >= 500 : got !== 'forbidden') {
              problems.push(`${key} as ${role} (${owner}) → ${got}`);
            }
            continue;
          }
          const w = await world(owner === 'own' ? me[role]!.user.id : owner === 'other' ? other.user.id : null);
          const want = expected(key, role, owner, s);
          const got = outcomeOf(await request(role, s.call(w, owner)), s.call(w, owner).find);
          if (got !== want) problems.push(`${key} as ${role} on ${owner}: expected ${want}, got ${got}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(asserted.size).toBe(routes.length);
    console.info(`route × role × ownership: ${routes.length} routes, ${cells} cells asserted (${Object.keys(SCENARIOS).length} routes with seeker objects)`);
  }, 300_000);

  it('names why in Chinese from the dictionary when it refuses', async () => {
    const w = await world(other.user.id);
    const res = await request('counsellor', { path: `/api/staff/ledger/${w.seekerId}` });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text).error).toMatchObject({ code: 'not_responsible', message: zh.access.refusals.seeker });
    const waiting = await world(null);
    const notes = await request('counsellor', { path: `/api/staff/cases/${waiting.waitingId}/notes` });
    expect(JSON.parse(notes.text).error.message).toBe(zh.access.refusals.waiting);
  });
});
