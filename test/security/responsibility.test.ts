import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessLog, caseNotes, conversations, seekers } from '../../server/db/schema/index.ts';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { createTestApp } from '../support/app.ts';
import { appFetch, body, caseworkClient, type Session } from '../support/casework.ts';
import { isEvent, readEvents } from '../support/live.ts';
import { signIn } from '../support/staff.ts';
import { addDays, today } from '../../server/rules/dates.ts';

/** A follow-up date the ledger takes: to come, within the year. */
const soon = addDays(today(), 30);

/**
 * Issue 14, findings 2 and 3, as a tester tried them: a counsellor reaching a seeker they are not
 * responsible for — by opening a case on the seeker's conversation, by linking a dummy record into
 * theirs, or simply by calling the object routes with someone else's ids. Each is refused with a
 * message naming why, or (where the model allows it) done as a reasoned, logged break-glass access.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let api: ReturnType<typeof caseworkClient>;
type Staff = Awaited<ReturnType<typeof signIn>> & { api: ReturnType<ReturnType<typeof caseworkClient>['staff']> };
let owner: Staff, intruder: Staff, sup: Staff;

beforeAll(async () => {
  t = await createTestApp({ corpus: false, chatLimits: { sessionsPerIpPerHour: 10_000, messagesPerSessionPerMinute: 1000, messagesPerIpPerMinute: 10_000 } });
  api = caseworkClient(appFetch(t.app));
  const as = async (role: 'counsellor' | 'supervisor', name: string): Promise<Staff> => {
    const s = await signIn(t.database, role, name);
    return { ...s, api: api.staff(s.headers) };
  };
  [owner, intruder, sup] = await Promise.all([as('counsellor', '王负责'), as('counsellor', '赵越权'), as('supervisor', '陈督导')]);
});
afterAll(() => t?.close());

const seekerOf = async (s: Session) => (await t.database.db.select().from(conversations).where(eq(conversations.id, s.sessionId)))[0]!.seekerId;
let phone = 13700000000;
const nextPhone = () => String(++phone);

/** A seeker who identified (name, phone, ID number), asked for a person and is served by `by`. */
async function servedSeeker(by: Staff) {
  const s = await api.session();
  await body(
    await t.app.request(`/api/chat/sessions/${s.sessionId}/identity`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '孙受害', phone: nextPhone(), idNumber: '110105199003072426', consent: true }),
    }),
    200,
  );
  const r = await api.say(s, '我要转人工');
  const caseId = r.handoff.caseId as string;
  await body(await by.api.post(`/api/staff/cases/${caseId}/claim`), 200);
  await body(await by.api.post(`/api/staff/cases/${caseId}/notes`, { text: '私密：此人有抑郁史' }), 201);
  return { s, caseId, seekerId: await seekerOf(s) };
}

/** Break-glass accesses are access-log entries of their own action, `break_glass`. */
const breakGlassRows = (seekerId: string) => t.database.db.select().from(accessLog).where(and(eq(accessLog.seekerId, seekerId), eq(accessLog.action, 'break_glass')));

