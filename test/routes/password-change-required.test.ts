import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp } from '../support/app.ts';
import { signIn } from '../support/staff.ts';

/**
 * An account made with a one-time password (by an admin, or staff:create) must change it before
 * anything else: every /api/staff route answers 403 `password_change_required` until it has.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ corpus: false });
});
afterAll(() => t?.close());

const post = (path: string, headers: Record<string, string>, body?: object) =>
  t.app.request(path, { method: 'POST', headers: { origin: 'http://localhost', ...headers, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
const cookieOf = (res: Response) => /yb_staff=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];

describe(`the one-time password on ${inject('databaseUnderTest')}`, () => {
  it('must be changed before any staff route answers; me, logout and the change itself still work', async () => {
    const admin = await signIn(t.database, 'admin');
    const created = await post('/api/staff/users', admin.headers, { username: 'first-time', displayName: '新人', role: 'staff' });
    expect(created.status).toBe(201);
    const { password } = await created.json();

    const login = await post('/api/auth/login', {}, { username: 'first-time', password });
    expect(login.status).toBe(200);
    expect((await login.json()).user.mustChangePassword).toBe(true);
    const cookie = cookieOf(login);
    const headers = { cookie, origin: 'http://localhost' };

    const me = await t.app.request('/api/auth/me', { headers });
    expect(me.status).toBe(200);
    expect((await me.json()).user.mustChangePassword).toBe(true);
    for (const path of ['/api/staff/vacancies', '/api/staff/metrics']) {
      const res = await t.app.request(path, { headers });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('password_change_required');
    }

    // The new password must pass the policy and differ from the one-time one.
    const common = await post('/api/auth/password', { cookie }, { currentPassword: password, newPassword: 'Password1234' });
    expect(common.status).toBe(400);
    expect((await common.json()).error).toMatchObject({ field: 'newPassword' });
    const same = await post('/api/auth/password', { cookie }, { currentPassword: password, newPassword: password });
    expect(same.status).toBe(400);
    expect((await same.json()).error).toMatchObject({ field: 'newPassword' });

    const changed = await post('/api/auth/password', { cookie }, { currentPassword: password, newPassword: 'Zhang-xin-ping-2027' });
    expect(changed.status).toBe(200);
    const fresh = { cookie: cookieOf(changed), origin: 'http://localhost' };
    expect((await (await t.app.request('/api/auth/me', { headers: fresh })).json()).user.mustChangePassword).toBe(false);
    expect((await t.app.request('/api/staff/vacancies', { headers: fresh })).status).toBe(200);
    expect((await post('/api/auth/logout', fresh)).status).toBe(200);
  });

  it('an account whose password its owner chose is not asked to change it', async () => {
    const staff = await signIn(t.database, 'staff');
    expect((await t.app.request('/api/staff/vacancies', { headers: staff.headers })).status).toBe(200);
  });
});
