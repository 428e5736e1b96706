import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp } from '../support/app.ts';
import { signIn } from '../support/staff.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ corpus: false });
});
afterAll(() => t?.close());

const post = (path: string, headers: Record<string, string>, body?: object) =>
  t.app.request(path, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });

describe(`staff account management on ${inject('databaseUnderTest')}`, () => {
  it('an admin creates an account with a one-time random password, and disabling it ends its sessions at once', async () => {
    const admin = await signIn(t.database, 'admin');
    const created = await post('/api/staff/users', admin.headers, { username: 'liqian', displayName: '刘茜', role: 'counsellor' });
    expect(created.status).toBe(201);
    const { user, password } = await created.json();
    expect(password).toMatch(/^.{20}$/);
    const login = await post('/api/auth/login', { origin: 'http://localhost' }, { username: 'liqian', password });
    expect(login.status).toBe(200);
    const cookie = /yb_staff=[^;]+/.exec(login.headers.get('set-cookie')!)![0];
    expect((await t.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(200);

    expect((await post(`/api/staff/users/${user.id}/disable`, admin.headers)).status).toBe(200);
    expect((await t.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);
    expect((await post('/api/auth/login', { origin: 'http://localhost' }, { username: 'liqian', password })).status).toBe(401);

    expect((await post(`/api/staff/users/${user.id}/enable`, admin.headers)).status).toBe(200);
    expect((await post('/api/auth/login', { origin: 'http://localhost' }, { username: 'liqian', password })).status).toBe(200);
  });

  it('refuses a duplicate username (409) and a bad role (400 naming the field)', async () => {
    const admin = await signIn(t.database, 'admin');
    await post('/api/staff/users', admin.headers, { username: 'dup-user', displayName: 'x', role: 'staff' });
    const dup = await post('/api/staff/users', admin.headers, { username: 'dup-user', displayName: 'x', role: 'staff' });
    expect(dup.status).toBe(409);
    const bad = await post('/api/staff/users', admin.headers, { username: 'new-user', displayName: 'x', role: 'boss' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe('role');
    // an id that is not one is refused in Chinese, like every staff route's id
    const notId = await post('/api/staff/users/not-an-id/disable', admin.headers, undefined);
    expect(notId.status).toBe(400);
    expect((await notId.json()).error).toMatchObject({ field: 'id', message: expect.stringContaining('编号格式不正确') });
  });

  it('an admin cannot disable their own account; other roles cannot manage accounts', async () => {
    const admin = await signIn(t.database, 'admin');
    expect((await post(`/api/staff/users/${admin.user.id}/disable`, admin.headers)).status).toBe(400);
    const supervisor = await signIn(t.database, 'supervisor');
    expect((await t.app.request('/api/staff/users', { headers: supervisor.headers })).status).toBe(403);
  });
});
