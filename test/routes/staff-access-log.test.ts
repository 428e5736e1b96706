import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessLog, conversations } from '../../server/db/schema/index.ts';
import { createTestApp } from '../support/app.ts';
import { appFetch, body, caseworkClient } from '../support/casework.ts';
import { signIn } from '../support/staff.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let api: ReturnType<typeof caseworkClient>;
type Staff = Awaited<ReturnType<typeof signIn>> & { api: ReturnType<ReturnType<typeof caseworkClient>['staff']> };
let counsellor: Staff, supervisor: Staff, admin: Staff, clerk: Staff;
let seekerId = '';

beforeAll(async () => {
  t = await createTestApp({ corpus: false, chatLimits: { sessionsPerIpPerHour: 1000, messagesPerSessionPerMinute: 1000, messagesPerIpPerMinute: 1000 } });
  api = caseworkClient(appFetch(t.app));
  const as = async (role: 'counsellor' | 'supervisor' | 'staff' | 'admin', name: string): Promise<Staff> => {
    const s = await signIn(t.database, role, name);
    return { ...s, api: api.staff(s.headers) };
  };
  [counsellor, supervisor, admin, clerk] = await Promise.all([as('counsellor', '王静'), as('supervisor', '陈督导'), as('admin', '管理员'), as('staff', '刘工作人员')]);

  // A seeker identifies, asks for a person, a counsellor claims the case and opens the full identity.
  const s = await api.session();
  const identify = await t.app.request(`/api/chat/sessions/${s.sessionId}/identity`, {
    method: 'POST',
    headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: '赵小燕', phone: '13812345678', consent: true }),
  });
  expect(identify.status).toBe(200);
  const r = await api.say(s, '我要转人工');
  await body(await counsellor.api.post(`/api/staff/cases/${r.handoff.caseId}/claim`), 200);
  seekerId = (await t.database.db.select().from(conversations).where(eq(conversations.id, s.sessionId)))[0]!.seekerId;
  await body(await counsellor.api.post(`/api/staff/ledger/${seekerId}/identity`, { reason: '电话回访核对身份' }), 200);
  await body(await supervisor.api.post(`/api/staff/ledger/${seekerId}/identity`, { reason: '督导抽查台账' }), 200);
  // an old entry, and one about nobody in particular
  await t.database.db.insert(accessLog).values({ at: new Date('2025-03-01T10:00:00+08:00'), actorId: counsellor.user.id, actorRole: 'counsellor', action: 'view_identity', seekerId, fields: ['phone'], reason: '去年的查看' });
});
afterAll(() => t?.close());

const search = async (who: Staff, query = '') => body(await who.api.get(`/api/staff/access-log${query}`), 200);

describe(`access-log search on ${inject('databaseUnderTest')}`, () => {
  it('lists who saw whose identity, which fields, why and when, newest first, the seeker masked', async () => {
    const all = await search(supervisor);
    expect(all.total).toBe(3);
    expect(all.items[0]).toMatchObject({
      actor: { id: supervisor.user.id, displayName: '陈督导' },
      actorRole: 'supervisor',
      action: 'view_identity',
      actionLabel: '查看完整身份信息',
      seeker: { id: seekerId, name: '赵**' },
      fields: ['name', 'phone'],
      reason: '督导抽查台账',
      route: 'POST /api/staff/ledger/:id/identity',
      at: expect.any(String),
    });
    expect(JSON.stringify(all)).not.toContain('赵小燕');
    expect(JSON.stringify(all)).not.toContain('13812345678');
  });

  it('filters by actor (id or username), seeker, action and days, and pages', async () => {
    expect((await search(supervisor, `?actor=${counsellor.user.id}`)).total).toBe(2);
    expect((await search(supervisor, `?actor=${encodeURIComponent(counsellor.user.username.toUpperCase())}`)).total).toBe(2);
    expect((await search(supervisor, `?seeker=${seekerId}&from=2025-01-01&to=2025-12-31`)).items.map((i: { reason: string }) => i.reason)).toEqual(['去年的查看']);
    expect((await search(supervisor, '?action=review_transcript')).total).toBe(0);
    expect((await search(admin, '?actor=nobody')).total).toBe(0);
    const page2 = await search(supervisor, '?pageSize=2&page=2');
    expect(page2).toMatchObject({ total: 3, items: [{ reason: '去年的查看' }] });
    expect((await body(await supervisor.api.get('/api/staff/access-log?seeker=abc'), 400)).error.field).toBe('seeker');
    expect((await body(await supervisor.api.get('/api/staff/access-log?from=2026-02-30'), 400)).error.field).toBe('from');
  });

  it('is for supervisors and admins only', async () => {
    expect((await counsellor.api.get('/api/staff/access-log')).status).toBe(403);
    expect((await clerk.api.get('/api/staff/access-log')).status).toBe(403);
    expect((await t.app.request('/api/staff/access-log')).status).toBe(401);
  });

  it('has no route that changes it: PUT, PATCH, DELETE and POST are 404/405 and change nothing', async () => {
    const before = await t.database.db.select().from(accessLog).orderBy(accessLog.id);
    const [first] = before;
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST']) {
      for (const path of ['/api/staff/access-log', `/api/staff/access-log/${first!.id}`]) {
        const res = await t.app.request(path, {
          method,
          headers: { ...supervisor.headers, 'content-type': 'application/json' },
          body: method === 'DELETE' ? undefined : JSON.stringify({ reason: '改掉', fields: [] }),
        });
        expect([404, 405], `${method} ${path}`).toContain(res.status);
      }
    }
    expect(await t.database.db.select().from(accessLog).orderBy(accessLog.id)).toEqual(before);
  });

  it('is refused by the database itself on UPDATE and DELETE (the trigger of drizzle/0002, also in test/db/migrations.test.ts)', async () => {
    const refused = (e: { message: string; cause?: { message?: string } }) => /append-only/.test(`${e.message} ${e.cause?.message ?? ''}`);
    await expect(t.database.rows(sql`update access_log set reason = '改掉'`)).rejects.toSatisfy(refused);
    await expect(t.database.rows(sql`delete from access_log`)).rejects.toSatisfy(refused);
    expect(await t.database.db.$count(accessLog)).toBe(3);
  });
});
