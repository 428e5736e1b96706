/**
 * The contract is machine-checked: /openapi.json validates as OpenAPI 3.1 and documents exactly
 * the routes the router serves, each with who may call it and a schema for every answer; the
 * reference page shows every operation; a staff route that declares no roles is refused.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { api, defineRoute, json, publicAccess } from '../../server/api/define.ts';
import { RouteTable, routeKey } from '../../server/api/route-table.ts';
import { staffOnly } from '../../server/auth/middleware.ts';
import { errorHandler } from '../../server/http/on-error.ts';
import { DEFAULT_SESSION_POLICY } from '../../server/auth/sessions.ts';
import { STAFF_ROLES } from '../../server/auth/principal.ts';
import { createTestApp } from '../support/app.ts';
import { signIn } from '../support/staff.ts';

type Operation = {
  'x-access'?: string;
  'x-roles'?: string[];
  'x-owns'?: { kind: string; rule: string };
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string }[];
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>> };

let t: Awaited<ReturnType<typeof createTestApp>>;
let doc: Doc;
const operations: { key: string; path: string; method: string; op: Operation }[] = [];

beforeAll(async () => {
  t = await createTestApp({ corpus: false });
  const res = await t.app.request('/openapi.json');
  expect(res.status).toBe(200);
  doc = await res.json();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) operations.push({ key: routeKey(method, path), path, method, op });
  }
});
afterAll(() => t?.close());

/** The handlers the router serves (middleware and wildcards are not routes). */
function served(): string[] {
  const keys = new Set<string>();
  for (const r of t.app.routes) if (r.method !== 'ALL' && !r.path.endsWith('*')) keys.add(`${r.method} ${r.path}`);
  return [...keys].sort();
}

describe(`the OpenAPI document on ${inject('databaseUnderTest')}`, () => {
  it('validates as OpenAPI 3.1', async () => {
    expect(doc.openapi).toBe('3.1.0');
    // the one error shape every operation refers to is a component of its own
    expect((doc as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas.Error).toBeTruthy();
    const result = await new Validator().validate(doc as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? [], JSON.stringify(result.errors ?? []).slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
    // and the validator does refuse a broken document: a path item whose operation has a bad parameter
    const broken = structuredClone(doc) as unknown as { paths: Record<string, Record<string, { parameters?: unknown[] }>> };
    Object.values(Object.values(broken.paths)[0]!)[0]!.parameters = [{ name: 'x' }];
    expect((await new Validator().validate(broken as unknown as Parameters<Validator['validate']>[0])).valid).toBe(false);
  });

  it('documents exactly the routes the router serves', () => {
    const documented = operations.map((o) => o.key).sort();
    const routes = served();
    expect(routes.length).toBeGreaterThan(90);
    expect(routes.filter((k) => !documented.includes(k)), 'served but not in /openapi.json').toEqual([]);
    expect(documented.filter((k) => !routes.includes(k)), 'in /openapi.json but not served').toEqual([]);
  });

  it('says who may call every operation; staff routes name their roles and ownership rule, and only they are staff', () => {
    const problems: string[] = [];
    for (const { key, path, op } of operations) {
      const access = op['x-access'];
      if (!['public', 'seeker', 'signed-in', 'metrics', 'staff'].includes(access ?? '')) problems.push(`${key}: x-access ${access}`);
      const underStaff = path.startsWith('/api/staff');
      if (underStaff !== (access === 'staff')) problems.push(`${key}: under /api/staff is ${underStaff}, access ${access}`);
      if (access === 'staff') {
        if (!op['x-roles']?.length || op['x-roles'].some((r) => !(STAFF_ROLES as readonly string[]).includes(r))) problems.push(`${key}: roles ${op['x-roles']}`);
        if (!op['x-owns']?.kind || !op['x-owns'].rule) problems.push(`${key}: no ownership rule`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every operation a summary, a tag, its path parameters and a schema for each answer', () => {
    const problems: string[] = [];
    for (const { key, path, op } of operations) {
      if (!op.summary || !op.tags?.length) problems.push(`${key}: summary or tag missing`);
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      const declared = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      if (pathParams.some((p) => !declared.includes(p))) problems.push(`${key}: path parameters ${pathParams} declared ${declared}`);
      const responses = Object.entries(op.responses ?? {});
      if (!responses.some(([status]) => status.startsWith('2'))) problems.push(`${key}: no success response`);
      for (const [status, r] of responses) {
        const schemas = Object.values(r.content ?? {}).map((c) => c.schema);
        if (!schemas.length || schemas.some((s) => !s)) problems.push(`${key} ${status}: no schema`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('renders the reference page with every operation', async () => {
    const res = await t.app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    const missing = operations.filter(({ method, path }) => !html.includes(`${method.toUpperCase()} <code>${path}</code>`));
    expect(missing.map((o) => o.key)).toEqual([]);
    expect(html).not.toMatch(/<script/i);
    // text is escaped once: an apostrophe in an ownership rule reads as one
    expect(html).not.toContain('&amp;#');
    expect(html).toContain('caller&#39;s scope');
  });
});

describe('a staff route without roles', () => {
  it('is refused to every role (the table is derived from the definitions and fails closed)', async () => {
    const app = api();
    const table = new RouteTable(app);
    app.use('/api/staff/*', staffOnly(t.database, DEFAULT_SESSION_POLICY, table));
    // declared as public, though mounted under /api/staff: it carries no roles
    const open = defineRoute({ method: 'get', path: '/api/staff/undeclared', summary: 'x', responses: { 200: json(z.object({ ok: z.boolean() }), 'ok') }, ...publicAccess });
    app.openapi(open, (c) => c.json({ ok: true }, 200));
    app.get('/api/staff/plain', (c) => c.json({ ok: true }));
    app.onError(errorHandler(() => {}));
    for (const role of STAFF_ROLES) {
      const { headers } = await signIn(t.database, role);
      expect((await app.request('/api/staff/undeclared', { headers })).status, role).toBe(403);
      expect((await app.request('/api/staff/plain', { headers })).status, role).toBe(403);
    }
  });
});