describe(`finding 2: reaching a stranger's identity on ${inject('databaseUnderTest')}`, () => {
  it("(a) refuses opening a case on a stranger's conversation, so the case, the live chat and the identity stay out of reach", async () => {
    const victim = await servedSeeker(owner);
    await body(await owner.api.post(`/api/staff/cases/${victim.caseId}/hand-back`, {}), 200);

    const opened = await body(await intruder.api.post('/api/staff/cases', { conversationId: victim.s.sessionId, reason: '回访' }), 403);
    expect(opened.error.code).toBe('not_responsible');
    expect(opened.error.message).toBe(zh.access.refusals.conversation);
    const reveal = await body(await intruder.api.post(`/api/staff/ledger/${victim.seekerId}/identity`, { reason: '电话回访核对身份' }), 403);
    expect(reveal.error.message).toBe(zh.access.refusals.identity);
    expect(JSON.stringify(reveal)).not.toContain('110105199003072426');
    expect(await t.database.db.$count(accessLog, eq(accessLog.seekerId, victim.seekerId))).toBe(0);
    // the seeker's own counsellor and a supervisor still can
    await body(await owner.api.post('/api/staff/cases', { conversationId: victim.s.sessionId, reason: '回访' }), 201);
  });

  it('lets a counsellor break the glass with a reason: the access is logged as such and listed for supervisors', async () => {
    const victim = await servedSeeker(owner);
    await body(await owner.api.post(`/api/staff/cases/${victim.caseId}/resolve`, { outcome: 'other' }), 200);

    const short = await body(await intruder.api.post('/api/staff/cases', { conversationId: victim.s.sessionId, reason: '回访', breakGlass: { reason: '太短' } }), 400);
    expect(short.error.field).toBe('breakGlass.reason');
    expect(short.error.message).toBe(zh.access.validation.reason(zh.access.minReason));
    expect(await breakGlassRows(victim.seekerId)).toHaveLength(0);

    const why = '求职者来电称原指导员休假，急需今天办理失业登记';
    const opened = await body(await intruder.api.post('/api/staff/cases', { conversationId: victim.s.sessionId, reason: '来电求助', breakGlass: { reason: why } }), 201);
    const rows = await breakGlassRows(victim.seekerId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: intruder.user.id, actorRole: 'counsellor', action: 'break_glass', reason: why, route: 'POST /api/staff/cases' });

    const list = await body(await sup.api.get('/api/staff/access-log/break-glass'), 200);
    expect(list.items.find((i: any) => i.seeker?.id === victim.seekerId)).toMatchObject({ breakGlass: true, reason: why, actionLabel: zh.privacy.actions.break_glass, actor: { id: intruder.user.id } });
    expect(list.items.every((i: any) => i.breakGlass === true)).toBe(true);
    expect((await intruder.api.get('/api/staff/access-log/break-glass')).status).toBe(403);
    // the main search narrows to them by action
    const search = await body(await sup.api.get(`/api/staff/access-log?action=break_glass&seeker=${victim.seekerId}`), 200);
    expect(search.total).toBe(1);

    // identity of a stranger by break-glass: both the break-glass and the view are logged
    const shown = await body(await intruder.api.post(`/api/staff/ledger/${victim.seekerId}/identity`, { reason: '核对身份', breakGlass: { reason: why } }), 200);
    expect(shown.idNumber).toBe('110105199003072426');
    expect(await breakGlassRows(victim.seekerId)).toHaveLength(2);
    expect(await t.database.db.$count(accessLog, and(eq(accessLog.seekerId, victim.seekerId), eq(accessLog.action, 'view_identity')))).toBe(1);
    expect(opened.caseId).toBeTruthy();
  });

  it('(b) refuses linking a dummy record into a stranger, and never deletes a record the caller may not delete', async () => {
    const victim = await servedSeeker(owner);
    const dummy = await body(await intruder.api.post('/api/staff/ledger', { name: '钱假人', phone: nextPhone(), consent: true }), 201);

    const into = await body(await intruder.api.post(`/api/staff/ledger/${dummy.seekerId}/link`, { intoSeekerId: victim.seekerId }), 403);
    expect(into.error.message).toBe(zh.access.refusals.linkInto);
    const [after] = await t.database.db.select().from(seekers).where(eq(seekers.id, victim.seekerId));
    expect(after!.counsellorId).toBe(owner.user.id);
    expect((await intruder.api.post(`/api/staff/ledger/${victim.seekerId}/identity`, { reason: '电话回访核对身份' })).status).toBe(403);

    // the other way round deletes the source: someone else's record is never deleted, break-glass or not
    for (const extra of [{}, { breakGlass: { reason: '求职者本人来电确认两条记录是同一人' } }]) {
      const from = await body(await intruder.api.post(`/api/staff/ledger/${victim.seekerId}/link`, { intoSeekerId: dummy.seekerId, ...extra }), 403);
      expect(from.error.message).toBe(zh.access.refusals.linkFrom);
      expect(await t.database.db.$count(seekers, eq(seekers.id, victim.seekerId))).toBe(1);
    }

    // own record into a stranger's, by break-glass: linked and logged; the stranger keeps their counsellor
    const dummy2 = await body(await intruder.api.post('/api/staff/ledger', { name: '钱真人', phone: nextPhone(), consent: true }), 201);
    await body(await intruder.api.post(`/api/staff/ledger/${dummy2.seekerId}/link`, { intoSeekerId: victim.seekerId, breakGlass: { reason: '求职者本人来电确认两条记录是同一人' } }), 200);
    expect(await t.database.db.$count(seekers, eq(seekers.id, dummy2.seekerId))).toBe(0);
    expect((await t.database.db.select().from(seekers).where(eq(seekers.id, victim.seekerId)))[0]!.counsellorId).toBe(owner.user.id);
    expect(await breakGlassRows(victim.seekerId)).toHaveLength(1);

    // a supervisor links without ceremony
    const dummy3 = await body(await intruder.api.post('/api/staff/ledger', { name: '钱三', phone: nextPhone(), consent: true }), 201);
    await body(await sup.api.post(`/api/staff/ledger/${dummy3.seekerId}/link`, { intoSeekerId: victim.seekerId }), 200);
  });
});

