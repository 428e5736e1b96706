import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cannedReplies, caseEvents, cases, conversations, messages, seekers } from '../../server/db/schema/index.ts';
import { createTestApp } from '../support/app.ts';
import { appFetch, body, caseworkClient, type Session } from '../support/casework.ts';
import { isEvent, readEvents } from '../support/live.ts';
import { signIn } from '../support/staff.ts';

/** The counsellor's daily helpers (issue 16): canned replies, conversation search, typing both ways. */
let t: Awaited<ReturnType<typeof createTestApp>>;
let api: ReturnType<typeof caseworkClient>;
type Staff = Awaited<ReturnType<typeof signIn>> & { api: ReturnType<ReturnType<typeof caseworkClient>['staff']> };
let c1: Staff, c2: Staff, sup: Staff, clerk: Staff, admin: Staff;

beforeAll(async () => {
  t = await createTestApp({ chatLimits: { sessionsPerIpPerHour: 10_000, messagesPerSessionPerMinute: 1000, messagesPerIpPerMinute: 10_000 } });
  api = caseworkClient(appFetch(t.app));
  const as = async (role: 'counsellor' | 'supervisor' | 'staff' | 'admin', name: string): Promise<Staff> => {
    const s = await signIn(t.database, role, name);
    return { ...s, api: api.staff(s.headers) };
  };
  [c1, c2, sup, clerk, admin] = await Promise.all([as('counsellor', '王静'), as('counsellor', '李明'), as('supervisor', '陈督导'), as('staff', '刘工作人员'), as('admin', '管理员')]);
});
afterAll(() => t?.close());

const CANNED = '/api/staff/canned-replies';

