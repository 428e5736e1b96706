import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RouteTable } from '../../server/api/route-table.ts';
import { STAFF_ROLES, type StaffRole } from '../../server/auth/principal.ts';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { createTestApp } from '../support/app.ts';
import { signIn } from '../support/staff.ts';

/**
 * The role matrix, discovered from the real app: every route registered under /api/staff, called
 * as each staff role, anonymously and with a seeker's chat token, must answer exactly as
 * their own definitions say (server/api/define.ts, the table server/api/route-table.ts derives) — 401 without a staff session, 403 for a role not listed, and
 * past the role check for a role that is. A staff route that declares no roles fails here, as does
 * a documented route that is not registered, and any route outside the known public
 * prefixes (a staff route mounted beside the middleware would be open).
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let routes: { method: string; path: string }[] = [];
const as: Partial<Record<StaffRole, Record<string, string>>> = {};
let seekerToken = '';
let ROUTE_ROLES: Record<string, readonly StaffRole[]> = {};

/** Public by design: the seeker's API, sign-in, health and Prometheus metrics. */
const PUBLIC_PREFIXES = ['/openapi.json', '/api/docs', '/api/chat/', '/api/policy/', '/api/eligibility', '/api/vacancies/', '/api/courses/', '/api/events', '/api/auth/', '/healthz', '/metrics'];

beforeAll(async () => {
  t = await createTestApp({ corpus: false });
  const seen = new Set<string>();
  for (const r of t.app.routes) {
    if (r.method === 'ALL' || r.path.endsWith('*')) continue; // middleware, not handlers
    const key = `${r.method} ${r.path}`;
    if (!seen.has(key)) routes.push({ method: r.method, path: r.path });
    seen.add(key);
  }
  ROUTE_ROLES = Object.fromEntries([...new RouteTable(t.app).rules].map(([key, rule]) => [key, rule.roles]));
  for (const role of STAFF_ROLES) as[role] = (await signIn(t.database, role)).headers;
  seekerToken = (await (await t.app.request('/api/chat/sessions', { method: 'POST' })).json()).token;
});
afterAll(() => t?.close());

const staffRoutes = () => routes.filter((r) => r.path.startsWith('/api/staff/') || r.path === '/api/staff');

/**
 * Parameters get a value their validator refuses (`x`), so a request that passes the role check
 * stops at a 400 before it can change anything; bodies are absent for the same reason.
 */
const concrete = (path: string) => path.replace(/:[A-Za-z]+(\{[^}]*\})?/g, 'x');

async function call(method: string, path: string, headers: Record<string, string>) {
  const controller = new AbortController();
  const res = await t.app.request(concrete(path), { method, headers: { origin: 'http://localhost', ...headers }, signal: controller.signal });
  const type = res.headers.get('content-type') ?? '';
  // an event stream that opened: the role check passed; stop it
  if (type.includes('text/event-stream')) {
    controller.abort();
    await res.body?.cancel().catch(() => {});
    return { status: res.status, code: undefined as string | undefined, message: undefined as string | undefined };
  }
  const text = await res.text();
  let error: { code?: string; message?: string } = {};
  try {
    error = JSON.parse(text).error ?? {};
  } catch {
    /* CSV and other non-JSON answers */
  }
  return { status: res.status, code: error.code, message: error.message };
}

describe(`the role matrix over every registered route on ${inject('databaseUnderTest')}`, () => {
  it('finds the staff routes of the app (sanity)', () => {
    expect(staffRoutes().length).toBeGreaterThanOrEqual(40);
    expect(staffRoutes()).toContainEqual({ method: 'POST', path: '/api/staff/reviews' });
  });

  it('lists every registered staff route in the table, and nothing else', () => {
    const registered = staffRoutes().map((r) => `${r.method} ${r.path}`).sort();
    const missing = registered.filter((k) => !(k in ROUTE_ROLES));
    const stale = Object.keys(ROUTE_ROLES).filter((k) => !registered.includes(k));
    expect(missing, 'staff routes that declare no roles (staffAccess in their definition)').toEqual([]);
    expect(stale, 'documented staff routes with no handler').toEqual([]);
    for (const [key, roles] of Object.entries(ROUTE_ROLES)) {
      expect(roles.length, key).toBeGreaterThan(0);
      for (const r of roles) expect(STAFF_ROLES, key).toContain(r);
    }
  });

  it('serves nothing outside /api/staff that is not public by design', () => {
    const elsewhere = routes.filter((r) => !r.path.startsWith('/api/staff'));
    const unknown = elsewhere.filter((r) => !PUBLIC_PREFIXES.some((p) => r.path === p || r.path.startsWith(p)));
    expect(unknown).toEqual([]);
  });

  it('answers each staff route per the table for every role, anonymous and a seeker token', async () => {
    const problems: string[] = [];
    for (const { method, path } of staffRoutes()) {
      const key = `${method} ${path}`;
      const allowed = ROUTE_ROLES[key] ?? [];
      const anonymous = await call(method, path, {});
      if (anonymous.status !== 401) problems.push(`${key} anonymous → ${anonymous.status}`);
      const seeker = await call(method, path, { authorization: `Bearer ${seekerToken}` });
      if (seeker.status !== 401) problems.push(`${key} seeker token → ${seeker.status}`);
      for (const role of STAFF_ROLES) {
        const res = await call(method, path, as[role]!);
        const refused = res.status === 403 && res.code === 'forbidden' && res.message === zh.auth.errors.forbidden;
        if (allowed.includes(role)) {
          if (res.status === 401 || refused || res.code === 'csrf' || (res.status === 404 && res.message === zh.errors.routeNotFound) || res.status >= 500) {
            problems.push(`${key} as ${role} (allowed) → ${res.status} ${res.code ?? ''}`);
          }
        } else if (!refused) {
          problems.push(`${key} as ${role} (not allowed) → ${res.status} ${res.code ?? ''}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses a state-changing staff request from another origin before anything else', async () => {
    for (const { method, path } of staffRoutes().filter((r) => r.method !== 'GET')) {
      const res = await call(method, path, { ...as.admin!, origin: 'https://evil.example' });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.code).toBe('csrf');
    }
  });
});
