import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessLog, messages } from '../../server/db/schema/index.ts';
import { sentences } from '../../server/policy/sentences.ts';
import { addDays, today } from '../../server/rules/dates.ts';
import { createTestApp } from '../support/app.ts';
import { appFetch, body, caseworkClient, type Session } from '../support/casework.ts';
import { signIn } from '../support/staff.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let api: ReturnType<typeof caseworkClient>;
type Staff = ReturnType<ReturnType<typeof caseworkClient>['staff']> & { id: string };
let sv: Staff;
let counsellor: Staff;
const ref: Record<'clean' | 'cut' | 'claim' | 'followUp', { messageId: string; conversationId: string }> = {} as never;
let cutClauseId = '';

async function staff(role: 'supervisor' | 'counsellor'): Promise<Staff> {
  const s = await signIn(t.database, role);
  return Object.assign(api.staff(s.headers), { id: s.user.id });
}
async function turn(text: string, s?: Session) {
  const session = s ?? (await api.session());
  const reply = await api.say(session, text);
  return { session, ref: { messageId: reply.messageId as string, conversationId: session.sessionId } };
}

beforeAll(async () => {
  t = await createTestApp({ chatLimits: { sessionsPerIpPerHour: 1000, messagesPerSessionPerMinute: 1000, messagesPerIpPerMinute: 1000 } });
  api = caseworkClient(appFetch(t.app));
  [sv, counsellor] = [await staff('supervisor'), await staff('counsellor')];
  const first = await turn('我是今年毕业的大学生，能领什么补贴？');
  ref.clean = first.ref;
  ref.followUp = (await turn('那怎么申请？', first.session)).ref;
  ref.cut = (await turn('创业担保贷款最多能贷多少？')).ref;
  ref.claim = (await turn('灵活就业社保补贴怎么申请？')).ref;

  // An answer stored before quotes were whole sentences: the check said ok, the quote is cut mid-sentence.
  const [cut] = await t.database.db.select().from(messages).where(eq(messages.id, ref.cut.messageId));
  const c0 = cut!.citations[0]!;
  cutClauseId = c0.clauseId;
  const whole = sentences(c0.quote)[0]!;
  await t.database.db
    .update(messages)
    .set({ citations: [{ ...c0, quote: `${whole.slice(0, Math.ceil(whole.length / 2))}……` }, ...cut!.citations.slice(1)], grounding: { ...(cut!.grounding ?? {}), ok: true } })
    .where(eq(messages.id, ref.cut.messageId));
  // An answer whose eligibility claim the rules engine did not make.
  const [claim] = await t.database.db.select().from(messages).where(eq(messages.id, ref.claim.messageId));
  const sentence = sentences(claim!.text)[0]!;
  await t.database.db
    .update(messages)
    .set({
      grounding: {
        ok: false, citations: [], unknownCitations: [], ungroundedFigures: [], figureIssues: [], regenerated: false, replaced: false,
        unsupportedClaims: [{ cue: '可以领取', sentence, says: 'yes', benefits: ['flexible_employment_subsidy'], found: ['unchecked'] }],
      },
    })
    .where(eq(messages.id, ref.claim.messageId));
});
afterAll(() => t?.close());

const item = async (id: string) => body(await sv.get(`/api/staff/reviews/items/${id}`), 200);

