/**
 * Issue 16 (forms): what casework forms must refuse, each a 400 naming the field in Chinese, with
 * nothing stored — follow-ups and plan steps in the past or years ahead, services dated in the
 * future, a recommended vacancy or course that is not in the catalogue, text over its limit.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assistancePlans, followUps, serviceRecords } from '../../../server/db/schema/index.ts';
import { addDays, today } from '../../../server/rules/dates.ts';
import { createTestApp } from '../../support/app.ts';
import { appFetch, body, caseworkClient } from '../../support/casework.ts';
import { addCourses, addVacancies } from '../../support/catalog.ts';
import { signIn } from '../../support/staff.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: ReturnType<ReturnType<typeof caseworkClient>['staff']>;
let seekerId: string;

beforeAll(async () => {
  t = await createTestApp({ corpus: false });
  const c = await signIn(t.database, 'counsellor', '周指导');
  staff = caseworkClient(appFetch(t.app)).staff(c.headers);
  seekerId = (await body(await staff.post('/api/staff/ledger', { name: '孙表单', phone: '13600001111', consent: true }), 201)).seekerId;
});
afterAll(() => t?.close());

const l = () => `/api/staff/ledger/${seekerId}`;
const stored = async () => ({
  followUps: await t.database.db.$count(followUps, eq(followUps.seekerId, seekerId)),
  services: await t.database.db.$count(serviceRecords, eq(serviceRecords.seekerId, seekerId)),
});

describe(`casework form checks on ${inject('databaseUnderTest')}`, () => {
  it('books follow-ups from today to a year ahead; a past or far date is refused under 回访日期', async () => {
    const now = today();
    const before = await stored();
    const past = await body(await staff.post(`${l()}/follow-ups`, { dueOn: '2020-01-15' }), 400);
    expect(past.error).toEqual({ code: 'bad_request', field: 'dueOn', message: `回访日期：不能早于今天（${now}）` });
    const far = await body(await staff.post(`${l()}/follow-ups`, { dueOn: addDays(now, 400) }), 400);
    expect(far.error).toMatchObject({ field: 'dueOn', message: expect.stringContaining(`不能晚于 ${addDays(now, 366)}`) });
    const bad = await body(await staff.post(`${l()}/follow-ups`, { dueOn: '2026-02-30' }), 400);
    expect(bad.error).toMatchObject({ field: 'dueOn', message: expect.stringContaining('回访日期') });
    expect(await stored()).toEqual(before);

    const ok = await body(await staff.post(`${l()}/follow-ups`, { dueOn: now, note: '今天电话回访' }), 201);
    const next = await body(await staff.post(`/api/staff/follow-ups/${ok.followUp.id}/complete`, { outcome: '已面试', nextDueOn: addDays(now, -1) }), 400);
    expect(next.error).toMatchObject({ field: 'nextDueOn', message: expect.stringContaining('下次回访日期') });
    // the refused completion wrote nothing: the follow-up is still open and can be completed
    await body(await staff.post(`/api/staff/follow-ups/${ok.followUp.id}/complete`, { outcome: '已面试', nextDueOn: addDays(now, 14) }), 200);
  });

  it('refuses a plan step dated in the past, but keeps a step the plan already had running late', async () => {
    const now = today();
    const past = await body(await staff.post(`${l()}/plans`, { goals: '三个月内实现就业', steps: [{ text: '推荐岗位', dueOn: addDays(now, 7) }, { text: '报名培训', dueOn: '2020-01-15' }] }), 400);
    expect(past.error).toMatchObject({ field: 'steps.1.dueOn', message: expect.stringContaining('步骤期限（第2项）') });
    const plan = (await body(await staff.post(`${l()}/plans`, { goals: '三个月内实现就业', steps: [{ text: '推荐岗位', dueOn: addDays(now, 7) }] }), 201)).plan;
    // A step that became overdue (as if written weeks ago) is kept as it was on the next save.
    const late = addDays(now, -10);
    await t.database.db.update(assistancePlans).set({ steps: [{ text: '推荐岗位', dueOn: late }] }).where(eq(assistancePlans.id, plan.id));
    await body(await staff.patch(`/api/staff/plans/${plan.id}`, { steps: [{ text: '推荐岗位', dueOn: late, doneAt: now }] }), 200);
    const moved = await body(await staff.patch(`/api/staff/plans/${plan.id}`, { steps: [{ text: '推荐岗位', dueOn: addDays(late, -1) }] }), 400);
    expect(moved.error.field).toBe('steps.0.dueOn');
    const long = await body(await staff.patch(`/api/staff/plans/${plan.id}`, { goals: '长'.repeat(1001) }), 400);
    expect(long.error).toEqual({ code: 'bad_request', field: 'goals', message: '援助目标：不能超过1000个字' });
  });

  it('refuses a service dated in the future, a registration completed before it was applied for', async () => {
    const now = today();
    const before = await stored();
    const future = await body(await staff.post(`${l()}/services`, { kind: 'career_guidance', deliveredOn: '2030-01-01' }), 400);
    expect(future.error).toEqual({ code: 'bad_request', field: 'deliveredOn', message: `服务日期：不能晚于今天（${now}）` });
    const early = await body(await staff.post(`${l()}/services`, { kind: 'unemployment_registration', appliedOn: addDays(now, -5), completedOn: addDays(now, -6) }), 400);
    expect(early.error).toMatchObject({ field: 'completedOn', message: expect.stringContaining('不能早于申请日期') });
    const note = await body(await staff.post(`${l()}/services`, { kind: 'career_guidance', note: '字'.repeat(501) }), 400);
    expect(note.error).toMatchObject({ field: 'note', message: '备注：不能超过500个字' });
    expect(await stored()).toEqual(before);

    const reg = (await body(await staff.post(`${l()}/services`, { kind: 'unemployment_registration', appliedOn: addDays(now, -5) }), 201)).record;
    const done = await body(await staff.patch(`${l()}/services/${reg.id}`, { completedOn: addDays(now, -6) }), 400);
    expect(done.error).toMatchObject({ field: 'completedOn', message: expect.stringContaining('办结日期') });
    expect((await body(await staff.patch(`${l()}/services/${reg.id}`, { completedOn: addDays(now, 1) }), 400)).error.field).toBe('completedOn');
    await body(await staff.patch(`${l()}/services/${reg.id}`, { completedOn: now }), 200);
  });

  it('takes a recommendation only for a vacancy or course in the catalogue', async () => {
    const [vacancyId] = await addVacancies(t.database, ['仓储主管']);
    const [courseId] = await addCourses(t.database, ['电工培训']);
    const before = await stored();
    const typed = await body(await staff.post(`${l()}/services`, { kind: 'job_recommendation', refId: 'NOT-A-REAL-ID', title: '仓储主管' }), 400);
    expect(typed.error).toEqual({ code: 'bad_request', field: 'refId', message: '推荐的岗位或课程：找不到这个岗位，请从列表中选择' });
    const wrongKind = await body(await staff.post(`${l()}/services`, { kind: 'course_recommendation', refId: vacancyId, title: '仓储主管' }), 400);
    expect(wrongKind.error.message).toContain('找不到这个课程');
    expect(await stored()).toEqual(before);
    await body(await staff.post(`${l()}/services`, { kind: 'job_recommendation', refId: vacancyId, title: '仓储主管', employer: '渝北物流园' }), 201);
    await body(await staff.post(`${l()}/services`, { kind: 'course_recommendation', refId: courseId, title: '电工培训' }), 201);
    expect((await stored()).services).toBe(before.services + 2);
  });
});
