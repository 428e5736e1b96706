import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { setDialogueState } from '../../server/chat/queries.ts';
import { conversations, factCorrections, messages, seekers } from '../../server/db/schema/index.ts';
import { initialState } from '../../server/dialogue/state.ts';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { benefitNames } from '../../server/i18n/zh-CN/benefits.ts';
import { createTestApp } from '../support/app.ts';
import { appFetch, body, caseworkClient, type Session } from '../support/casework.ts';
import { signIn } from '../support/staff.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let api: ReturnType<typeof caseworkClient>;
type Staff = Awaited<ReturnType<typeof signIn>> & { api: ReturnType<ReturnType<typeof caseworkClient>['staff']> };
let holder: Staff, other: Staff, sup: Staff, clerk: Staff, admin: Staff;

beforeAll(async () => {
  t = await createTestApp({ chatLimits: { sessionsPerIpPerHour: 10_000, messagesPerSessionPerMinute: 1000, messagesPerIpPerMinute: 10_000 } });
  api = caseworkClient(appFetch(t.app));
  const as = async (role: 'counsellor' | 'supervisor' | 'staff' | 'admin', name: string): Promise<Staff> => {
    const s = await signIn(t.database, role, name);
    return { ...s, api: api.staff(s.headers) };
  };
  [holder, other, sup, clerk, admin] = await Promise.all([
    as('counsellor', '王静'),
    as('counsellor', '李明'),
    as('supervisor', '陈督导'),
    as('staff', '刘工作人员'),
    as('admin', '赵管理员'),
  ]);
});
afterAll(() => t?.close());

const seekerOf = async (s: Session) => (await t.database.db.select().from(conversations).where(eq(conversations.id, s.sessionId)))[0]!.seekerId;

/** A web seeker asks for a person; `by` claims the case. */
async function heldCase(by: Staff | undefined, facts: Record<string, unknown> = {}) {
  const s = await api.session();
  const r = await api.say(s, '我要转人工');
  const caseId = r.handoff.caseId as string;
  const seekerId = await seekerOf(s);
  if (Object.keys(facts).length) await t.database.db.update(seekers).set({ facts }).where(eq(seekers.id, seekerId));
  if (by) await body(await by.api.post(`/api/staff/cases/${caseId}/claim`), 200);
  return { s, caseId, seekerId };
}

async function staffSession(by: Staff): Promise<Session> {
  return body(await by.api.post('/api/staff/ask/sessions'), 201);
}

