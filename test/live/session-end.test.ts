import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp } from '../support/app.ts';
import { appFetch, caseworkClient } from '../support/casework.ts';
import { isEvent, readEvents } from '../support/live.ts';
import { signIn } from '../support/staff.ts';

/**
 * Issue 14, finding 8: ending a staff session — logging out, disabling the account, changing the
 * password — closes the session's open event streams at once (the queue's and a case's), so a
 * disabled counsellor's open console stops receiving who is waiting.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let api: ReturnType<typeof caseworkClient>;
beforeAll(async () => {
  t = await createTestApp({ corpus: false, chatLimits: { sessionsPerIpPerHour: 1000, messagesPerSessionPerMinute: 1000, messagesPerIpPerMinute: 1000 } });
  api = caseworkClient(appFetch(t.app));
});
afterAll(() => t?.close());

async function handoff() {
  const s = await api.session();
  const r = await api.say(s, '我要转人工');
  return { s, caseId: r.handoff.caseId as string };
}

/** The stream ends (the server closed it) within `ms`, after any events already sent. */
async function ends(stream: ReturnType<typeof readEvents>, ms = 5000) {
  await expect(stream.next(() => false, ms)).rejects.toThrow(/stream closed/);
}

describe(`ending a staff session closes its live streams, on ${inject('databaseUnderTest')}`, () => {
  it('disabling an account closes its open queue stream; it receives no later queue event', async () => {
    const admin = await signIn(t.database, 'admin');
    const counsellor = await signIn(t.database, 'counsellor');
    const other = await signIn(t.database, 'supervisor');
    const mine = readEvents(await api.staff(counsellor.headers).events('/api/staff/queue/events'));
    const theirs = readEvents(await api.staff(other.headers).events('/api/staff/queue/events'));
    await mine.next(isEvent('ready'));
    await theirs.next(isEvent('ready'));

    const res = await t.app.request(`/api/staff/users/${counsellor.user.id}/disable`, { method: 'POST', headers: admin.headers });
    expect(res.status).toBe(200);
    await ends(mine);

    const { caseId } = await handoff();
    // the colleague's stream is untouched and still hears the new case
    await theirs.next(isEvent('case_queued', (d) => d.caseId === caseId));
    expect(mine.events.some((e) => e.event === 'case_queued')).toBe(false);
    await theirs.close();
  });

  it('logging out closes that session’s streams (queue and case) and no other session’s', async () => {
    const supervisor = await signIn(t.database, 'supervisor');
    const { caseId } = await handoff();
    // a second session of the same person, on another device
    const { createStaffSession, DEFAULT_SESSION_POLICY } = await import('../../server/auth/sessions.ts');
    const { STAFF_COOKIE } = await import('../../server/auth/middleware.ts');
    const second = (await createStaffSession(t.database, supervisor.user.id, DEFAULT_SESSION_POLICY)).token;
    const secondHeaders = { cookie: `${STAFF_COOKIE}=${second}`, origin: 'http://localhost' };

    const queue = readEvents(await api.staff(supervisor.headers).events('/api/staff/queue/events'));
    const kase = readEvents(await api.staff(supervisor.headers).events(`/api/staff/cases/${caseId}/events`));
    const elsewhere = readEvents(await api.staff(secondHeaders).events('/api/staff/queue/events'));
    await Promise.all([queue.next(isEvent('ready')), kase.next(isEvent('ready')), elsewhere.next(isEvent('ready'))]);

    const out = await t.app.request('/api/auth/logout', { method: 'POST', headers: supervisor.headers });
    expect(out.status).toBe(200);
    await ends(queue);
    await ends(kase);

    const next = await handoff();
    await elsewhere.next(isEvent('case_queued', (d) => d.caseId === next.caseId));
    await elsewhere.close();
  });

  it('changing the password closes the session’s other streams', async () => {
    const counsellor = await signIn(t.database, 'counsellor');
    const queue = readEvents(await api.staff(counsellor.headers).events('/api/staff/queue/events'));
    await queue.next(isEvent('ready'));
    const res = await t.app.request('/api/auth/password', {
      method: 'POST',
      headers: { ...counsellor.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword: 'Test-password-123!', newPassword: 'Qx7-ferry-lantern-29' }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    await ends(queue);
  });
});
