/**
 * Issue 16 (forms): one vacancy or course added and edited by hand (validated as an import row:
 * wage min ≤ max, lengths; roles from server/auth/permissions.ts), and an admin's password reset —
 * a one-time password, every session ended, the change forced at the next sign-in.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { vacancies } from '../../../server/db/schema/index.ts';
import { createTestApp } from '../../support/app.ts';
import { appFetch, body, caseworkClient } from '../../support/casework.ts';
import { signIn } from '../../support/staff.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let as: (role: 'counsellor' | 'staff' | 'admin') => Promise<ReturnType<ReturnType<typeof caseworkClient>['staff']> & { user: { id: string; username: string }; headers: Record<string, string> }>;
const put = (headers: Record<string, string>, path: string, b: unknown) => t.app.request(path, { method: 'PUT', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(b) });

beforeAll(async () => {
  t = await createTestApp({ corpus: false });
  const client = caseworkClient(appFetch(t.app));
  as = async (role) => {
    const s = await signIn(t.database, role);
    return Object.assign(client.staff(s.headers), { user: s.user, headers: s.headers });
  };
});
afterAll(() => t?.close());

describe(`catalogue rows and password reset on ${inject('databaseUnderTest')}`, () => {
  it('staff add and edit one vacancy; a wage range upside down or an over-long title is refused naming the field', async () => {
    const clerk = (await as('staff')) as any;
    const counsellor = await as('counsellor');
    const count = () => t.database.db.$count(vacancies);
    const before = await count();
    const upside = await body(await clerk.post('/api/staff/vacancies', { title: '仓库管理员', employer: '渝北物流园', wageMin: 5000, wageMax: 4000 }), 400);
    expect(upside.error).toMatchObject({ field: 'wageMax', message: '薪资上限：不能低于薪资下限' });
    const long = await body(await clerk.post('/api/staff/vacancies', { title: '岗'.repeat(101), employer: '渝北物流园' }), 400);
    expect(long.error).toMatchObject({ field: 'title', message: expect.stringContaining('岗位名称') });
    expect((await body(await clerk.post('/api/staff/vacancies', { employer: '渝北物流园' }), 400)).error.field).toBe('title');
    expect((await body(await clerk.post('/api/staff/vacancies', { title: 'x', employer: 'y', salary: 1 }), 400)).error.message).toContain('不能识别的字段：salary');
    expect(await count()).toBe(before);
    expect((await counsellor.post('/api/staff/vacancies', { title: '仓库管理员', employer: '渝北物流园' })).status).toBe(403);

    const created = (await body(await clerk.post('/api/staff/vacancies', { title: '仓库管理员', employer: '渝北物流园', wageMin: 4000, wageMax: 6000, workType: '全职', expiresOn: '2027-06-30' }), 201)).item;
    expect(created).toMatchObject({ source: 'manual', title: '仓库管理员', wageMin: 4000, wageMax: 6000, workType: 'full_time', expiresOn: '2027-06-30', status: 'active' });
    expect(await count()).toBe(before + 1);
    // counsellors read it (for the picker); it is in the list and matchable
    expect((await body(await counsellor.get(`/api/staff/vacancies/${created.id}`), 200)).item.title).toBe('仓库管理员');
    const list = await body(await counsellor.get('/api/staff/vacancies?q=仓库管理员'), 200);
    expect(list.items.map((r: any) => r.id)).toContain(created.id);

    const bad = await body(await put(clerk.headers, `/api/staff/vacancies/${created.id}`, { title: '仓库管理员', employer: '渝北物流园', wageMin: 7000, wageMax: 6000 }), 400);
    expect(bad.error.field).toBe('wageMax');
    expect((await body(await counsellor.get(`/api/staff/vacancies/${created.id}`), 200)).item.wageMin).toBe(4000);
    const edited = (await body(await put(clerk.headers, `/api/staff/vacancies/${created.id}`, { title: '仓库主管', employer: '渝北物流园', wageMin: 6000, wageMax: 8000 }), 200)).item;
    expect(edited).toMatchObject({ id: created.id, title: '仓库主管', wageMin: 6000, wageMax: 8000 });
    expect(await count()).toBe(before + 1);
    expect((await put(counsellor.headers, `/api/staff/vacancies/${created.id}`, { title: 'x', employer: 'y' })).status).toBe(403);
    expect((await put(clerk.headers, '/api/staff/vacancies/00000000-0000-4000-8000-000000000000', { title: 'x', employer: 'y' })).status).toBe(404);
  });

  it('staff add and edit one course; an end before the start is refused', async () => {
    const clerk = (await as('staff')) as any;
    const bad = await body(await clerk.post('/api/staff/courses', { title: '电工培训', provider: '渝北职教中心', category: '职业技能培训', startsOn: '2027-03-01', endsOn: '2027-02-01' }), 400);
    expect(bad.error.field).toBe('endsOn');
    const item = (await body(await clerk.post('/api/staff/courses', { title: '电工培训', provider: '渝北职教中心', category: '职业技能培训', subsidised: '是' }), 201)).item;
    expect(item).toMatchObject({ title: '电工培训', subsidised: true });
    const edited = (await body(await put(clerk.headers, `/api/staff/courses/${item.id}`, { title: '高级电工培训', provider: '渝北职教中心', category: '职业技能培训' }), 200)).item;
    expect(edited.title).toBe('高级电工培训');
  });

  it('an admin resets a password: a one-time password, sessions ended, the change forced at the next sign-in', async () => {
    const admin = (await as('admin')) as any;
    const other = await as('counsellor');
    const origin = { origin: 'http://localhost', 'content-type': 'application/json' };
    expect((await other.get('/api/auth/me')).status).toBe(200);
    expect((await other.post(`/api/staff/users/${admin.user.id}/reset-password`)).status).toBe(403);
    expect((await body(await admin.post(`/api/staff/users/${admin.user.id}/reset-password`), 400)).error.field).toBe('id');
    expect((await admin.post('/api/staff/users/00000000-0000-4000-8000-000000000000/reset-password')).status).toBe(404);

    const reset = await body(await admin.post(`/api/staff/users/${other.user.id}/reset-password`), 200);
    expect(reset.password).toMatch(/^.{20}$/);
    expect(reset.user).toMatchObject({ id: other.user.id, mustChangePassword: true });
    expect((await other.get('/api/auth/me')).status).toBe(401);
    expect((await t.app.request('/api/auth/login', { method: 'POST', headers: origin, body: JSON.stringify({ username: other.user.username, password: 'Test-password-123!' }) })).status).toBe(401);

    const login = await t.app.request('/api/auth/login', { method: 'POST', headers: origin, body: JSON.stringify({ username: other.user.username, password: reset.password }) });
    expect(login.status).toBe(200);
    expect((await login.json()).user.mustChangePassword).toBe(true);
    const cookie = /yb_staff=[^;]+/.exec(login.headers.get('set-cookie')!)![0];
    const blocked = await t.app.request('/api/staff/queue', { headers: { cookie, origin: 'http://localhost' } });
    expect(blocked.status).toBe(403);
    expect((await blocked.json()).error.code).toBe('password_change_required');
    const changed = await t.app.request('/api/auth/password', { method: 'POST', headers: { ...origin, cookie }, body: JSON.stringify({ currentPassword: reset.password, newPassword: 'Neu-Passwort-2026!x' }) });
    expect(changed.status).toBe(200);
  });
});
