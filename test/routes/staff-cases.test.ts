import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RouteTable } from '../../server/api/route-table.ts';
import { caseEvents, cases, conversations, messages, seekers, serviceRecords, staffUsers } from '../../server/db/schema/index.ts';
import { createTestApp } from '../support/app.ts';
import { appFetch, body, caseworkClient, type Session } from '../support/casework.ts';
import { isEvent, readEvents } from '../support/live.ts';
import { signIn } from '../support/staff.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let api: ReturnType<typeof caseworkClient>;
type Staff = Awaited<ReturnType<typeof signIn>> & { api: ReturnType<ReturnType<typeof caseworkClient>['staff']> };
let c1: Staff, c2: Staff, c3: Staff, sup: Staff, clerk: Staff;

beforeAll(async () => {
  t = await createTestApp({ chatLimits: { sessionsPerIpPerHour: 10_000, messagesPerSessionPerMinute: 1000, messagesPerIpPerMinute: 10_000 } });
  api = caseworkClient(appFetch(t.app));
  const as = async (role: 'counsellor' | 'supervisor' | 'staff', name: string): Promise<Staff> => {
    const s = await signIn(t.database, role, name);
    return { ...s, api: api.staff(s.headers) };
  };
  [c1, c2, c3, sup, clerk] = await Promise.all([as('counsellor', '王静'), as('counsellor', '李明'), as('counsellor', '张华'), as('supervisor', '陈督导'), as('staff', '刘工作人员')]);
});
afterAll(() => t?.close());

/** A seeker who asks for a person: the case is queued. */
async function handoff(text = '我要转人工'): Promise<{ s: Session; caseId: string }> {
  const s = await api.session();
  const r = await api.say(s, text);
  expect(r.handoff).toMatchObject({ caseId: expect.any(String) });
  return { s, caseId: r.handoff.caseId };
}