describe(`canned replies on ${inject('databaseUnderTest')}`, () => {
  it('creates, lists, edits and deletes a canned reply citing a real clause', async () => {
    const created = (await body(await c1.api.post(CANNED, { code: 'jxbt', text: '见习补贴的标准见【yb2022-38:2.2.2】。' }), 201)).item;
    expect(created).toMatchObject({ code: 'jxbt', text: '见习补贴的标准见【yb2022-38:2.2.2】。', updatedBy: '王静' });
    const listed = (await body(await c2.api.get(CANNED), 200)).items;
    expect(listed.map((r: any) => r.code)).toContain('jxbt');
    const edited = (await body(await c2.api.patch(`${CANNED}/${created.id}`, { text: '您好，请问还有什么可以帮您？' }), 200)).item;
    expect(edited).toMatchObject({ id: created.id, code: 'jxbt', text: '您好，请问还有什么可以帮您？', updatedBy: '李明' });
    await body(await sup.api.delete(`${CANNED}/${created.id}`), 200);
    expect(await t.database.db.$count(cannedReplies, eq(cannedReplies.id, created.id))).toBe(0);
    expect((await body(await sup.api.delete(`${CANNED}/${created.id}`), 404)).error.code).toBe('not_found');
  });

  it('refuses bad input with a 400 naming the field, and stores nothing', async () => {
    const before = await t.database.db.$count(cannedReplies);
    const cases: [unknown, string][] = [
      [{ code: 'has space', text: '你好' }, 'code'],
      [{ code: '', text: '你好' }, 'code'],
      [{ code: 'a'.repeat(21), text: '你好' }, 'code'],
      [{ code: 'ok', text: '   ' }, 'text'],
      [{ code: 'ok', text: '长'.repeat(2001) }, 'text'],
      [{ text: '你好' }, 'code'],
      [{ code: 'bad-clause', text: '请看【yb2022-38:9.9.9】和【yb2022-38:2.2.2】' }, 'text'],
    ];
    for (const [input, field] of cases) {
      const res = await c1.api.post(CANNED, input);
      const { error } = await body(res, 400);
      expect(error.field, JSON.stringify(input)).toBe(field);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const unknown = (await body(await c1.api.post(CANNED, { code: 'bad2', text: '【yb2022-38:9.9.9】' }), 400)).error;
    expect(unknown.message).toContain('yb2022-38:9.9.9');
    expect(await t.database.db.$count(cannedReplies)).toBe(before);
  });

  it('keeps codes unique regardless of case (409 naming code); a Chinese code is fine', async () => {
    await body(await c1.api.post(CANNED, { code: '问候', text: '您好，我是职业指导员。' }), 201);
    await body(await c1.api.post(CANNED, { code: 'Hello', text: '您好' }), 201);
    const dup = (await body(await c2.api.post(CANNED, { code: 'hello', text: '又一个' }), 409)).error;
    expect(dup).toMatchObject({ code: 'code_taken', field: 'code' });
    const other = (await body(await c2.api.post(CANNED, { code: 'bye', text: '再见' }), 201)).item;
    expect((await body(await c2.api.patch(`${CANNED}/${other.id}`, { code: 'HELLO' }), 409)).error.field).toBe('code');
  });

  it('is for counsellors, staff and supervisors; admins are refused', async () => {
    await body(await clerk.api.get(CANNED), 200);
    await body(await clerk.api.post(CANNED, { code: 'clerk1', text: '工作人员的模板' }), 201);
    for (const res of [await admin.api.get(CANNED), await admin.api.post(CANNED, { code: 'adm', text: '管理员' })]) {
      expect((await body(res, 403)).error.code).toBe('forbidden');
    }
  });
});

let phone = 13800000000;
/** A seeker of `counsellorId` with a conversation mentioning `text`, and (optionally) a case on it. */
async function conversationOf(counsellorId: string | null, text: string, caseStatus?: 'queued' | 'claimed') {
  const db = t.database.db;
  const [seeker] = await db.insert(seekers).values({ name: '赵小红', phone: String(++phone), identityConsentAt: new Date(), counsellorId }).returning();
  const [conv] = await db.insert(conversations).values({ seekerId: seeker!.id, tokenHash: randomUUID(), status: caseStatus === 'claimed' ? 'counsellor' : caseStatus ?? 'bot' }).returning();
  await db.insert(messages).values([
    { conversationId: conv!.id, seq: 1, role: 'seeker', text, status: 'handed_off' },
    { conversationId: conv!.id, seq: 2, role: 'assistant', text: '好的，我来帮您查一下。', status: 'answered' },
  ]);
  let caseId: string | undefined;
  if (caseStatus) {
    const [row] = await db
      .insert(cases)
      .values({ conversationId: conv!.id, seekerId: seeker!.id, reason: '求职者要求人工服务', source: 'seeker', priority: 1, status: caseStatus, assignedTo: caseStatus === 'claimed' ? counsellorId : null })
      .returning();
    caseId = row!.id;
    if (caseStatus === 'claimed') await db.insert(caseEvents).values({ caseId, type: 'claimed', actorId: counsellorId, toStaffId: counsellorId });
  }
  return { seekerId: seeker!.id, conversationId: conv!.id, caseId };
}

describe(`conversation search on ${inject('databaseUnderTest')}`, () => {
  it('finds the caller’s conversations with a marked snippet, date and link; not another counsellor’s', async () => {
    const word = `仓储叉车${Date.now().toString(36)}`;
    const mine = await conversationOf(c1.user.id, `我想找${word}相关的工作，最好在仙桃街道附近`, 'claimed');
    const noCase = await conversationOf(c1.user.id, `之前问过${word}的培训`);
    const theirs = await conversationOf(c2.user.id, `李明的求职者也问${word}`, 'claimed');
    const waiting = await conversationOf(null, `等待中的求职者问${word}`, 'queued');

    const r = await body(await c1.api.get(`/api/staff/search?q=${encodeURIComponent(word)}`), 200);
    const ids = r.results.map((x: any) => x.conversationId);
    expect(ids).toEqual(expect.arrayContaining([mine.conversationId, noCase.conversationId, waiting.conversationId]));
    expect(ids).not.toContain(theirs.conversationId);
    const hit = r.results.find((x: any) => x.conversationId === mine.conversationId);
    expect(hit).toMatchObject({ caseId: mine.caseId, role: 'seeker', snippet: { before: '我想找', match: word, after: '相关的工作，最好在仙桃街道附近' }, seeker: { name: '赵**' } });
    expect(Date.parse(hit.at)).not.toBeNaN();
    expect(r.results.find((x: any) => x.conversationId === noCase.conversationId)).toMatchObject({ caseId: null, seeker: { id: noCase.seekerId } });

    // the other counsellor finds theirs and the waiting one, not c1's; the supervisor finds all
    const other = (await body(await c2.api.get(`/api/staff/search?q=${encodeURIComponent(word)}`), 200)).results.map((x: any) => x.conversationId);
    expect(other).toEqual(expect.arrayContaining([theirs.conversationId, waiting.conversationId]));
    expect(other).not.toContain(mine.conversationId);
    const all = (await body(await sup.api.get(`/api/staff/search?q=${encodeURIComponent(word)}`), 200)).results.map((x: any) => x.conversationId);
    expect(all).toEqual(expect.arrayContaining([mine.conversationId, noCase.conversationId, theirs.conversationId, waiting.conversationId]));
    // once the waiting case is claimed by c2, c1 no longer finds it
    await t.database.db.update(cases).set({ status: 'claimed', assignedTo: c2.user.id }).where(eq(cases.id, waiting.caseId!));
    await t.database.db.insert(caseEvents).values({ caseId: waiting.caseId!, type: 'claimed', actorId: c2.user.id, toStaffId: c2.user.id });
    const later = (await body(await c1.api.get(`/api/staff/search?q=${encodeURIComponent(word)}`), 200)).results.map((x: any) => x.conversationId);
    expect(later).not.toContain(waiting.conversationId);
  });

  it('takes % and _ literally and validates q (400 naming q); staff may not search', async () => {
    const word = `百分${Date.now().toString(36)}`;
    await conversationOf(c1.user.id, `补贴是${word}%_吗`);
    expect((await body(await c1.api.get(`/api/staff/search?q=${encodeURIComponent(word + '%_')}`), 200)).results).toHaveLength(1);
    expect((await body(await c1.api.get(`/api/staff/search?q=${encodeURIComponent('%')}_%25zz`), 200)).results).toHaveLength(0);
    for (const q of ['', '   ', 'x'.repeat(51)]) expect((await body(await c1.api.get(`/api/staff/search?q=${encodeURIComponent(q)}`), 400)).error.field).toBe('q');
    expect((await body(await c1.api.get('/api/staff/search'), 400)).error.field).toBe('q');
    expect((await body(await clerk.api.get('/api/staff/search?q=补贴'), 403)).error.code).toBe('forbidden');
  });
});

async function handoff(): Promise<{ s: Session; caseId: string }> {
  const s = await api.session();
  const r = await api.say(s, '我要转人工');
  return { s, caseId: r.handoff.caseId };
}

describe(`typing indicators on ${inject('databaseUnderTest')}`, () => {
  it('tells the seeker the holder is typing, and the holder that the seeker is; throttled; the seeker never hears their own', async () => {
    const { s, caseId } = await handoff();
    // before a counsellor holds it, the seeker's typing goes nowhere and a counsellor may not send typing
    expect((await body(await api.fetch(`/api/chat/sessions/${s.sessionId}/typing`, { method: 'POST', headers: { authorization: `Bearer ${s.token}` } }), 200)).sent).toBe(false);
    expect((await c1.api.post(`/api/staff/cases/${caseId}/typing`)).status).toBe(409);
    await body(await c1.api.post(`/api/staff/cases/${caseId}/claim`), 200);

    const seeker = readEvents(await api.seekerEvents(s));
    await seeker.next(isEvent('ready'));
    const counsellor = readEvents(await c1.api.events(`/api/staff/cases/${caseId}/events`));
    await counsellor.next(isEvent('ready'));

    expect((await body(await c1.api.post(`/api/staff/cases/${caseId}/typing`), 200)).sent).toBe(true);
    expect((await body(await c1.api.post(`/api/staff/cases/${caseId}/typing`), 200)).sent).toBe(false); // within the window
    expect((await seeker.next(isEvent('typing'))).data).toMatchObject({ from: 'counsellor', counsellor: '王静' });

    const typed = await api.fetch(`/api/chat/sessions/${s.sessionId}/typing`, { method: 'POST', headers: { authorization: `Bearer ${s.token}` } });
    expect((await body(typed, 200)).sent).toBe(true);
    expect((await counsellor.next(isEvent('typing', (d) => d.from === 'seeker'))).data.from).toBe('seeker');
    // the seeker's next event is the counsellor's message, not their own typing
    await body(await c1.api.post(`/api/staff/cases/${caseId}/messages`, { text: '您好' }), 201);
    const next = await seeker.next((e) => e.event !== 'ready');
    expect(next.event).toBe('message');

    // someone not holding the case, and a bad token, are refused
    expect((await c2.api.post(`/api/staff/cases/${caseId}/typing`)).status).toBe(403);
    expect((await sup.api.post(`/api/staff/cases/${caseId}/typing`)).status).toBe(403);
    expect((await api.fetch(`/api/chat/sessions/${s.sessionId}/typing`, { method: 'POST', headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    await seeker.close();
    await counsellor.close();
  });
});
