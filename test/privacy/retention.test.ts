import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callbackRequests, caseNotes, cases, conversations, feedback, liveEvents, messages, reviews, seekers, turnTraces } from '../../server/db/schema/index.ts';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { createLogger } from '../../server/log.ts';
import { anonymiseExpiredConversations } from '../../server/privacy/retention.ts';
import { startRetention } from '../../server/privacy/retention-schedule.ts';
import { dashboardMetrics } from '../../server/review/metrics.ts';
import { addDays, today } from '../../server/rules/dates.ts';
import { createTestApp } from '../support/app.ts';
import { appFetch, body, caseworkClient, type Session } from '../support/casework.ts';
import { signIn } from '../support/staff.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let api: ReturnType<typeof caseworkClient>;
const CLEARED = zh.privacy.anonymised;
const RETENTION_DAYS = 180;

/** Conversations of the scenario by what kind they are. */
const conv = {} as Record<'old' | 'recent' | 'identified' | 'openCase' | 'resolvedCase', Session & { seekerId: string }>;
let oldAnswerId = '';

const seekerOf = async (s: Session) => (await t.database.db.select().from(conversations).where(eq(conversations.id, s.sessionId)))[0]!.seekerId;

/** Moves a conversation's every timestamp `days` into the past. */
async function backdate(conversationId: string, days: number) {
  const ago = sql`now() - make_interval(days => ${days})`;
  await t.database.db.update(conversations).set({ createdAt: ago, lastActivityAt: ago }).where(eq(conversations.id, conversationId));
  await t.database.db.update(messages).set({ createdAt: ago }).where(eq(messages.conversationId, conversationId));
  await t.database.db.update(cases).set({ createdAt: ago }).where(eq(cases.conversationId, conversationId));
}

beforeAll(async () => {
  t = await createTestApp({ chatLimits: { sessionsPerIpPerHour: 1000, messagesPerSessionPerMinute: 1000, messagesPerIpPerMinute: 1000 } });
  api = caseworkClient(appFetch(t.app));
  const open = async () => {
    const s = await api.session();
    return { ...s, seekerId: await seekerOf(s) };
  };

  // An anonymous seeker told their situation, gave a thumbs-down with a comment, a supervisor scored the answer.
  conv.old = await open();
  const reply = await api.say(conv.old, '我是2025年6月毕业的大学生，重庆户籍，还没找到工作，有什么补贴？');
  oldAnswerId = reply.messageId;
  await api.fetch(`/api/chat/sessions/${conv.old.sessionId}/feedback`, {
    method: 'POST',
    headers: { authorization: `Bearer ${conv.old.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ messageId: oldAnswerId, rating: -1, comment: '我住在龙溪街道，想要更具体的' }),
  });
  const sup = await signIn(t.database, 'supervisor');
  await body(await api.staff(sup.headers).post('/api/staff/reviews', { messageId: oldAnswerId, accuracy: 4, citation: 4, completeness: 3, tone: 5, safety: 5 }), 201);
  await t.bus.publish(`conversation:${conv.old.sessionId}`, 'message', { text: '职业指导员的话' });

  conv.recent = await open();
  await api.say(conv.recent, '创业担保贷款能贷多少？');

  conv.identified = await open();
  const identify = await t.app.request(`/api/chat/sessions/${conv.identified.sessionId}/identity`, {
    method: 'POST',
    headers: { authorization: `Bearer ${conv.identified.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: '钱多多', phone: '13900001111', consent: true }),
  });
  expect(identify.status).toBe(200);
  await api.say(conv.identified, '我想参加技能培训');

  conv.openCase = await open();
  await api.say(conv.openCase, '转人工');

  // Handed to a person, never claimed, resolved by a supervisor; a private note on the case.
  conv.resolvedCase = await open();
  const handoff = await api.say(conv.resolvedCase, '我要找人工');
  await t.database.db.insert(caseNotes).values({ caseId: handoff.handoff.caseId, text: '求职者说家住回兴街道，下周再联系', authorId: sup.user.id });
  await t.database.db.insert(callbackRequests).values({ conversationId: conv.resolvedCase.sessionId, seekerId: conv.resolvedCase.seekerId, caseId: handoff.handoff.caseId, phone: '13800005678', message: '下午三点后方便', consentAt: new Date() });
  await body(await api.staff(sup.headers).post(`/api/staff/cases/${handoff.handoff.caseId}/resolve`, { outcome: 'other' }), 200);

  for (const c of [conv.old, conv.identified, conv.openCase, conv.resolvedCase]) await backdate(c.sessionId, RETENTION_DAYS + 20);
});
afterAll(() => t?.close());

const textsOf = async (c: Session) =>
  (await t.database.db.select().from(messages).where(eq(messages.conversationId, c.sessionId)).orderBy(messages.seq)).map((m) => ({ role: m.role, text: m.text, toolCalls: m.toolCalls }));

