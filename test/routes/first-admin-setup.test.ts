import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStaffUser } from '../../server/auth/accounts.ts';
import { setupLinkIfNoAdmin } from '../../server/auth/setup.ts';
import { createTestApp } from '../support/app.ts';

/** The first administrator from the one-time setup link (server/auth/setup.ts), on either database. */
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ corpus: false });
});
afterAll(() => t?.close());

const setup = (body: object) =>
  t.app.request('/api/auth/setup', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost' }, body: JSON.stringify(body) });

describe(`the first-admin setup link on ${inject('databaseUnderTest')}`, () => {
  it('works once, only with a good password and a free username, and only while there is no administrator', async () => {
    expect((await (await t.app.request('/api/auth/setup')).json()).needed).toBe(true);
    const a = (await setupLinkIfNoAdmin(t.database))!;
    const b = (await setupLinkIfNoAdmin(t.database))!;
    expect(a).toBeTruthy();
    await createStaffUser(t.database, { username: 'taken', displayName: 'x', role: 'staff', password: 'Correct-horse-42!' });

    expect((await setup({ token: 'x'.repeat(43), username: 'admin', displayName: '管理员', password: 'Lan-shui-qiao-2027' })).status).toBe(400);
    const weak = await setup({ token: a, username: 'admin', displayName: '管理员', password: 'Password1234' });
    expect((await weak.json()).error.field).toBe('password');
    const taken = await setup({ token: a, username: 'Taken', displayName: '管理员', password: 'Lan-shui-qiao-2027' });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error.field).toBe('username');

    // Both links used at once: one administrator, the other link refused.
    const [r1, r2] = await Promise.all([
      setup({ token: a, username: 'admin', displayName: '管理员', password: 'Lan-shui-qiao-2027' }),
      setup({ token: b, username: 'other-admin', displayName: '另一个', password: 'Lan-shui-qiao-2028' }),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([201, 409]);
    const winner = r1.status === 201 ? r1 : r2;
    const cookie = /yb_staff=[^;]+/.exec(winner.headers.get('set-cookie') ?? '')![0];
    const users = await (await t.app.request('/api/staff/users', { headers: { cookie, origin: 'http://localhost' } })).json();
    expect(users.users.filter((u: { role: string }) => u.role === 'admin')).toHaveLength(1);

    expect((await setup({ token: a, username: 'admin3', displayName: 'x', password: 'Lan-shui-qiao-2029' })).status).toBe(400);
    expect(await setupLinkIfNoAdmin(t.database)).toBeUndefined();
    expect((await (await t.app.request('/api/auth/setup')).json()).needed).toBe(false);
  });
});
