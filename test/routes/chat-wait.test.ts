import { zh } from '../../server/i18n/zh-CN/index.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callbackRequests, caseEvents, cases, conversations } from '../../server/db/schema/index.ts';
import { createLogger } from '../../server/log.ts';
import { MIN_SAMPLES } from '../../server/wait/queue-wait.ts';
import { createTestApp } from '../support/app.ts';
import { appFetch, body, caseworkClient, type Session } from '../support/casework.ts';
import { signIn } from '../support/staff.ts';

const weekday = ['09:00-12:00', '14:00-17:30'];
const dutyFile = join(mkdtempSync(join(tmpdir(), 'duty-')), 'duty.json');
writeFileSync(
  dutyFile,
  JSON.stringify({ utcOffsetMinutes: 480, weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] }, closed: [], extra: [], hotline: { label: '人社服务热线', number: '12333' } }),
);
const at = (local: string) => Date.parse(`${local}+08:00`);
let now = at('2026-12-09T10:00:00'); // a Wednesday morning, on duty

const logs: string[] = [];
const sink = new Writable({ write: (chunk, _e, done) => (logs.push(String(chunk)), done()) });

let t: Awaited<ReturnType<typeof createTestApp>>;
let api: ReturnType<typeof caseworkClient>;
beforeAll(async () => {
  t = await createTestApp({
    env: { DUTY_HOURS_FILE: dutyFile },
    clock: () => now,
    log: createLogger('info', sink),
    chatLimits: { sessionsPerIpPerHour: 10_000, messagesPerSessionPerMinute: 1000, messagesPerIpPerMinute: 10_000 },
  });
  api = caseworkClient(appFetch(t.app));
});
afterAll(() => t?.close());

const auth = (s: Session) => ({ authorization: `Bearer ${s.token}` });
const wait = async (s: Session) => body(await api.fetch(`/api/chat/sessions/${s.sessionId}/wait`, { headers: auth(s) }), 200);
const handoff = async (s: Session) => body(await api.fetch(`/api/chat/sessions/${s.sessionId}/handoff`, { method: 'POST', headers: auth(s) }), 201);
const callback = (s: Session, b: unknown) =>
  api.fetch(`/api/chat/sessions/${s.sessionId}/callback`, { method: 'POST', headers: { ...auth(s), 'content-type': 'application/json' }, body: JSON.stringify(b) });

/** A past case of a new conversation, escalated at `createdAt` and taken over `waitMinutes` later (or never). */
async function pastCase(createdAt: number, waitMinutes: number | null) {
  const s = await api.session();
  const [conv] = await t.database.db.select().from(conversations).where(eq(conversations.id, s.sessionId));
  const [row] = await t.database.db
    .insert(cases)
    .values({ conversationId: conv!.id, seekerId: conv!.seekerId, reason: 'test', source: 'seeker', priority: 1, status: waitMinutes === null ? 'queued' : 'resolved', createdAt: new Date(createdAt), updatedAt: new Date(createdAt) })
    .returning();
  if (waitMinutes !== null) await t.database.db.insert(caseEvents).values({ caseId: row!.id, type: 'claimed', createdAt: new Date(createdAt + waitMinutes * 60_000) });
  return row!;
}