describe(`one answer to review, with its grounding, on ${inject('databaseUnderTest')}`, () => {
  it('gives the question, the context before it, the cited clauses in full and a passing check', async () => {
    const it1 = await item(ref.clean.messageId);
    expect(it1.question.text).toBe('我是今年毕业的大学生，能领什么补贴？');
    expect(it1.context).toEqual([]);
    expect(it1.citations.length).toBeGreaterThan(0);
    for (const c of it1.citations) {
      expect(c.clauseText).toContain(sentences(c.quote)[0]);
      expect(c.cut).toBe(false);
    }
    expect(it1.grounding).toMatchObject({ checked: true, ok: true, passed: true, cutQuotes: [], unsupportedClaims: [] });
    expect(it1.grounding.checkedSentences.every((s: { ok: boolean }) => s.ok)).toBe(true);
    expect(it1.reasons).toEqual(expect.any(Array));
    expect(it1.trace.steps.map((s: { name: string }) => s.name)).toContain('ground_answer');

    const follow = await item(ref.followUp.messageId);
    expect(follow.question.text).toBe('那怎么申请？');
    expect(follow.context.map((m: { role: string; text: string }) => [m.role, m.text])).toEqual([
      ['seeker', '我是今年毕业的大学生，能领什么补贴？'],
      ['assistant', expect.any(String)],
    ]);
  });

  it('marks a cut quote as a failure although the stored check said ok', async () => {
    const cut = await item(ref.cut.messageId);
    expect(cut.grounding).toMatchObject({ ok: true, passed: false, cutQuotes: [cutClauseId] });
    expect(cut.citations.find((c: { clauseId: string }) => c.clauseId === cutClauseId)).toMatchObject({ cut: true, clauseText: expect.any(String) });
  });

  it('lists an unsupported claim and the sentence that failed', async () => {
    const claim = await item(ref.claim.messageId);
    expect(claim.grounding.passed).toBe(false);
    expect(claim.grounding.unsupportedClaims).toHaveLength(1);
    const failed = claim.grounding.checkedSentences.filter((s: { ok: boolean }) => !s.ok);
    expect(failed.length).toBeGreaterThanOrEqual(1);
  });

  it('shows each answer’s grounding result in the full conversation too', async () => {
    const tr = await body(await sv.get(`/api/staff/reviews/conversations/${ref.cut.conversationId}`), 200);
    const answer = tr.messages.find((m: { messageId: string }) => m.messageId === ref.cut.messageId);
    expect(answer.check).toMatchObject({ passed: false, cutQuotes: [cutClauseId] });
  });

  it('access-logs the view, refuses a bad id naming the field, 404s an unknown answer, and is not for counsellors', async () => {
    const logged = await t.database.db.select().from(accessLog).where(and(eq(accessLog.actorId, sv.id), eq(accessLog.route, 'GET /api/staff/reviews/items/:id')));
    expect(logged.length).toBeGreaterThanOrEqual(1);
    expect((await body(await sv.get('/api/staff/reviews/items/nope'), 400)).error.field).toBe('id');
    expect((await sv.get('/api/staff/reviews/items/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await counsellor.get(`/api/staff/reviews/items/${ref.clean.messageId}`)).status).toBe(403);
  });
});

describe(`dashboard periods and an honest grounding rate on ${inject('databaseUnderTest')}`, () => {
  it('covers exactly the period named, day by day', async () => {
    const to = today();
    const week = await body(await sv.get('/api/staff/metrics?period=7d'), 200);
    expect(week.period).toMatchObject({ from: addDays(to, -6), to, days: 7, period: '7d' });
    expect(week.daily.map((d: { day: string }) => d.day)).toEqual(Array.from({ length: 7 }, (_, i) => addDays(to, i - 6)));
    const month = await body(await sv.get('/api/staff/metrics?period=30d'), 200);
    expect([month.daily.length, month.daily[0].day, month.daily.at(-1).day]).toEqual([30, addDays(to, -29), to]);
    const quarter = await body(await sv.get('/api/staff/metrics?period=quarter'), 200);
    const m = Number(to.slice(5, 7));
    expect(quarter.period.from).toBe(`${to.slice(0, 4)}-${String(m - ((m - 1) % 3)).padStart(2, '0')}-01`);
    expect([quarter.daily[0].day, quarter.daily.at(-1).day]).toEqual([quarter.period.from, to]);
    const year = await body(await sv.get('/api/staff/metrics?period=year'), 200);
    expect([year.daily[0].day, year.daily.at(-1).day]).toEqual([`${to.slice(0, 4)}-01-01`, to]);
    const custom = await body(await sv.get('/api/staff/metrics?from=2025-03-01&to=2025-03-10'), 200);
    expect(custom.period).toMatchObject({ period: 'custom', days: 10 });
    expect([custom.daily.length, custom.daily[0].day, custom.daily.at(-1).day]).toEqual([10, '2025-03-01', '2025-03-10']);
  });

  it('refuses an unknown period, or a period with dates, naming the field', async () => {
    expect((await body(await sv.get('/api/staff/metrics?period=forever'), 400)).error.field).toBe('period');
    expect((await body(await sv.get('/api/staff/metrics?period=7d&from=2025-01-01'), 400)).error.field).toBe('period');
  });

  it('counts cut quotes and unsupported claims as failures, and shows what supervisors judged beside it', async () => {
    const score = (messageId: string, n: number) => sv.post('/api/staff/reviews', { messageId, accuracy: n, citation: n, completeness: n, tone: n, safety: n });
    expect((await score(ref.clean.messageId, 2)).status).toBe(201);
    expect((await score(ref.cut.messageId, 5)).status).toBe(201);
    const g = (await body(await sv.get('/api/staff/metrics?period=7d'), 200)).grounding;
    const stored = await t.database.db.select().from(messages).where(eq(messages.role, 'assistant'));
    const saidOk = stored.filter((x) => (x.grounding as { ok?: boolean } | null)?.ok === true).length;
    expect(g.checkSaidOk).toBe(saidOk);
    expect(g.cutQuotes).toBe(1);
    expect(g.unsupportedClaims).toBe(1);
    expect(g.passed).toBe(saidOk - 1); // the cut one said ok and is counted as failed
    expect(g.rate).toBeCloseTo(g.passed / g.checked, 3);
    expect(g.judged).toEqual({ answers: 2, grounded: 1, rate: 0.5, passedButNot: 1 });
    const daily = (await body(await sv.get('/api/staff/metrics?period=7d'), 200)).daily;
    expect(daily.reduce((s: number, d: { grounded: number }) => s + d.grounded, 0)).toBe(g.passed);
  });
});
