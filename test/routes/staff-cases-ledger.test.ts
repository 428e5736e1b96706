import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessLog, conversations, followUps, seekers } from '../../server/db/schema/index.ts';
import { addDays, today } from '../../server/rules/dates.ts';
import { addWorkingDays } from '../../server/rules/service-standard.ts';
import { createTestApp } from '../support/app.ts';
import { appFetch, body, caseworkClient, type Session } from '../support/casework.ts';
import { addCourses, addVacancies } from '../support/catalog.ts';
import { signIn } from '../support/staff.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let api: ReturnType<typeof caseworkClient>;
type Staff = Awaited<ReturnType<typeof signIn>> & { api: ReturnType<ReturnType<typeof caseworkClient>['staff']> };
let c1: Staff, c2: Staff, sup: Staff, clerk: Staff;

beforeAll(async () => {
  t = await createTestApp({ chatLimits: { sessionsPerIpPerHour: 10_000, messagesPerSessionPerMinute: 1000, messagesPerIpPerMinute: 10_000 } });
  api = caseworkClient(appFetch(t.app));
  const as = async (role: 'counsellor' | 'supervisor' | 'staff', name: string): Promise<Staff> => {
    const s = await signIn(t.database, role, name);
    return { ...s, api: api.staff(s.headers) };
  };
  [c1, c2, sup, clerk] = await Promise.all([as('counsellor', '王静'), as('counsellor', '李明'), as('supervisor', '陈督导'), as('staff', '刘工作人员')]);
});
afterAll(() => t?.close());

const seekerOf = async (s: Session) => (await t.database.db.select().from(conversations).where(eq(conversations.id, s.sessionId)))[0]!.seekerId;
const identify = (s: Session, payload: object) =>
  t.app.request(`/api/chat/sessions/${s.sessionId}/identity`, {
    method: 'POST',
    headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });

/** A seeker who identified in the chat, asked for a person and was claimed by `by`. */
async function servedSeeker(by: Staff, name: string, phone: string) {
  const s = await api.session();
  await body(await identify(s, { name, phone, consent: true }), 200);
  const r = await api.say(s, '我要转人工');
  await body(await by.api.post(`/api/staff/cases/${r.handoff.caseId}/claim`), 200);
  return { s, caseId: r.handoff.caseId as string, seekerId: await seekerOf(s) };
}