describe(`finding 3: object-level limits for counsellors on ${inject('databaseUnderTest')}`, () => {
  it("refuses a counsellor who neither holds the case nor is responsible every read and write of someone else's seeker", async () => {
    const victim = await servedSeeker(owner);
    const record = await body(await owner.api.get(`/api/staff/ledger/${victim.seekerId}`), 200);
    const plan = await body(await owner.api.post(`/api/staff/ledger/${victim.seekerId}/plans`, { goals: '三个月内就业' }), 201);
    const followUp = await body(await owner.api.post(`/api/staff/ledger/${victim.seekerId}/follow-ups`, { dueOn: soon }), 201);
    const service = await body(await owner.api.post(`/api/staff/ledger/${victim.seekerId}/services`, { kind: 'unemployment_registration', appliedOn: '2026-03-02' }), 201);
    expect(record.seeker.counsellor.id).toBe(owner.user.id);

    const c = `/api/staff/cases/${victim.caseId}`;
    const l = `/api/staff/ledger/${victim.seekerId}`;
    const attempts: [string, Promise<Response>][] = [
      ['case detail', intruder.api.get(c)],
      ['live stream', intruder.api.events(`${c}/events`)],
      ['notes', intruder.api.get(`${c}/notes`)],
      ['add note', intruder.api.post(`${c}/notes`, { text: '看看' })],
      ['ledger record', intruder.api.get(l)],
      ['edit record', intruder.api.patch(l, { intent: '改掉' })],
      ['add service', intruder.api.post(`${l}/services`, { kind: 'career_guidance' })],
      ['complete service', intruder.api.patch(`${l}/services/${service.record.id}`, { completedOn: '2026-03-05' })],
      ['delete service', intruder.api.delete(`${l}/services/${service.record.id}`)],
      ['add plan', intruder.api.post(`${l}/plans`, { goals: '改计划' })],
      ['edit plan', intruder.api.patch(`/api/staff/plans/${plan.plan.id}`, { goals: '改计划' })],
      ['add follow-up', intruder.api.post(`${l}/follow-ups`, { dueOn: addDays(soon, 1) })],
      ['complete follow-up', intruder.api.post(`/api/staff/follow-ups/${followUp.followUp.id}/complete`, { outcome: '已就业' })],
    ];
    for (const [what, pending] of attempts) {
      const res = await pending;
      const text = await res.text();
      expect(res.status, `${what}: ${text}`).toBe(403);
      expect(JSON.parse(text).error.code, what).toBe('not_responsible');
      expect(text, what).not.toContain('抑郁');
    }
    // nothing changed
    expect(await t.database.db.$count(caseNotes, eq(caseNotes.caseId, victim.caseId))).toBe(1);
    const again = await body(await owner.api.get(l), 200);
    expect(again.profile.intent).not.toBe('改掉');
    expect(again.plans.map((p: any) => p.goals)).toEqual(['三个月内就业']);
    expect(again.services.find((s: any) => s.id === service.record.id).completedOn).toBeNull();
    expect(again.followUps.every((f: any) => !f.doneAt)).toBe(true);

    // the lists: neither the held case (its last message) nor the seeker show up for the stranger
    const queue = await body(await intruder.api.get('/api/staff/queue'), 200);
    expect(queue.cases.map((q: any) => q.id)).not.toContain(victim.caseId);
    const ledger = await body(await intruder.api.get('/api/staff/ledger'), 200);
    expect(ledger.items.map((i: any) => i.seekerId)).not.toContain(victim.seekerId);
    expect((await body(await owner.api.get('/api/staff/ledger'), 200)).items.map((i: any) => i.seekerId)).toContain(victim.seekerId);
    expect((await body(await sup.api.get('/api/staff/ledger'), 200)).items.map((i: any) => i.seekerId)).toContain(victim.seekerId);
    // and the supervisor sees everything the stranger may not
    expect((await body(await sup.api.get(`${c}/notes`), 200)).notes).toHaveLength(1);
  });

  it("lets any counsellor read a waiting case's transcript to decide to claim it, but not its notes, plans or identity", async () => {
    const s = await api.session();
    await body(
      await t.app.request(`/api/chat/sessions/${s.sessionId}/identity`, {
        method: 'POST',
        headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: '周等待', phone: nextPhone(), consent: true }),
      }),
      200,
    );
    const r = await api.say(s, '我想找个人帮我看看失业登记');
    const caseId = r.handoff?.caseId ?? (await body(await sup.api.post('/api/staff/cases', { conversationId: s.sessionId, reason: '求助' }), 201)).caseId;
    await body(await sup.api.post(`/api/staff/cases/${caseId}/notes`, { text: '私密：督导备注' }), 201);
    const seekerId = await seekerOf(s);

    const detail = await body(await intruder.api.get(`/api/staff/cases/${caseId}`), 200);
    expect(detail.transcript.some((m: any) => m.role === 'seeker')).toBe(true);
    expect(detail.notes).toEqual([]);
    expect(JSON.stringify(detail)).not.toContain('督导备注');
    expect(detail.seeker.name).toBe('周**');
    const live = await intruder.api.events(`/api/staff/cases/${caseId}/events`);
    expect(live.status).toBe(200);
    await live.body?.cancel();
    expect((await intruder.api.get(`/api/staff/cases/${caseId}/notes`)).status).toBe(403);
    expect((await intruder.api.post(`/api/staff/ledger/${seekerId}/identity`, { reason: '电话回访核对身份' })).status).toBe(403);
    expect((await body(await intruder.api.get('/api/staff/queue'), 200)).cases.map((q: any) => q.id)).toContain(caseId);

    // once claimed, it is theirs
    await body(await intruder.api.post(`/api/staff/cases/${caseId}/claim`), 200);
    expect((await body(await intruder.api.get(`/api/staff/cases/${caseId}`), 200)).notes).toHaveLength(1);
    await body(await intruder.api.post(`/api/staff/ledger/${seekerId}/identity`, { reason: '电话回访核对身份' }), 200);
    // … and after it is handed back it stays one they held
    await body(await intruder.api.post(`/api/staff/cases/${caseId}/hand-back`, {}), 200);
    await body(await intruder.api.get(`/api/staff/cases/${caseId}/notes`), 200);
    await body(await intruder.api.get(`/api/staff/ledger/${seekerId}`), 200);
  });

  it("keeps someone else's cases off a counsellor's queue stream, and a waiting case's stream quiet once another counsellor takes it", async () => {
    const victim = await servedSeeker(owner);
    const mine = readEvents(await intruder.api.events('/api/staff/queue/events'));
    const all = readEvents(await sup.api.events('/api/staff/queue/events'));
    await Promise.all([mine.next(isEvent('ready')), all.next(isEvent('ready'))]);
    await body(await owner.api.post(`/api/staff/cases/${victim.caseId}/hand-back`, {}), 200);
    await all.next(isEvent('case_returned', (d) => d.caseId === victim.caseId));
    // a new handoff is for everyone to see, then who took it
    const s = await api.session();
    const waiting = (await api.say(s, '我要转人工')).handoff.caseId as string;
    await mine.next(isEvent('case_queued', (d) => d.caseId === waiting));
    const watching = readEvents(await intruder.api.events(`/api/staff/cases/${waiting}/events`));
    await watching.next(isEvent('ready'));
    await body(await owner.api.post(`/api/staff/cases/${waiting}/claim`), 200);
    await mine.next(isEvent('case_claimed', (d) => d.caseId === waiting));
    await owner.api.post(`/api/staff/cases/${waiting}/messages`, { text: '您好，我是王老师' });
    await all.next(isEvent('case_claimed', (d) => d.caseId === waiting));
    await new Promise((r) => setTimeout(r, 300));
    expect(mine.events.filter((e) => e.data?.caseId === victim.caseId)).toEqual([]);
    expect(watching.events.map((e) => e.event)).not.toContain('message');
    await Promise.all([mine.close(), all.close(), watching.close()]);
  });

  it("refuses a plan or follow-up that names another seeker's case or plan", async () => {
    const mineSeeker = await servedSeeker(owner);
    const theirs = await servedSeeker(intruder);
    const theirPlan = await body(await intruder.api.post(`/api/staff/ledger/${theirs.seekerId}/plans`, { goals: '就业' }), 201);
    expect((await body(await owner.api.post(`/api/staff/ledger/${mineSeeker.seekerId}/plans`, { goals: '就业', caseId: theirs.caseId }), 400)).error).toMatchObject({
      field: 'caseId',
      message: zh.access.validation.notThisSeeker,
    });
    expect((await body(await owner.api.post(`/api/staff/ledger/${mineSeeker.seekerId}/follow-ups`, { dueOn: soon, planId: theirPlan.plan.id }), 400)).error.field).toBe('planId');
    await body(await owner.api.post(`/api/staff/ledger/${mineSeeker.seekerId}/plans`, { goals: '就业', caseId: mineSeeker.caseId }), 201);
  });
});