describe(`staff Ask sessions and the dialogue state on the case page, on ${inject('databaseUnderTest')}`, () => {
  it('opens a chat session on the staff channel for any signed-in role, with the role fixed to staff by the channel', async () => {
    for (const who of [holder, clerk, sup, admin]) {
      const s = await staffSession(who);
      expect(s).toEqual({ sessionId: expect.any(String), token: expect.any(String) });
      const [row] = await t.database.db.select().from(conversations).where(eq(conversations.id, s.sessionId));
      expect(row!.channel).toBe('staff');
      expect(row!.dialogueState).toEqual(initialState('staff', 'channel'));
    }
    expect((await t.app.request('/api/staff/ask/sessions', { method: 'POST', headers: { origin: 'http://localhost' } })).status).toBe(401);
    // A public session stays on the web channel with no state before its first turn.
    const web = await api.session();
    const [row] = await t.database.db.select().from(conversations).where(eq(conversations.id, web.sessionId));
    expect(row).toMatchObject({ channel: 'web', dialogueState: null });
  });

  it('answers through the normal chat routes with the bearer token, and the stored role stays staff', async () => {
    const s = await staffSession(clerk);
    const answer = await api.say(s, '见习补贴每个月多少钱？');
    expect(answer.status).toBe('answered');
    expect(answer.text).toMatch(/见习/);
    expect(await t.database.db.$count(messages, eq(messages.conversationId, s.sessionId))).toBe(2);
    const [row] = await t.database.db.select().from(conversations).where(eq(conversations.id, s.sessionId));
    expect(row!.dialogueState).toMatchObject({ role: 'staff', roleSource: 'channel' });
  });

  it('leaves staff-channel conversations out of the ledger, the queue and the dashboard counts', async () => {
    const metrics = async () => body(await clerk.api.get('/api/staff/metrics'), 200);
    // a supervisor's lists: everyone in the ledger and the queue, whoever serves them
    const ledgerIds = async () => (await body(await sup.api.get('/api/staff/ledger?limit=500'), 200)).items.map((i: any) => i.seekerId);
    const queueIds = async () => (await body(await sup.api.get('/api/staff/queue?limit=500'), 200)).cases.map((c: any) => c.id);
    const before = await metrics();

    // A colleague on the Ask page asks for a person: a case exists, but no seeker is being served.
    const staff = await staffSession(clerk);
    const handedOff = await api.say(staff, '我要转人工');
    const staffCaseId = handedOff.handoff?.caseId as string | undefined;
    const staffSeekerId = await seekerOf(staff);
    // A seeker does the same on the public page.
    const web = await heldCase(undefined);

    const after = await metrics();
    expect(after.conversations.total - before.conversations.total).toBe(1);
    expect(after.conversations.questions - before.conversations.questions).toBe(1);
    expect(after.conversations.answers - before.conversations.answers).toBe(1);
    expect(after.handoffs.total - before.handoffs.total).toBe(1);
    expect(after.handoffs.open - before.handoffs.open).toBe(1);
    expect(after.serviceStandard.seekers - before.serviceStandard.seekers).toBe(1);

    const ledger = await ledgerIds();
    expect(ledger).toContain(web.seekerId);
    expect(ledger).not.toContain(staffSeekerId);
    const queue = await queueIds();
    expect(queue).toContain(web.caseId);
    if (staffCaseId) expect(queue).not.toContain(staffCaseId);
  });

  it('returns the dialogue state in words with the case: role and how it was decided, topic, facts, last asked', async () => {
    const { s, caseId } = await heldCase(holder, { hukou: 'chongqing', isCollegeGraduate: true, education: 'bachelor', graduationDate: '2025-06-30', business: { form: 'individual' } });
    await setDialogueState(t.database, {
      conversationId: s.sessionId,
      state: {
        ...initialState('employer', 'stated'),
        topic: { benefits: ['employer_social_insurance_subsidy'], service: 'recruitment' },
        asked: ['person.registeredUnemployed', 'employer.hires.0.hiredOn'],
        employer: { size: 'small', hires: [{ hiredOn: '2025-03-01', person: { dibaoFamily: true } }] },
      },
    });
    const { dialogue } = await body(await holder.api.get(`/api/staff/cases/${caseId}`), 200);
    expect(dialogue).toMatchObject({ role: 'employer', roleLabel: '用人单位', roleSource: 'stated', roleSourceLabel: zh.dialogueState.roleSources.stated, service: { code: 'recruitment', name: '单位招聘' } });
    expect(dialogue.topic).toEqual([{ code: 'employer_social_insurance_subsidy', name: benefitNames.employer_social_insurance_subsidy }]);
    expect(dialogue.asked).toEqual([
      { path: 'person.registeredUnemployed', label: '是否已办理失业登记' },
      { path: 'employer.hires.0.hiredOn', label: '第1位招用人员：入职日期' },
    ]);
    const fact = (path: string) => dialogue.facts.find((f: any) => f.path === path);
    expect(fact('person.hukou')).toMatchObject({ label: zh.rules.factLabel('person.hukou'), value: 'chongqing', valueLabel: '重庆市户籍', input: { kind: 'choice' } });
    expect(fact('person.isCollegeGraduate')).toMatchObject({ value: true, valueLabel: '是', input: { kind: 'boolean' } });
    expect(fact('person.education')).toMatchObject({ valueLabel: '本科' });
    expect(fact('person.graduationDate')).toMatchObject({ valueLabel: '2025-06-30', input: { kind: 'date' } });
    expect(fact('person.business.form')).toMatchObject({ label: zh.rules.factLabel('person.business.form'), valueLabel: '个体工商户' });
    expect(fact('employer.size')).toMatchObject({ valueLabel: '小型企业' });
    expect(fact('employer.hires.0.person.dibaoFamily')).toMatchObject({ label: '第1位招用人员：是否为低保家庭成员', valueLabel: '是' });
    expect(fact('person.hukou').input.options).toContainEqual({ value: 'other', label: '外地户籍' });
  });

  it('lets the holder and supervisors correct facts; other counsellors, a waiting case and other roles are refused', async () => {
    const held = await heldCase(holder, { hukou: 'other' });
    const url = `/api/staff/cases/${held.caseId}/facts`;
    const refused = await body(await other.api.patch(url, { person: { hukou: 'chongqing' } }), 403);
    // a counsellor who neither holds the case nor serves the seeker: the responsibility model refuses, naming the holder
    expect(refused.error).toMatchObject({ code: 'not_responsible', message: expect.stringContaining('王静') });
    expect((await body(await clerk.api.patch(url, { person: { hukou: 'chongqing' } }), 403)).error.code).toBe('forbidden');
    const waiting = await heldCase(undefined);
    expect((await body(await holder.api.patch(`/api/staff/cases/${waiting.caseId}/facts`, { person: { hukou: 'chongqing' } }), 409)).error.code).toBe('case_not_claimed');
    // Nothing changed by the refused requests.
    expect((await t.database.db.select().from(seekers).where(eq(seekers.id, held.seekerId)))[0]!.facts).toEqual({ hukou: 'other' });
    expect(await t.database.db.$count(factCorrections, eq(factCorrections.seekerId, held.seekerId))).toBe(0);

    await body(await holder.api.patch(url, { person: { hukou: 'chongqing' } }), 200);
    await body(await sup.api.patch(`/api/staff/cases/${waiting.caseId}/facts`, { person: { veteran: true } }), 200);
    expect((await t.database.db.select().from(seekers).where(eq(seekers.id, waiting.seekerId)))[0]!.facts).toMatchObject({ veteran: true });
  });

  it('refuses an invalid value with a 400 naming the field, in Chinese', async () => {
    const { caseId, seekerId } = await heldCase(holder, { hukou: 'other' });
    const url = `/api/staff/cases/${caseId}/facts`;
    const bad = await body(await holder.api.patch(url, { person: { hukou: 'beijing' } }), 400);
    expect(bad.error).toMatchObject({ code: 'bad_request', field: 'person.hukou', message: expect.stringContaining(zh.rules.factLabel('person.hukou')) });
    expect(bad.error.message).toMatch(/[\u4e00-\u9fff]/);
    const date = await body(await holder.api.patch(url, { person: { business: { startedOn: '2025-02-30' } } }), 400);
    expect(date.error).toMatchObject({ field: 'person.business.startedOn', message: expect.stringContaining(zh.rules.factLabel('person.business.startedOn')) });
    expect((await body(await holder.api.patch(url, { role: 'staff' }), 400)).error).toMatchObject({ field: 'role', message: expect.stringContaining(zh.dialogueState.validation.role) });
    expect((await body(await holder.api.patch(url, {}), 400)).error.message).toBe(zh.dialogueState.errors.nothingToCorrect);
    expect((await t.database.db.select().from(seekers).where(eq(seekers.id, seekerId)))[0]!.facts).toEqual({ hukou: 'other' });
  });

  it('merges the correction into the seeker’s facts, sets the role, and records who changed which fact from what to what — not in the transcript', async () => {
    const { s, caseId, seekerId } = await heldCase(holder, { hukou: 'other', wantsJob: true, business: { form: 'individual', employees: 2 } });
    const transcriptBefore = await t.database.db.$count(messages, eq(messages.conversationId, s.sessionId));
    const res = await body(
      await holder.api.patch(`/api/staff/cases/${caseId}/facts`, { person: { hukou: 'chongqing', wantsJob: true, graduationDate: '2024-07-01', business: { employees: 3 } }, role: 'employer' }),
      200,
    );
    expect(res.changed.sort()).toEqual(['person.business.employees', 'person.graduationDate', 'person.hukou', 'role']);
    const [seeker] = await t.database.db.select().from(seekers).where(eq(seekers.id, seekerId));
    expect(seeker!.facts).toEqual({ hukou: 'chongqing', wantsJob: true, graduationDate: '2024-07-01', business: { form: 'individual', employees: 3 } });
    const [conversation] = await t.database.db.select().from(conversations).where(eq(conversations.id, s.sessionId));
    expect(conversation!.dialogueState).toMatchObject({ role: 'employer', roleSource: 'counsellor' });

    const rows = await t.database.db.select().from(factCorrections).where(eq(factCorrections.seekerId, seekerId));
    const byPath = Object.fromEntries(rows.map((r) => [r.path, r]));
    expect(Object.keys(byPath).sort()).toEqual(res.changed.sort());
    expect(byPath['person.hukou']).toMatchObject({ caseId, conversationId: s.sessionId, actorId: holder.user.id, actorName: '王静', oldValue: 'other', newValue: 'chongqing' });
    expect(byPath['person.graduationDate']).toMatchObject({ oldValue: null, newValue: '2024-07-01' });
    expect(byPath['person.business.employees']).toMatchObject({ oldValue: 2, newValue: 3 });
    expect(byPath.role).toMatchObject({ oldValue: 'seeker', newValue: 'employer' });
    expect(byPath['person.hukou']!.createdAt).toBeInstanceOf(Date);

    // The seeker sees nothing of it; the case page shows it in words.
    expect(await t.database.db.$count(messages, eq(messages.conversationId, s.sessionId))).toBe(transcriptBefore);
    const { dialogue } = await body(await holder.api.get(`/api/staff/cases/${caseId}`), 200);
    expect(dialogue).toMatchObject({ role: 'employer', roleLabel: '用人单位', roleSource: 'counsellor' });
    expect(dialogue.corrections).toContainEqual(expect.objectContaining({ path: 'person.hukou', oldLabel: '外地户籍', newLabel: '重庆市户籍', actorName: '王静' }));

    // The same correction again changes and records nothing.
    const again = await body(await holder.api.patch(`/api/staff/cases/${caseId}/facts`, { person: { hukou: 'chongqing' }, role: 'employer' }), 200);
    expect(again.changed).toEqual([]);
    expect(await t.database.db.$count(factCorrections, eq(factCorrections.seekerId, seekerId))).toBe(rows.length);
  });
});