describe(`real-name ledger on ${inject('databaseUnderTest')}`, () => {
  it('links an anonymous chat to a ledger record when the seeker identifies with consent', async () => {
    const s = await api.session();
    expect((await body(await identify(s, { name: '赵小燕', phone: '13812345678' }), 400)).error.field).toBe('consent');
    expect((await body(await identify(s, { name: '赵小燕', phone: '13812345678', consent: 'yes' }), 400)).error.field).toBe('consent');
    expect((await body(await identify(s, { name: '赵小燕', phone: '1381234', consent: true }), 400)).error.field).toBe('phone');
    expect((await body(await identify(s, { name: '赵', phone: '13812345678', consent: true }), 400)).error.field).toBe('name');
    expect((await body(await identify(s, { name: '赵小燕', phone: '13812345678', idNumber: '110105199003072427', consent: true }), 400)).error.field).toBe('idNumber');
    expect((await identify({ ...s, token: 'wrong' }, { name: '赵小燕', phone: '13812345678', consent: true })).status).toBe(401);

    const saved = await body(await identify(s, { name: '赵小燕', phone: '138 1234 5678', idNumber: '110105199003072426', consent: true }), 200);
    expect(saved).toMatchObject({ identified: true, name: '赵**', phone: '138****5678', idNumber: '110*************26', identityConsentAt: expect.any(String) });
    const [row] = await t.database.db.select().from(seekers).where(eq(seekers.id, await seekerOf(s)));
    expect(row).toMatchObject({ name: '赵小燕', phone: '13812345678', idNumber: '110105199003072426', identityConsentAt: expect.any(Date) });
    expect(row!.facts).toMatchObject({ birthDate: '1990-03-07', gender: 'female' });

    // In the ledger list, by full name, full phone or the last four digits — always masked. Nobody
    // serves this person yet: a supervisor sees them (to assign a counsellor), a counsellor does not.
    expect((await body(await c1.api.get('/api/staff/ledger?q=5678'), 200)).items.map((i: any) => i.seekerId)).not.toContain(row!.id);
    expect((await c1.api.get(`/api/staff/ledger/${row!.id}`)).status).toBe(403);
    for (const q of ['赵小燕', '13812345678', '5678']) {
      const list = await body(await sup.api.get(`/api/staff/ledger?q=${encodeURIComponent(q)}`), 200);
      const item = list.items.find((i: any) => i.seekerId === row!.id);
      expect(item).toMatchObject({ name: '赵**', phone: '138****5678', identified: true });
      expect(JSON.stringify(list)).not.toContain('13812345678');
      expect(JSON.stringify(list)).not.toContain('赵小燕');
    }
    const record = await body(await sup.api.get(`/api/staff/ledger/${row!.id}`), 200);
    expect(record.seeker).toMatchObject({ name: '赵**', phone: '138****5678', idNumber: '110*************26', identified: true });
    expect(JSON.stringify(record)).not.toContain('13812345678');
  });

  it('shows the full identity only to a responsible counsellor or a supervisor, writing each view to the access log', async () => {
    const { seekerId } = await servedSeeker(c1, '钱多多', '13900001111');
    const reveal = (who: Staff, payload: object = { reason: '电话回访求职结果' }) => who.api.post(`/api/staff/ledger/${seekerId}/identity`, payload);
    expect((await body(await reveal(c2), 403)).error.message).toContain('自己负责');
    expect((await reveal(clerk)).status).toBe(403);
    expect((await body(await reveal(c1, { reason: '看' }), 400)).error.field).toBe('reason');
    expect((await body(await reveal(c1, {}), 400)).error.field).toBe('reason');
    expect(await t.database.db.$count(accessLog, eq(accessLog.seekerId, seekerId))).toBe(0);

    const full = await body(await reveal(c1), 200);
    expect(full).toMatchObject({ name: '钱多多', phone: '13900001111', idNumber: null, fields: ['name', 'phone'] });
    await body(await reveal(sup, { reason: '督导抽查服务记录' }), 200);
    const log = await t.database.db.select().from(accessLog).where(eq(accessLog.seekerId, seekerId)).orderBy(accessLog.id);
    expect(log.map((l) => [l.actorId, l.actorRole, l.action, l.fields, l.reason, l.route])).toEqual([
      [c1.user.id, 'counsellor', 'view_identity', ['name', 'phone'], '电话回访求职结果', 'POST /api/staff/ledger/:id/identity'],
      [sup.user.id, 'supervisor', 'view_identity', ['name', 'phone'], '督导抽查服务记录', 'POST /api/staff/ledger/:id/identity'],
    ]);
    await expect(t.database.db.execute(sql`update access_log set reason = 'x' where seeker_id = ${seekerId}`)).rejects.toThrow();
  });

  it('says what the service standard still owes, fills itself from the chat and the counsellor, and takes services by hand', async () => {
    const { s, caseId, seekerId } = await servedSeeker(c1, '孙立', '13900002222');
    await body(await c1.api.post(`/api/staff/cases/${caseId}/messages`, { text: '您好，我是职业指导员王静。' }), 201);
    await body(await c1.api.post(`/api/staff/cases/${caseId}/hand-back`), 200);
    await api.say(s, '公益性岗位是给什么人的？');
    // Facts the counsellor learns on the call: able and willing to work, wants training.
    await body(await c1.api.patch(`/api/staff/ledger/${seekerId}`, { facts: { ableToWork: true, wantsJob: true, wantsTraining: true }, intent: '仓库管理', skills: ['叉车'] }), 200);

    let record = await body(await c1.api.get(`/api/staff/ledger/${seekerId}`), 200);
    const status = (code: string) => record.serviceStandard.items.find((i: any) => i.code === code);
    expect(record.profile).toMatchObject({ intent: '仓库管理', skills: ['叉车'], trainingNeed: '有技能培训需求' });
    expect(record.services.map((x: any) => x.kind)).toEqual(expect.arrayContaining(['career_guidance', 'policy_briefing']));
    expect(record.services.find((x: any) => x.kind === 'career_guidance').deliveredBy).toMatchObject({ displayName: '王静' });
    expect(status('policy_briefing')).toMatchObject({ status: 'done', clauseId: 'yb2022-38:2.4.1' });
    expect(status('career_guidance')).toMatchObject({ status: 'done' });
    expect(status('job_recommendation')).toMatchObject({ status: 'outstanding', required: 3, delivered: 0, remaining: 3 });
    expect(status('training_recommendation')).toMatchObject({ status: 'outstanding', remaining: 3 });
    expect(record.serviceStandard.complete).toBe(false);

    const jobTitles = ['仓库管理员', '叉车司机', '理货员'];
    const jobIds = await addVacancies(t.database, jobTitles);
    const [courseId] = await addCourses(t.database, ['叉车司机培训']);
    // An id nobody has in the catalogue, typed by hand, is refused naming the field.
    const unknownRef = await body(await c1.api.post(`/api/staff/ledger/${seekerId}/services`, { kind: 'job_recommendation', refId: 'NOT-A-REAL-ID', title: '仓库管理员' }), 400);
    expect(unknownRef.error).toMatchObject({ field: 'refId', message: expect.stringContaining('找不到这个岗位') });
    expect((await body(await c1.api.post(`/api/staff/ledger/${seekerId}/services`, { kind: 'course_recommendation', refId: jobIds[0], title: '叉车司机培训' }), 400)).error.field).toBe('refId');
    for (const [i, title] of jobTitles.entries()) {
      await body(await c1.api.post(`/api/staff/ledger/${seekerId}/services`, { kind: 'job_recommendation', refId: jobIds[i], title, employer: '渝北物流园' }), 201);
    }
    await body(await c1.api.post(`/api/staff/ledger/${seekerId}/services`, { kind: 'course_recommendation', refId: courseId, title: '叉车司机培训' }), 201);
    expect((await body(await c1.api.post(`/api/staff/ledger/${seekerId}/services`, { kind: 'job_recommendation', title: 'x' }), 400)).error.field).toBe('refId');
    expect((await body(await c1.api.post(`/api/staff/ledger/${seekerId}/services`, { kind: 'haircut' }), 400)).error.field).toBe('kind');
    record = await body(await c1.api.get(`/api/staff/ledger/${seekerId}`), 200);
    expect(status('job_recommendation')).toMatchObject({ status: 'done', delivered: 3, remaining: 0 });
    expect(status('training_recommendation')).toMatchObject({ status: 'outstanding', delivered: 1, remaining: 2 });
    expect(record.serviceStandard.outstanding.map((o: any) => o.code)).toContain('training_recommendation');

    // A wrong record comes off again.
    const wrong = record.services.find((x: any) => x.refId === courseId);
    await body(await c1.api.delete(`/api/staff/ledger/${seekerId}/services/${wrong.id}`), 200);
    expect((await body(await c1.api.delete(`/api/staff/ledger/${seekerId}/services/${wrong.id}`), 404)).error.code).toBe('not_found');
  });

  it('tracks unemployment registration against its 7-working-day deadline: pending, overdue, done late', async () => {
    const { seekerId } = await servedSeeker(c2, '周一鸣', '13900003333');
    const appliedOn = addDays(today(), -30);
    const due = addWorkingDays(appliedOn, 7).date;
    const created = await body(await c2.api.post(`/api/staff/ledger/${seekerId}/services`, { kind: 'unemployment_registration', appliedOn }), 201);
    expect(created.record).toMatchObject({ kind: 'unemployment_registration', refId: appliedOn, dueOn: due, completedOn: null });
    let record = await body(await c2.api.get(`/api/staff/ledger/${seekerId}`), 200);
    const registration = () => record.serviceStandard.items.find((i: any) => i.code === 'unemployment_registration');
    expect(registration()).toMatchObject({ status: 'outstanding', dueBy: due, overdue: true, appliedOn });
    expect(record.profile.facts.unemploymentRegistrationAppliedOn).toBe(appliedOn);

    const completedOn = addDays(due, 2);
    await body(await c2.api.patch(`/api/staff/ledger/${seekerId}/services/${created.record.id}`, { completedOn }), 200);
    record = await body(await c2.api.get(`/api/staff/ledger/${seekerId}`), 200);
    expect(registration()).toMatchObject({ status: 'done', dueBy: due, completedOn, late: true });
    expect(record.profile.facts.registeredUnemployed).toBe(true);
  });

  it('counts 7 working days over the published holiday calendar', async () => {
    const { seekerId } = await servedSeeker(c2, '吴国庆', '13900004444');
    // Applied on Monday 2025-09-29: 9-30 is a working day, 10-1…10-8 the National Day holiday, 10-11 a make-up Saturday.
    const created = await body(await c2.api.post(`/api/staff/ledger/${seekerId}/services`, { kind: 'unemployment_registration', appliedOn: '2025-09-29', completedOn: '2025-10-10' }), 201);
    expect(created.record.dueOn).toBe(addWorkingDays('2025-09-29', 7).date);
    expect(created.record.dueOn > '2025-10-10').toBe(true);
  });

  it('edits the profile: facts validated and merged, a fact made unknown again; only supervisors reassign the counsellor', async () => {
    const { seekerId } = await servedSeeker(c1, '郑好', '13900005555');
    expect((await body(await c1.api.patch(`/api/staff/ledger/${seekerId}`, { facts: { hukou: 'beijing' } }), 400)).error.field).toBe('facts.hukou');
    expect((await body(await c1.api.patch(`/api/staff/ledger/${seekerId}`, { employmentStatus: 'retired' }), 400)).error.field).toBe('employmentStatus');
    let record = await body(await c1.api.patch(`/api/staff/ledger/${seekerId}`, { facts: { hukou: 'chongqing', dibaoFamily: true }, employmentStatus: 'unemployed' }), 200);
    expect(record.profile).toMatchObject({ employmentStatus: 'unemployed', facts: { hukou: 'chongqing', dibaoFamily: true } });
    record = await body(await c1.api.patch(`/api/staff/ledger/${seekerId}`, { unsetFacts: ['dibaoFamily'] }), 200);
    expect(record.profile.facts).not.toHaveProperty('dibaoFamily');
    expect((await c1.api.patch(`/api/staff/ledger/${seekerId}`, { counsellorId: c2.user.id })).status).toBe(403);
    record = await body(await sup.api.patch(`/api/staff/ledger/${seekerId}`, { counsellorId: c2.user.id }), 200);
    expect(record.seeker.counsellor).toMatchObject({ id: c2.user.id, displayName: '李明' });
    expect((await clerk.api.get(`/api/staff/ledger/${seekerId}`)).status).toBe(403);
  });

  it('writes an assistance plan with steps and due dates, and changes it as it goes', async () => {
    const { caseId, seekerId } = await servedSeeker(c1, '冯帆', '13900006666');
    const plan = await body(
      await c1.api.post(`/api/staff/ledger/${seekerId}/plans`, {
        goals: '三个月内实现稳定就业',
        caseId,
        steps: [
          { text: '推荐3个仓储岗位', dueOn: addDays(today(), 7) },
          { text: '报名叉车培训', dueOn: addDays(today(), 14), owner: '王静' },
        ],
      }),
      201,
    );
    expect(plan.plan).toMatchObject({ seekerId, caseId, ownerId: c1.user.id, status: 'active', steps: [{ text: '推荐3个仓储岗位' }, { owner: '王静' }] });
    expect((await body(await c1.api.post(`/api/staff/ledger/${seekerId}/plans`, { goals: '', steps: [] }), 400)).error.field).toBe('goals');
    expect((await body(await c1.api.post(`/api/staff/ledger/${seekerId}/plans`, { goals: 'x', steps: [{ dueOn: '2026-13-01', text: 'a' }] }), 400)).error.field).toBe('steps.0.dueOn');
    const steps = [{ ...plan.plan.steps[0], doneAt: today() }, plan.plan.steps[1]];
    const updated = await body(await c1.api.patch(`/api/staff/plans/${plan.plan.id}`, { steps, status: 'completed' }), 200);
    expect(updated.plan).toMatchObject({ status: 'completed', steps: [{ doneAt: today() }, { text: '报名叉车培训' }] });
    expect((await body(await c1.api.patch('/api/staff/plans/00000000-0000-4000-8000-000000000000', { status: 'completed' }), 404)).error.code).toBe('not_found');
    const record = await body(await c1.api.get(`/api/staff/ledger/${seekerId}`), 200);
    expect(record.plans.map((p: any) => p.id)).toEqual([plan.plan.id]);
  });

  it('lists a counsellor’s follow-ups due today and overdue, records what each found, and books the next', async () => {
    const { seekerId } = await servedSeeker(c1, '陈回访', '13900007777');
    const asOf = today();
    const schedule = (dueOn: string, note: string) => c1.api.post(`/api/staff/ledger/${seekerId}/follow-ups`, { dueOn, note });
    // A follow-up is booked for today or later; one already overdue was booked days ago.
    expect((await body(await schedule(addDays(asOf, -3), '询问面试结果'), 400)).error).toMatchObject({ field: 'dueOn', message: expect.stringContaining('不能早于今天') });
    const [late] = await t.database.db.insert(followUps).values({ seekerId, counsellorId: c1.user.id, dueOn: addDays(asOf, -3), note: '询问面试结果' }).returning();
    const overdue = { followUp: late! };
    const dueToday = await body(await schedule(asOf, '确认培训报名'), 201);
    await body(await schedule(addDays(asOf, 3), '回访就业稳定情况'), 201);
    await body(await schedule(addDays(asOf, 30), '下月回访'), 201);
    expect(overdue.followUp.counsellorId).toBe(c1.user.id);

    const mine = await body(await c1.api.get('/api/staff/follow-ups'), 200);
    const ofSeeker = (list: any[]) => list.filter((f) => f.seekerId === seekerId);
    expect(ofSeeker(mine.overdue)).toEqual([expect.objectContaining({ id: overdue.followUp.id, daysOverdue: 3, note: '询问面试结果', seeker: expect.objectContaining({ name: '陈**', phone: '139****7777' }) })]);
    expect(ofSeeker(mine.dueToday).map((f: any) => f.id)).toEqual([dueToday.followUp.id]);
    expect(ofSeeker(mine.upcoming)).toHaveLength(1);
    expect(ofSeeker((await body(await c2.api.get('/api/staff/follow-ups'), 200)).overdue)).toEqual([]);
    expect((await c2.api.get(`/api/staff/follow-ups?counsellorId=${c1.user.id}`)).status).toBe(403);
    expect(ofSeeker((await body(await sup.api.get(`/api/staff/follow-ups?counsellorId=all`), 200)).overdue)).toHaveLength(1);

    const done = await body(await c1.api.post(`/api/staff/follow-ups/${overdue.followUp.id}/complete`, { outcome: '已参加两次面试，等待结果', employmentStatus: 'unemployed', nextDueOn: addDays(asOf, 7) }), 200);
    expect(done.followUp).toMatchObject({ outcome: '已参加两次面试，等待结果', doneAt: expect.any(String) });
    expect(done.next).toMatchObject({ dueOn: addDays(asOf, 7), counsellorId: c1.user.id });
    expect((await body(await c1.api.post(`/api/staff/follow-ups/${overdue.followUp.id}/complete`, { outcome: '重复' }), 409)).error.code).toBe('follow_up_done');
    expect(ofSeeker((await body(await c1.api.get('/api/staff/follow-ups'), 200)).overdue)).toEqual([]);
  });

  it('registers a person met outside the chat, refuses a second record for one phone, and links a chat to the record', async () => {
    const created = await body(
      await c2.api.post('/api/staff/ledger', { name: '黄大年', phone: '13900008888', consent: true, employmentStatus: 'unemployed', facts: { isCollegeGraduate: true, hukou: 'chongqing' } }),
      201,
    );
    expect(created).toMatchObject({ name: '黄**', phone: '139****8888' });
    expect((await body(await c2.api.post('/api/staff/ledger', { name: '黄大年', phone: '13900008888', consent: true }), 409)).error.field).toBe('phone');
    expect((await body(await c2.api.post('/api/staff/ledger', { name: '黄大年', phone: '13900008889' }), 400)).error.field).toBe('consent');
    const [row] = await t.database.db.select().from(seekers).where(eq(seekers.id, created.seekerId));
    expect(row).toMatchObject({ counsellorId: c2.user.id, identityConsentAt: expect.any(Date) });

    // The same person later chats anonymously and identifies with the same phone: staff see the match and link it.
    const s = await api.session();
    await api.say(s, '我是今年毕业的大学生，本科，还没找到工作');
    await body(await identify(s, { name: '黄大年', phone: '13900008888', consent: true }), 200);
    const chatSeeker = await seekerOf(s);
    const [chatRow] = await t.database.db.select().from(seekers).where(eq(seekers.id, chatSeeker));
    expect(chatRow!.facts).not.toHaveProperty('hukou'); // nothing of the record reached the anonymous chat
    const record = await body(await c2.api.get(`/api/staff/ledger/${created.seekerId}`), 200);
    expect(record.possibleDuplicates.map((d: any) => d.seekerId)).toContain(chatSeeker);
    expect((await body(await c2.api.post(`/api/staff/ledger/${chatSeeker}/link`, { intoSeekerId: chatSeeker }), 400)).error.field).toBe('intoSeekerId');
    await body(await c2.api.post(`/api/staff/ledger/${chatSeeker}/link`, { intoSeekerId: created.seekerId }), 200);
    expect(await seekerOf(s)).toBe(created.seekerId);
    expect(await t.database.db.$count(seekers, eq(seekers.id, chatSeeker))).toBe(0);
    const linked = await body(await c2.api.get(`/api/staff/ledger/${created.seekerId}`), 200);
    expect(linked.profile.facts).toMatchObject({ hukou: 'chongqing', isCollegeGraduate: true, graduationDate: expect.any(String) });
    expect(linked.services.map((x: any) => x.kind)).toContain('policy_briefing');
    // The seeker's chat carries on under the ledger record.
    expect((await api.say(s, '见习补贴每个月多少钱？')).status).toBe('answered');
  });

  it('counts closing outcomes against the plan’s targets', async () => {
    const year = Number(today().slice(0, 4));
    const grad = await servedSeeker(c1, '林毕业', '13900009999');
    await body(await c1.api.patch(`/api/staff/ledger/${grad.seekerId}`, { facts: { isCollegeGraduate: true, graduationDate: `${year}-06-30` } }), 200);
    const difficult = await servedSeeker(c1, '何困难', '13900000001');
    await body(await c1.api.patch(`/api/staff/ledger/${difficult.seekerId}`, { facts: { dibaoFamily: true, zeroEmploymentFamily: true } }), 200);
    const before = await body(await sup.api.get('/api/staff/outcomes'), 200);
    const target = (r: any, code: string) => r.targets.find((x: any) => x.code === code);
    expect(target(before, 'zero_employment_families').actual).toBeGreaterThanOrEqual(1);

    await body(await c1.api.post(`/api/staff/cases/${grad.caseId}/resolve`, { outcome: 'employed' }), 200);
    await body(await c1.api.post(`/api/staff/cases/${difficult.caseId}/resolve`, { outcome: 'public_welfare_post' }), 200);
    const after = await body(await c1.api.get(`/api/staff/outcomes?year=${year}`), 200);
    expect(after.year).toBe(year);
    expect(after.outcomes.cases.employed).toBe(before.outcomes.cases.employed + 1);
    expect(after.outcomes.cases.public_welfare_post).toBe(before.outcomes.cases.public_welfare_post + 1);
    expect(target(after, 'graduate_employment_rate')).toMatchObject({ target: 0.9, clauseId: 'yb2022-38:1.3' });
    expect(target(after, 'graduate_employment_rate').of.employed).toBe(target(before, 'graduate_employment_rate').of.employed + 1);
    expect(target(after, 'difficulty_persons_employed')).toMatchObject({ target: 3500, actual: target(before, 'difficulty_persons_employed').actual + 1 });
    expect(target(after, 'zero_employment_families').actual).toBe(target(before, 'zero_employment_families').actual - 1);
    expect((await clerk.api.get('/api/staff/outcomes')).status).toBe(403);
  });
});