describe(`casework API on ${inject('databaseUnderTest')}`, () => {
  it('lists the queue by priority, then by waiting time, with identity masked', async () => {
    const requested = await handoff('我要转人工');
    const distress = await handoff('找了半年工作都没找到，真的不想活了');
    const secondRequest = await handoff('转人工');
    const { cases: queue } = await body(await c1.api.get('/api/staff/queue'), 200);
    const mine = queue.filter((q: any) => [requested.caseId, distress.caseId, secondRequest.caseId].includes(q.id));
    expect(mine.map((q: any) => q.id)).toEqual([distress.caseId, requested.caseId, secondRequest.caseId]);
    expect(mine[0]).toMatchObject({ status: 'queued', priority: 0, assignedTo: null, waitingSeconds: expect.any(Number), preview: expect.stringContaining('不想活') });
    const order = queue.map((q: any) => [q.status === 'queued' ? 0 : 1, q.priority]);
    expect(order).toEqual([...order].sort((a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]!));
  });

  it('streams queue changes live: a new handoff arrives as case_queued, a claim as case_claimed', async () => {
    const stream = readEvents(await c1.api.events('/api/staff/queue/events'));
    await stream.next(isEvent('ready'));
    const { caseId } = await handoff();
    expect((await stream.next(isEvent('case_queued', (d) => d.caseId === caseId))).data).toMatchObject({ priority: 1 });
    await body(await c2.api.post(`/api/staff/cases/${caseId}/claim`), 200);
    expect((await stream.next(isEvent('case_claimed', (d) => d.caseId === caseId))).data.assignedTo).toMatchObject({ displayName: '李明' });
    await stream.close();
  });

  it('lets exactly one of several counsellors claiming at once win; the others get 409 naming the holder', async () => {
    const { s, caseId } = await handoff();
    const claimers = [c1, c2, c3, sup];
    const results = await Promise.all(claimers.map((c) => c.api.post(`/api/staff/cases/${caseId}/claim`)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((x) => x === 200)).toHaveLength(1);
    expect(statuses.filter((x) => x === 409)).toHaveLength(claimers.length - 1);
    const winner = claimers[statuses.indexOf(200)]!;
    for (const r of results.filter((r) => r.status === 409)) {
      const { error } = await r.json();
      expect(error.code).toBe('case_claimed');
      expect(error.message).toContain(winner.user.displayName);
    }
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(row).toMatchObject({ status: 'claimed', assignedTo: winner.user.id });
    const [conversation] = await t.database.db.select().from(conversations).where(eq(conversations.id, s.sessionId));
    expect(conversation!.status).toBe('counsellor');
    const [seeker] = await t.database.db.select().from(seekers).where(eq(seekers.id, row!.seekerId));
    expect(seeker!.counsellorId).toBe(winner.user.id);
    expect(await t.database.db.$count(caseEvents, and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'claimed')))).toBe(1);
    // A later claim, even by the winner, is refused the same way.
    expect((await body(await winner.api.post(`/api/staff/cases/${caseId}/claim`), 409)).error.code).toBe('case_claimed');
  });

  it('pauses the bot while a counsellor holds the case: messages both ways on the live streams, then hands back', async () => {
    const { s, caseId } = await handoff();
    const seeker = readEvents(await api.seekerEvents(s, 1)); // Last-Event-ID 1: everything of this conversation so far
    await seeker.next(isEvent('handoff', (d) => d.caseId === caseId));
    const counsellor = readEvents(await c1.api.events(`/api/staff/cases/${caseId}/events`));
    await counsellor.next(isEvent('ready'));

    await body(await c1.api.post(`/api/staff/cases/${caseId}/claim`), 200);
    const joined = await seeker.next(isEvent('counsellor_joined'));
    expect(joined.data).toMatchObject({ caseId, counsellor: '王静', text: expect.stringContaining('王静') });
    expect(JSON.stringify(joined.data)).not.toContain(c1.user.id);

    const sent = await body(await c1.api.post(`/api/staff/cases/${caseId}/messages`, { text: '您好，我是职业指导员王静，请问您想找什么样的工作？' }), 201);
    expect((await seeker.next(isEvent('message', (d) => d.role === 'counsellor'))).data).toMatchObject({ messageId: sent.messageId, text: expect.stringContaining('王静'), counsellor: '王静' });

    const reply = await api.say(s, '我想找仓库管理的工作');
    expect(reply.status).toBe('delivered_to_counsellor');
    expect(reply.text).toBe('');
    expect((await counsellor.next(isEvent('message', (d) => d.role === 'seeker'))).data.text).toBe('我想找仓库管理的工作');
    const [stored] = await t.database.db.select().from(messages).where(eq(messages.id, sent.messageId));
    expect(stored).toMatchObject({ role: 'counsellor', authorId: c1.user.id, agentDrafted: false });
    // No bot answer was written while the counsellor held the conversation.
    const afterClaim = (await api.transcript(s)).messages;
    expect(afterClaim.at(-1)).toMatchObject({ role: 'seeker', status: 'delivered' });

    await body(await c1.api.post(`/api/staff/cases/${caseId}/hand-back`, { note: '已了解求职意向' }), 200);
    expect((await seeker.next(isEvent('counsellor_left'))).data).toMatchObject({ caseId, reason: 'returned_to_bot' });
    const transcript = (await api.transcript(s)).messages;
    expect(transcript.at(-1)).toMatchObject({ role: 'system', text: expect.stringContaining('智能助手将继续为您服务') });
    expect(transcript.map((m: any) => m.role)).toContain('counsellor');
    const bot = await api.say(s, '见习补贴每个月多少钱？');
    expect(bot.status).toBe('answered');
    expect(bot.text).toMatch(/1300/);
    await seeker.close();
    await counsellor.close();
  });

  it('release puts the case back in the queue for another counsellor; only the holder may release', async () => {
    const { s, caseId } = await handoff();
    await body(await c1.api.post(`/api/staff/cases/${caseId}/claim`), 200);
    const refused = await body(await c2.api.post(`/api/staff/cases/${caseId}/release`), 403);
    expect(refused.error.message).toContain('王静');
    const released = await body(await c1.api.post(`/api/staff/cases/${caseId}/release`), 200);
    expect(released.case).toMatchObject({ status: 'queued', assignedTo: null });
    expect((await t.database.db.select().from(conversations).where(eq(conversations.id, s.sessionId)))[0]!.status).toBe('queued');
    await body(await c2.api.post(`/api/staff/cases/${caseId}/claim`), 200);
    expect(await body(await c2.api.get(`/api/staff/cases/${caseId}`), 200)).toMatchObject({
      case: { status: 'claimed', assignedTo: { displayName: '李明' } },
      history: [{ type: 'opened' }, { type: 'claimed', to: '王静' }, { type: 'released', actor: '王静' }, { type: 'claimed', to: '李明' }],
    });
  });

  it('transfers a held case to another counsellor, who then holds it; targets must be active caseworkers', async () => {
    const { s, caseId } = await handoff();
    await body(await c1.api.post(`/api/staff/cases/${caseId}/claim`), 200);
    const stream = readEvents(await api.seekerEvents(s, 1));
    expect((await body(await c1.api.post(`/api/staff/cases/${caseId}/transfer`, { counsellorId: clerk.user.id }), 400)).error.field).toBe('counsellorId');
    expect((await body(await c1.api.post(`/api/staff/cases/${caseId}/transfer`, { counsellorId: c1.user.id }), 409)).error.code).toBe('same_counsellor');
    expect((await body(await c2.api.post(`/api/staff/cases/${caseId}/transfer`, { counsellorId: c3.user.id }), 403)).error.code).toBe('not_responsible');
    const moved = await body(await c1.api.post(`/api/staff/cases/${caseId}/transfer`, { counsellorId: c2.user.id, note: '对方更熟悉创业政策' }), 200);
    expect(moved.case).toMatchObject({ status: 'claimed', assignedTo: { id: c2.user.id, displayName: '李明' } });
    expect((await stream.next(isEvent('counsellor_joined', (d) => d.counsellor === '李明'))).data.text).toContain('李明');
    await stream.close();
    expect((await body(await c1.api.post(`/api/staff/cases/${caseId}/messages`, { text: '还在吗' }), 403)).error.code).toBe('not_holder');
    await body(await c2.api.post(`/api/staff/cases/${caseId}/messages`, { text: '您好，我来继续为您服务' }), 201);
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect((await t.database.db.select().from(seekers).where(eq(seekers.id, row!.seekerId)))[0]!.counsellorId).toBe(c2.user.id);
  });

  it('names in the case detail who the case can go to: active counsellors and supervisors, by name, and no one else', async () => {
    const { caseId } = await handoff();
    const gone = await signIn(t.database, 'counsellor', '已停用的老师');
    await t.database.db.update(staffUsers).set({ disabledAt: new Date() }).where(eq(staffUsers.id, gone.user.id));
    const { counsellors } = await body(await c1.api.get(`/api/staff/cases/${caseId}`), 200);
    const names = counsellors.map((s: any) => s.displayName);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect(counsellors.filter((s: any) => [c1, c2, c3, sup].some((x) => x.user.id === s.id)).sort(byId)).toEqual(
      [c1, c2, c3, sup].map((x) => ({ id: x.user.id, displayName: x.user.displayName, role: x.user.role })).sort(byId),
    );
    expect(names).not.toContain('刘工作人员');
    expect(names).not.toContain('已停用的老师');
    expect(Object.keys(counsellors[0]).sort()).toEqual(['displayName', 'id', 'role']);
  });

  it('lets a supervisor assign a waiting case, or reassign a held one; counsellors may not', async () => {
    const { caseId } = await handoff();
    expect((await c1.api.post(`/api/staff/cases/${caseId}/assign`, { counsellorId: c1.user.id })).status).toBe(403);
    const assigned = await body(await sup.api.post(`/api/staff/cases/${caseId}/assign`, { counsellorId: c3.user.id, note: '张华负责该街道' }), 200);
    expect(assigned.case).toMatchObject({ status: 'claimed', assignedTo: { id: c3.user.id } });
    // Once assigned, a counsellor's claim is refused naming the assignee.
    expect((await body(await c1.api.post(`/api/staff/cases/${caseId}/claim`), 409)).error.message).toContain('张华');
    const reassigned = await body(await sup.api.post(`/api/staff/cases/${caseId}/assign`, { counsellorId: c1.user.id }), 200);
    expect(reassigned.case.assignedTo.id).toBe(c1.user.id);
    const detail = await body(await sup.api.get(`/api/staff/cases/${caseId}`), 200);
    expect(detail.history.filter((h: any) => h.type === 'assigned').map((h: any) => [h.actor, h.to])).toEqual([['陈督导', '张华'], ['陈督导', '王静']]);
  });

  it('resolves with an outcome that reaches the ledger; a resolved conversation asking again opens a linked case', async () => {
    const { s, caseId } = await handoff();
    await body(await c1.api.post(`/api/staff/cases/${caseId}/claim`), 200);
    expect((await body(await c1.api.post(`/api/staff/cases/${caseId}/resolve`, { outcome: 'hired' }), 400)).error.field).toBe('outcome');
    // a counsellor who neither holds the case nor serves the seeker is refused by the responsibility model
    expect((await body(await c2.api.post(`/api/staff/cases/${caseId}/resolve`, { outcome: 'employed' }), 403)).error.code).toBe('not_responsible');
    const stream = readEvents(await api.seekerEvents(s, 1));
    const resolved = await body(await c1.api.post(`/api/staff/cases/${caseId}/resolve`, { outcome: 'employed', note: '已入职仓库管理岗位' }), 200);
    expect(resolved.case).toMatchObject({ status: 'resolved', outcome: 'employed', resolvedAt: expect.any(String) });
    expect((await stream.next(isEvent('counsellor_left'))).data.reason).toBe('resolved');
    await stream.close();
    const [seeker] = await t.database.db.select().from(seekers).where(eq(seekers.id, resolved.case.seekerId));
    expect(seeker).toMatchObject({ outcome: 'employed', employmentStatus: 'employed', outcomeAt: expect.any(Date) });
    expect((await body(await c1.api.post(`/api/staff/cases/${caseId}/resolve`, { outcome: 'employed' }), 409)).error.code).toBe('case_closed');
    expect((await body(await c1.api.post(`/api/staff/cases/${caseId}/claim`), 409)).error.code).toBe('case_closed');

    const again = await api.say(s, '我还想再问问人工');
    expect(again.handoff.caseId).not.toBe(caseId);
    const [reopened] = await t.database.db.select().from(cases).where(eq(cases.id, again.handoff.caseId));
    expect(reopened).toMatchObject({ status: 'queued', previousCaseId: caseId });
    const detail = await body(await c1.api.get(`/api/staff/cases/${reopened!.id}`), 200);
    expect(detail.otherCases.map((x: any) => x.id)).toContain(caseId);
  });

  it('keeps case notes private: listed for staff, never on the seeker stream or transcript', async () => {
    const { s, caseId } = await handoff();
    const stream = readEvents(await api.seekerEvents(s, 1));
    await stream.next(isEvent('handoff'));
    // notes are casework: not for a waiting case's onlookers, only once someone takes it on
    expect((await body(await c2.api.post(`/api/staff/cases/${caseId}/notes`, { text: '先记一笔' }), 403)).error.code).toBe('not_responsible');
    await body(await c2.api.post(`/api/staff/cases/${caseId}/claim`), 200);
    await stream.next(isEvent('counsellor_joined'));
    const note = await body(await c2.api.post(`/api/staff/cases/${caseId}/notes`, { text: '求职者情绪低落，注意疏导' }), 201);
    expect(note.note).toMatchObject({ text: '求职者情绪低落，注意疏导', authorId: c2.user.id });
    expect((await body(await sup.api.get(`/api/staff/cases/${caseId}/notes`), 200)).notes.map((n: any) => [n.text, n.authorName])).toEqual([['求职者情绪低落，注意疏导', '李明']]);
    expect((await c1.api.get(`/api/staff/cases/${caseId}/notes`)).status).toBe(403);
    await body(await c2.api.post(`/api/staff/cases/${caseId}/release`), 200);
    await body(await c1.api.post(`/api/staff/cases/${caseId}/claim`), 200);
    // the next holder reads what the last one noted
    expect((await body(await c1.api.get(`/api/staff/cases/${caseId}/notes`), 200)).notes).toHaveLength(1);
    expect(JSON.stringify(stream.events)).not.toContain('情绪低落');
    expect(JSON.stringify(await api.transcript(s))).not.toContain('情绪低落');
    expect((await body(await c1.api.post(`/api/staff/cases/${caseId}/notes`, { text: '  ' }), 400)).error.field).toBe('text');
    await stream.close();
  });

  it('drafts a cited, grounded reply for the counsellor only, and records how much was edited when sent', async () => {
    const { s, caseId } = await handoff();
    expect((await body(await c1.api.post(`/api/staff/cases/${caseId}/copilot`), 409)).error.code).toBe('case_not_claimed');
    await body(await c1.api.post(`/api/staff/cases/${caseId}/claim`), 200);
    const seekerStream = readEvents(await api.seekerEvents(s, 1));
    await seekerStream.next(isEvent('counsellor_joined'));
    await api.say(s, '创业担保贷款最多能贷多少？');

    expect((await c2.api.post(`/api/staff/cases/${caseId}/copilot`)).status).toBe(403);
    const draft = await body(await c1.api.post(`/api/staff/cases/${caseId}/copilot`), 200);
    expect(draft.replyTo.text).toBe('创业担保贷款最多能贷多少？');
    expect(draft.text).toContain('30万元');
    expect(draft.citations.map((c: any) => c.clauseId)).toContain('yb2022-38:2.2.2');
    expect(draft.grounding).toMatchObject({ ok: true });
    expect(draft.toolCalls.map((c: any) => c.name)).toContain('check_eligibility');
    // The figure comes first, as the seeker would want it, not a list of questions back.
    expect(draft.text.split('\n')[0]).toContain('30万元');
    // Nothing of the draft went to the seeker, and no message was written.
    const before = await api.transcript(s);
    expect(JSON.stringify(before)).not.toContain('30万元');

    const edited = `${draft.text}\n如需申请，我可以帮您预约窗口办理。`;
    const sent = await body(await c1.api.post(`/api/staff/cases/${caseId}/messages`, { text: edited, draftId: draft.draftId }), 201);
    expect(sent.agentDrafted).toBe(true);
    expect(sent.draftEditRatio).toBeGreaterThan(0);
    expect(sent.draftEditRatio).toBeLessThan(0.5);
    expect(sent.citations.map((c: any) => c.clauseId)).toContain('yb2022-38:2.2.2');
    const message = await seekerStream.next(isEvent('message', (d) => d.role === 'counsellor'));
    expect(message.data.text).toBe(edited);
    const [row] = await t.database.db.select().from(messages).where(eq(messages.id, sent.messageId));
    expect(row).toMatchObject({ role: 'counsellor', agentDrafted: true, authorId: c1.user.id });
    expect(row!.draftEditRatio).toBeCloseTo(sent.draftEditRatio, 3);
    expect((await body(await c1.api.post(`/api/staff/cases/${caseId}/messages`, { text: 'x', draftId: draft.draftId }), 409)).error.code).toBe('draft_used');

    // A draft sent unchanged has ratio 0; the services its tools delivered are recorded as this counsellor's.
    const second = await body(await c1.api.post(`/api/staff/cases/${caseId}/copilot`), 200);
    const unchanged = await body(await c1.api.post(`/api/staff/cases/${caseId}/messages`, { text: second.text, draftId: second.draftId }), 201);
    expect(unchanged.draftEditRatio).toBe(0);
    const [conversation] = await t.database.db.select().from(conversations).where(eq(conversations.id, s.sessionId));
    const services = await t.database.db.select().from(serviceRecords).where(eq(serviceRecords.seekerId, conversation!.seekerId));
    expect(services.map((r) => [r.kind, r.deliveredBy])).toEqual(expect.arrayContaining([['career_guidance', c1.user.id], ['policy_briefing', c1.user.id]]));
    await seekerStream.close();
  });

  it('refuses a draft from another case, and a message to a case not held', async () => {
    const a = await handoff();
    const b = await handoff();
    await body(await c1.api.post(`/api/staff/cases/${a.caseId}/claim`), 200);
    await body(await c1.api.post(`/api/staff/cases/${b.caseId}/claim`), 200);
    const draft = await body(await c1.api.post(`/api/staff/cases/${a.caseId}/copilot`), 200);
    expect((await body(await c1.api.post(`/api/staff/cases/${b.caseId}/messages`, { text: draft.text, draftId: draft.draftId }), 404)).error.code).toBe('not_found');
    const waiting = await handoff();
    expect((await body(await c1.api.post(`/api/staff/cases/${waiting.caseId}/messages`, { text: '你好' }), 409)).error.code).toBe('case_not_claimed');
  });

  it('lets staff open a case for a conversation (source staff), keeping one open case per conversation', async () => {
    const s = await api.session();
    // the seeker's counsellor opens it (anyone else: server/auth/ownership.ts, test/security/responsibility.test.ts)
    await t.database.db.update(seekers).set({ counsellorId: c1.user.id }).where(eq(seekers.id, (await t.database.db.select().from(conversations).where(eq(conversations.id, s.sessionId)))[0]!.seekerId));
    const opened = await body(await c1.api.post('/api/staff/cases', { conversationId: s.sessionId, reason: '回访时求职者希望面谈' }), 201);
    const again = await body(await sup.api.post('/api/staff/cases', { conversationId: s.sessionId, reason: '重复' }), 200);
    expect(again).toEqual({ caseId: opened.caseId, created: false });
    expect((await t.database.db.select().from(cases).where(eq(cases.id, opened.caseId)))[0]).toMatchObject({ source: 'staff', priority: 2 });
    expect((await body(await c1.api.post('/api/staff/cases', { conversationId: '00000000-0000-4000-8000-000000000000', reason: 'x' }), 404)).error.code).toBe('not_found');
  });

  it('validates input with a 400 naming the field', async () => {
    const { caseId } = await handoff();
    await body(await c1.api.post(`/api/staff/cases/${caseId}/claim`), 200);
    expect((await body(await c1.api.post('/api/staff/cases/not-a-case/claim'), 400)).error.field).toBe('id');
    expect((await body(await c1.api.post(`/api/staff/cases/${caseId}/messages`, { text: '' }), 400)).error.field).toBe('text');
    expect((await body(await c1.api.post(`/api/staff/cases/${caseId}/messages`, { text: '好'.repeat(2001) }), 400)).error.field).toBe('text');
    expect((await body(await c1.api.post(`/api/staff/cases/${caseId}/messages`, { text: '好', draftId: 'x' }), 400)).error.field).toBe('draftId');
    expect((await body(await c1.api.post(`/api/staff/cases/${caseId}/transfer`, {}), 400)).error.field).toBe('counsellorId');
    const notJson = await t.app.request(`/api/staff/cases/${caseId}/release`, { method: 'POST', headers: { ...c1.headers, 'content-type': 'text/plain' }, body: 'hi' });
    expect(notJson.status).toBe(400);
    expect((await body(await c1.api.get('/api/staff/queue?status=lost'), 400)).error.field).toBe('status');
    expect((await body(await c1.api.get('/api/staff/cases/00000000-0000-4000-8000-000000000000'), 404)).error.code).toBe('not_found');
  });

  it('keeps casework to counsellors and supervisors, and every casework route is in the permissions table', async () => {
    expect((await clerk.api.get('/api/staff/queue')).status).toBe(403);
    expect((await t.app.request('/api/staff/queue')).status).toBe(401);
    const { caseId } = await handoff();
    expect((await clerk.api.post(`/api/staff/cases/${caseId}/claim`)).status).toBe(403);
    // Without the same-origin header a state change is refused even with a session.
    expect((await t.app.request(`/api/staff/cases/${caseId}/claim`, { method: 'POST', headers: { cookie: c1.headers.cookie } })).status).toBe(403);
    const mine = /^\/api\/staff\/(queue|cases|ledger|plans|follow-ups|outreach|outcomes)(\/|$)/;
    const routes = t.app.routes.filter((r) => r.method !== 'ALL' && mine.test(r.path)).map((r) => `${r.method} ${r.path}`);
    expect(routes.length).toBeGreaterThan(10);
    const table = new RouteTable(t.app);
    expect(routes.filter((r) => !table.rules.get(r))).toEqual([]);
  });
});
