import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStaffUser } from '../../server/auth/accounts.ts';
import { staffUsers } from '../../server/db/schema/index.ts';
import { createTestApp } from '../support/app.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
const password = 'Correct-horse-42!';
beforeAll(async () => {
  t = await createTestApp({ corpus: false });
  await createStaffUser(t.database, { username: 'wangjing', displayName: '王静', role: 'supervisor', password });
});
afterAll(() => t?.close());

const json = (body: object, extra: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: 'http://localhost', ...extra },
  body: JSON.stringify(body),
});
const cookieOf = (res: Response) => /yb_staff=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];

describe(`staff sign-in on ${inject('databaseUnderTest')}`, () => {
  it('logs in with an httpOnly SameSite=Strict cookie and answers /me', async () => {
    const res = await t.app.request('/api/auth/login', json({ username: 'WangJing', password }));
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const me = await t.app.request('/api/auth/me', { headers: { cookie: `yb_staff=${cookieOf(res)}` } });
    expect((await me.json()).user).toMatchObject({ username: 'wangjing', role: 'supervisor', displayName: '王静' });
  });

  it('refuses a wrong password with the same answer as an unknown user', async () => {
    const wrong = await t.app.request('/api/auth/login', json({ username: 'wangjing', password: 'nope' }));
    const unknown = await t.app.request('/api/auth/login', json({ username: 'nobody', password: 'nope' }));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('throttles repeated failures for an account, even with the right password afterwards', async () => {
    await createStaffUser(t.database, { username: 'target', displayName: 't', role: 'staff', password });
    for (let i = 0; i < 5; i++) expect((await t.app.request('/api/auth/login', json({ username: 'target', password: 'bad' }))).status).toBe(401);
    const refused = await t.app.request('/api/auth/login', json({ username: 'target', password }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('logout ends the session at once on the server', async () => {
    const login = await t.app.request('/api/auth/login', json({ username: 'wangjing', password }));
    const cookie = `yb_staff=${cookieOf(login)}`;
    expect((await t.app.request('/api/auth/logout', json({}, { cookie }))).status).toBe(200);
    expect((await t.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);
  });

  it('disabling an account ends its sessions at once', async () => {
    await createStaffUser(t.database, { username: 'leaver', displayName: 'l', role: 'counsellor', password });
    const cookie = `yb_staff=${cookieOf(await t.app.request('/api/auth/login', json({ username: 'leaver', password })))}`;
    expect((await t.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(200);
    await t.database.db.update(staffUsers).set({ disabledAt: sql`now()` }).where(eq(staffUsers.username, 'leaver'));
    expect((await t.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);
  });

  it('refuses a login from another origin (CSRF)', async () => {
    const res = await t.app.request('/api/auth/login', json({ username: 'wangjing', password }, { origin: 'https://evil.example' }));
    expect(res.status).toBe(403);
  });

  it('changes the password only with the current one and a strong new one, ending other sessions', async () => {
    await createStaffUser(t.database, { username: 'changer', displayName: 'c', role: 'staff', password });
    const a = `yb_staff=${cookieOf(await t.app.request('/api/auth/login', json({ username: 'changer', password })))}`;
    const b = `yb_staff=${cookieOf(await t.app.request('/api/auth/login', json({ username: 'changer', password })))}`;
    expect((await t.app.request('/api/auth/password', json({ currentPassword: password, newPassword: 'short' }, { cookie: a }))).status).toBe(400);
    expect((await t.app.request('/api/auth/password', json({ currentPassword: 'wrong', newPassword: 'Another-strong-pw-9' }, { cookie: a }))).status).toBe(400);
    const ok = await t.app.request('/api/auth/password', json({ currentPassword: password, newPassword: 'Another-strong-pw-9' }, { cookie: a }));
    expect(ok.status).toBe(200);
    expect((await t.app.request('/api/auth/me', { headers: { cookie: b } })).status).toBe(401);
    expect((await t.app.request('/api/auth/login', json({ username: 'changer', password: 'Another-strong-pw-9' }))).status).toBe(200);
  });

  it('keeps staff routes closed without a session', async () => {
    const res = await t.app.request('/api/staff/vacancies', { headers: { origin: 'http://localhost' } });
    expect(res.status).toBe(401);
  });
});

describe('secure cookies', () => {
  it('marks the cookie Secure behind an HTTPS proxy in auto mode, not over plain HTTP', async () => {
    const plain = await t.app.request('/api/auth/login', json({ username: 'wangjing', password }));
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/);
    const proxied = await t.app.request('/api/auth/login', json({ username: 'wangjing', password }, { 'x-forwarded-proto': 'https' }));
    expect(proxied.headers.get('set-cookie')).toMatch(/Secure/);
  });
});