describe(`the seeker's wait on ${inject('databaseUnderTest')}`, () => {
  it('says nothing is waiting before 找人工, with the duty hours now', async () => {
    const s = await api.session();
    const w = await wait(s);
    expect(w).toMatchObject({ state: 'none', position: null, case: null, duty: { onDuty: true, until: new Date(at('2026-12-09T12:00:00')).toISOString(), hotline: { number: '12333' } } });
  });

  it('gives the place in the queue, which moves up as cases ahead are taken; no figure without history', async () => {
    const a = await api.session();
    const b = await api.session();
    await handoff(a);
    const opened = await handoff(b);
    expect(await wait(a)).toMatchObject({ state: 'waiting', position: 1, estimate: null });
    expect(await wait(b)).toMatchObject({ state: 'waiting', position: 2, estimate: null, case: { id: opened.caseId } });
    const c1 = await signIn(t.database, 'counsellor', '王静');
    const caseId = (await wait(a)).case.id;
    await body(await api.staff(c1.headers).post(`/api/staff/cases/${caseId}/claim`), 200);
    expect(await wait(b)).toMatchObject({ state: 'waiting', position: 1 });
    // The reload's state: with the counsellor, by display name only.
    const held = await wait(a);
    expect(held).toMatchObject({ state: 'counsellor', counsellor: { displayName: '王静' }, position: null });
    expect(JSON.stringify(held)).not.toContain(c1.user.id);
    await body(await api.staff(c1.headers).post(`/api/staff/cases/${opened.caseId}/claim`), 200);
    await body(await api.staff(c1.headers).post(`/api/staff/cases/${opened.caseId}/messages`, { text: '您好，我是王静' }), 201);
    const transcript = await api.transcript(b);
    expect(transcript.messages.find((m: any) => m.role === 'counsellor')).toMatchObject({ text: '您好，我是王静', counsellor: '王静' });
    await body(await api.staff(c1.headers).post(`/api/staff/cases/${opened.caseId}/hand-back`, {}), 200);
    expect(await wait(b)).toMatchObject({ state: 'ended', counsellor: { displayName: '王静' } });
  });

  it('estimates the wait at a place from the median of recent take-overs at that place, during duty hours only', async () => {
    // A queue of its own: the history below, escalated before this test's real clock (cases opened here are stamped by the database).
    await t.database.db.delete(cases);
    now = at('2026-12-09T10:00:00');
    const day = 86_400_000;
    for (const [i, minutes] of [2, 4, 30].entries()) await pastCase(at('2026-12-04T09:30:00') - i * day, minutes);
    // Off-duty escalations do not count (their wait ran overnight).
    for (let i = 0; i < 3; i++) await pastCase(at('2026-12-03T20:00:00') - i * day, 700);
    // One escalated while another waited stood at place 2; the first stood at place 1.
    await pastCase(at('2026-12-04T15:00:00'), 20);
    await pastCase(at('2026-12-04T15:05:00'), 25);
    const s = await api.session();
    await handoff(s);
    const first = await wait(s);
    expect(first).toMatchObject({ position: 1, estimate: null }); // four cases at place 1: not enough
    await pastCase(at('2026-11-27T11:00:00'), 10);
    // The median of 2, 4, 30, 20 and 10 minutes.
    expect((await wait(s)).estimate).toEqual({ minutes: 10, samples: MIN_SAMPLES });
    // Place 2 has one case of history: no figure.
    const second = await api.session();
    await handoff(second);
    expect(await wait(second)).toMatchObject({ position: 2, estimate: null });
  });

  it('is told no counsellor is on duty outside the hours, and when the next period starts', async () => {
    now = at('2026-12-11T18:00:00'); // Friday evening
    const s = await api.session();
    await handoff(s);
    const w = await wait(s);
    expect(w).toMatchObject({ state: 'waiting', estimate: null, duty: { onDuty: false, nextStart: new Date(at('2026-12-14T09:00:00')).toISOString(), hotline: { label: '人社服务热线' } } });
  });

  it('asking for a person in words: on duty told someone will answer soon, off duty told when and what else', async () => {
    const ask = async () => {
      const s = await api.session();
      const res = await api.fetch(`/api/chat/sessions/${s.sessionId}/messages`, { method: 'POST', headers: { ...auth(s), 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ text: '我要找人工' }) });
      return (await body(res, 200)) as { status: string; text: string };
    };
    now = at('2026-12-09T10:00:00'); // Wednesday morning
    expect(await ask()).toMatchObject({ status: 'handoff_requested', text: zh.agent.canned.personRequested });
    now = at('2026-12-11T18:00:00'); // Friday evening
    const off = await ask();
    expect(off).toMatchObject({ status: 'handoff_requested', text: zh.agent.canned.personRequestedOffDuty });
    expect(off.text).not.toContain('尽快');
  });

  it('validates a call-back request, naming the field', async () => {
    const s = await api.session();
    const phone = await body(await callback(s, { phone: '12345', consent: true }), 400);
    expect(phone.error).toMatchObject({ field: 'phone', message: expect.stringContaining('手机号码') });
    const consent = await body(await callback(s, { phone: '13800001234' }), 400);
    expect(consent.error.field).toBe('consent');
    // What the seeker reads names the field in Chinese, never its key.
    expect(consent.error.message).toContain(zh.wait.callback.consentLabel);
    expect(`${phone.error.message}${consent.error.message}`).not.toMatch(/consent|phone/);
    expect((await body(await callback(s, { phone: '13800001234', consent: 'yes' }), 400)).error.field).toBe('consent');
    expect((await body(await callback(s, { phone: '13800001234', consent: true, message: '长'.repeat(501) }), 400)).error).toMatchObject({ field: 'message', message: expect.stringContaining('500') });
    const none = await t.database.db.select().from(callbackRequests).where(eq(callbackRequests.conversationId, s.sessionId));
    expect(none).toEqual([]);
    expect((await callback({ ...s, token: 'wrong' }, { phone: '13800001234', consent: true })).status).toBe(401);
  });

  it('stores a call-back (phone in full, message masked), opens a case in the queue, logs the phone masked', async () => {
    now = at('2026-12-11T19:00:00');
    const s = await api.session();
    const r = await body(await callback(s, { phone: '138 0000 5678', consent: true, message: '想问创业贷款，身份证110105199003072426' }), 201);
    expect(r).toMatchObject({ phone: '138****5678', message: expect.stringContaining('138****5678') });
    const [row] = await t.database.db.select().from(callbackRequests).where(eq(callbackRequests.conversationId, s.sessionId));
    expect(row).toMatchObject({ phone: '13800005678', caseId: r.caseId, handledAt: null });
    expect(row!.message).toContain('想问创业贷款');
    expect(row!.message).not.toContain('110105199003072426');
    const counsellor = await signIn(t.database, 'counsellor');
    const { cases: queue } = await body(await api.staff(counsellor.headers).get('/api/staff/queue'), 200);
    expect(queue.find((q: any) => q.id === r.caseId)).toMatchObject({ status: 'queued', reason: '留言请回电（138****5678）' });
    const transcript = await api.transcript(s);
    expect(transcript.messages.at(-1)).toMatchObject({ role: 'system', text: expect.stringMatching(/^【留言请回电 138\*\*\*\*5678】想问创业贷款/) });
    expect(await wait(s)).toMatchObject({ state: 'waiting', callback: { phone: '138****5678' } });
    // A second request replaces the first: one open call-back per conversation.
    await body(await callback(s, { phone: '13900001111', consent: true }), 201);
    const rows = await t.database.db.select().from(callbackRequests).where(eq(callbackRequests.conversationId, s.sessionId));
    expect(rows.map((x) => x.phone)).toEqual(['13900001111']);
    // The case's worker sees the number in full, access-logged; a counsellor not on the case does not.
    expect((await api.staff(counsellor.headers).get(`/api/staff/cases/${r.caseId}/callback`)).status).toBe(403);
    await body(await api.staff(counsellor.headers).post(`/api/staff/cases/${r.caseId}/claim`), 200);
    // Without reveal=1 the case page learns a call-back is owed, masked, and nothing is logged.
    const owed = await body(await api.staff(counsellor.headers).get(`/api/staff/cases/${r.caseId}/callback`), 200);
    expect(owed.callback).toMatchObject({ phone: '139****1111', revealed: false, handledAt: null });
    const seen = await body(await api.staff(counsellor.headers).get(`/api/staff/cases/${r.caseId}/callback?reveal=1`), 200);
    expect(seen.callback).toMatchObject({ phone: '13900001111', revealed: true, handledAt: null });
    const logged = await t.database.rows<{ action: string; fields: string[] }>(sql`select action, fields from access_log where actor_id = ${counsellor.user.id}`);
    expect(logged).toEqual([{ action: 'view_callback_phone', fields: ['phone'] }]);
    await body(await api.staff(counsellor.headers).post(`/api/staff/cases/${r.caseId}/callback/handled`), 200);
    expect((await wait(s)).callback).toBeNull();
    await body(await api.staff(counsellor.headers).post(`/api/staff/cases/${r.caseId}/callback/handled`), 409);
    const all = logs.join('');
    expect(all).toContain('138****5678');
    expect(all).not.toContain('13800005678');
    expect(all).not.toContain('13900001111');
  });
});