describe(`retention of anonymous conversations on ${inject('databaseUnderTest')}`, () => {
  it('anonymises inactive anonymous conversations past RETENTION_DAYS, and nothing else', async () => {
    const period = { from: addDays(today(), -(RETENTION_DAYS + 30)), to: today() };
    const before = await dashboardMetrics(t.database, period);
    const untouched = { recent: await textsOf(conv.recent), identified: await textsOf(conv.identified), openCase: await textsOf(conv.openCase) };
    const oldBefore = await textsOf(conv.old);

    const summary = await anonymiseExpiredConversations(t.database, { retentionDays: RETENTION_DAYS });
    expect(summary.conversations).toBe(2);
    expect(summary.messages).toBe(2);

    // what the seeker said is gone; the service's answer, its citations and its status stay
    const oldAfter = await textsOf(conv.old);
    expect(oldAfter.map((m) => m.role)).toEqual(['seeker', 'assistant']);
    expect(oldAfter[0]!.text).toBe(CLEARED);
    expect(oldAfter[1]!.text).toBe(oldBefore[1]!.text);
    expect(oldBefore[1]!.toolCalls.length).toBeGreaterThan(0);
    expect(oldAfter[1]!.toolCalls).toEqual(oldBefore[1]!.toolCalls.map((c) => ({ name: c.name, input: null, output: null })));
    const [trace] = await t.database.db.select().from(turnTraces).where(eq(turnTraces.conversationId, conv.old.sessionId));
    expect(JSON.stringify(trace!.toolCalls)).not.toContain('2025');
    const [fb] = await t.database.db.select().from(feedback).where(eq(feedback.messageId, oldAnswerId));
    expect(fb).toMatchObject({ rating: -1, comment: null });
    expect(await t.database.db.$count(reviews, eq(reviews.messageId, oldAnswerId))).toBe(1);
    const [seeker] = await t.database.db.select().from(seekers).where(eq(seekers.id, conv.old.seekerId));
    expect(seeker!.facts).toEqual({});
    const [c] = await t.database.db.select().from(conversations).where(eq(conversations.id, conv.old.sessionId));
    expect(c).toMatchObject({ status: 'closed', anonymisedAt: expect.any(Date), closedAt: expect.any(Date) });
    expect(await t.database.db.$count(liveEvents, eq(liveEvents.channel, `conversation:${conv.old.sessionId}`))).toBe(0);
    // the old token opens nothing any more
    expect((await api.fetch(`/api/chat/sessions/${conv.old.sessionId}/messages`, { headers: { authorization: `Bearer ${conv.old.token}` } })).status).toBe(401);

    // the resolved, never-claimed handoff: words and the private note cleared, the case and its outcome kept
    const resolved = await textsOf(conv.resolvedCase);
    expect(resolved.filter((m) => m.role === 'seeker').every((m) => m.text === CLEARED)).toBe(true);
    const [k] = await t.database.db.select().from(cases).where(eq(cases.conversationId, conv.resolvedCase.sessionId));
    expect(k).toMatchObject({ status: 'resolved', outcome: 'other' });
    expect((await t.database.db.select().from(caseNotes).where(eq(caseNotes.caseId, k!.id))).map((n) => n.text)).toEqual([CLEARED]);
    expect(await t.database.db.$count(callbackRequests, eq(callbackRequests.conversationId, conv.resolvedCase.sessionId))).toBe(0);

    // recent, identified and open-case conversations are untouched
    expect(await textsOf(conv.recent)).toEqual(untouched.recent);
    expect(await textsOf(conv.identified)).toEqual(untouched.identified);
    expect(await textsOf(conv.openCase)).toEqual(untouched.openCase);
    const kept = await t.database.db.select().from(conversations).where(inArray(conversations.id, [conv.recent.sessionId, conv.identified.sessionId, conv.openCase.sessionId]));
    expect(kept.every((x) => x.anonymisedAt === null)).toBe(true);

    // the dashboard's counts do not change
    const after = await dashboardMetrics(t.database, period);
    expect({ c: after.conversations, h: after.handoffs, r: after.ratings, v: after.reviews, g: after.grounding.checked }).toEqual({
      c: before.conversations,
      h: before.handoffs,
      r: before.ratings,
      v: before.reviews,
      g: before.grounding.checked,
    });
  });

  it('is idempotent: a second run finds nothing', async () => {
    expect(await anonymiseExpiredConversations(t.database, { retentionDays: RETENTION_DAYS })).toMatchObject({ conversations: 0, messages: 0 });
  });

  it('deletes live-event copies older than the period', async () => {
    await t.bus.publish('queue', 'case_queued', { caseId: 'x' });
    await t.database.db.update(liveEvents).set({ createdAt: sql`now() - interval '400 days'` }).where(eq(liveEvents.channel, 'queue'));
    const { liveEvents: deleted } = await anonymiseExpiredConversations(t.database, { retentionDays: RETENTION_DAYS });
    expect(deleted).toBeGreaterThan(0);
    expect(await t.database.db.$count(liveEvents, eq(liveEvents.channel, 'queue'))).toBe(0);
  });

  it('runs on its schedule from start and stops cleanly', async () => {
    const late = await api.session();
    await api.say(late, '失业登记怎么办？');
    await backdate(late.sessionId, 365);
    const schedule = startRetention({ database: t.database, retentionDays: RETENTION_DAYS, log: createLogger('silent'), firstAfterMs: 0 });
    await expect.poll(async () => (await t.database.db.select().from(conversations).where(eq(conversations.id, late.sessionId)))[0]!.anonymisedAt, { timeout: 10_000 }).not.toBeNull();
    await schedule.stop();
  });
});
