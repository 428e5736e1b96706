import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { outreachItems } from '../../server/db/schema/index.ts';
import { runOutreachScan } from '../../server/ledger/scan.ts';
import { startOutreachScan } from '../../server/ledger/scan-schedule.ts';
import { createLogger } from '../../server/log.ts';
import { createTestApp } from '../support/app.ts';
import { addVacancies } from '../support/catalog.ts';
import { appFetch, body, caseworkClient } from '../support/casework.ts';
import { signIn } from '../support/staff.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let api: ReturnType<typeof caseworkClient>;
type Staff = Awaited<ReturnType<typeof signIn>> & { api: ReturnType<ReturnType<typeof caseworkClient>['staff']> };
let c1: Staff, c2: Staff, sup: Staff;

const asOf = '2026-09-01';
/** A 2026 graduate from a 低保 family, registered unemployed, able and willing to work. */
const graduate = {
  isCollegeGraduate: true,
  education: 'bachelor',
  graduationDate: '2026-06-30',
  hukou: 'chongqing',
  dibaoFamily: true,
  poorFamilyGraduate: true,
  registeredUnemployed: true,
  employmentStatus: 'unemployed',
  ableToWork: true,
  wantsJob: true,
};

beforeAll(async () => {
  t = await createTestApp({ corpus: false });
  api = caseworkClient(appFetch(t.app));
  const as = async (role: 'counsellor' | 'supervisor', name: string): Promise<Staff> => {
    const s = await signIn(t.database, role, name);
    return { ...s, api: api.staff(s.headers) };
  };
  [c1, c2, sup] = await Promise.all([as('counsellor', '王静'), as('counsellor', '李明'), as('supervisor', '陈督导')]);
});
afterAll(() => t?.close());

const register = async (by: Staff, name: string, phone: string, facts: object) =>
  (await body(await by.api.post('/api/staff/ledger', { name, phone, consent: true, facts }), 201)).seekerId as string;
const itemsOf = (seekerId: string) => t.database.db.select().from(outreachItems).where(eq(outreachItems.seekerId, seekerId)).orderBy(asc(outreachItems.kind), asc(outreachItems.code));

describe(`proactive service scan (主动服务) on ${inject('databaseUnderTest')}`, () => {
  it('finds benefits a ledger seeker appears eligible for and services still owed, with reason and clause — and a second run changes nothing', async () => {
    const seekerId = await register(c1, '宋毕业', '13700000001', graduate);
    const first = await runOutreachScan(t.database, { asOf });
    expect(first).toMatchObject({ asOf, cleared: 0, changed: 0 });
    expect(first.added).toBe(first.found);
    const items = await itemsOf(seekerId);
    const byCode = Object.fromEntries(items.map((i) => [`${i.kind}:${i.code}`, i]));
    expect(byCode['benefit:job_search_startup_subsidy']).toMatchObject({
      counsellorId: c1.user.id,
      clauseId: 'yb2022-38:2.5.3',
      status: 'open',
      firstFoundOn: asOf,
      reason: expect.stringMatching(/离校求职创业补贴（500元\/人）.*高校毕业生.*困难家庭/),
    });
    expect(byCode['service:job_recommendation']).toMatchObject({ clauseId: 'yb2022-38:2.4.1', reason: expect.stringContaining('还差3') });
    expect(byCode['service:policy_briefing']).toBeDefined();
    expect(byCode['benefit:standard_service_package']).toBeUndefined(); // a service, owed through the check instead
    expect(byCode['service:policy_application_help']).toBeUndefined(); // the benefits say which

    const again = await runOutreachScan(t.database, { asOf });
    expect(again).toMatchObject({ found: first.found, added: 0, changed: 0, cleared: 0 });
    expect(await itemsOf(seekerId)).toEqual(items);
  });

  it('clears what was delivered or no longer applies, reopens what comes back, and keeps what staff marked', async () => {
    const seekerId = await register(c1, '韩再来', '13700000002', graduate);
    await runOutreachScan(t.database, { asOf });
    const grassroots = (await itemsOf(seekerId)).find((i) => i.code === 'grassroots_post')!;
    await body(await c1.api.patch(`/api/staff/outreach/${grassroots.id}`, { status: 'contacted', note: '已电话告知基层岗位报名方式' }), 200);

    await body(await c1.api.post(`/api/staff/ledger/${seekerId}/services`, { kind: 'policy_application_help', benefit: 'job_search_startup_subsidy' }), 201);
    const jobIds = await addVacancies(t.database, ['岗位1', '岗位2', '岗位3']);
    for (const [i, refId] of jobIds.entries()) await body(await c1.api.post(`/api/staff/ledger/${seekerId}/services`, { kind: 'job_recommendation', refId, title: `岗位${i + 1}` }), 201);
    await body(await c1.api.patch(`/api/staff/ledger/${seekerId}`, { unsetFacts: ['dibaoFamily', 'poorFamilyGraduate'] }), 200);
    const later = await runOutreachScan(t.database, { asOf: '2026-09-02' });
    expect(later.cleared).toBeGreaterThanOrEqual(2);
    let items = await itemsOf(seekerId);
    const state = (code: string) => items.find((i) => i.code === code)!;
    expect(state('job_search_startup_subsidy').clearedOn).toBe('2026-09-02');
    expect(state('job_recommendation').clearedOn).toBe('2026-09-02');
    expect(state('grassroots_post')).toMatchObject({ status: 'contacted', clearedOn: null, lastFoundOn: '2026-09-02', note: '已电话告知基层岗位报名方式', actedBy: c1.user.id });

    // The help record goes (entered by mistake) and the facts come back: the benefit is open again.
    await body(await c1.api.patch(`/api/staff/ledger/${seekerId}`, { facts: { dibaoFamily: true, poorFamilyGraduate: true } }), 200);
    const record = await body(await c1.api.get(`/api/staff/ledger/${seekerId}`), 200);
    const help = record.services.find((s: any) => s.kind === 'policy_application_help');
    await body(await c1.api.delete(`/api/staff/ledger/${seekerId}/services/${help.id}`), 200);
    await runOutreachScan(t.database, { asOf: '2026-09-03' });
    items = await itemsOf(seekerId);
    expect(state('job_search_startup_subsidy')).toMatchObject({ status: 'open', clearedOn: null, firstFoundOn: asOf, lastFoundOn: '2026-09-03' });
    expect(record.outreach.map((o: any) => o.code)).toContain('grassroots_post');
  });

  it('leaves anonymous chats alone: only ledger seekers are scanned', async () => {
    const s = await api.session();
    const scan = await runOutreachScan(t.database, { asOf });
    const anonymous = await t.database.rows<{ n: number }>(
      (await import('drizzle-orm')).sql`select count(*)::int as n from outreach_items o join conversations c on c.seeker_id = o.seeker_id where c.id = ${s.sessionId}`,
    );
    expect(anonymous[0]!.n).toBe(0);
    expect(scan.seekers).toBeGreaterThan(0);
  });

  it('lists per counsellor who to reach out to; supervisors see everyone and run the scan; counsellors see their own', async () => {
    const mine = await register(c1, '曹一', '13700000003', graduate);
    const theirs = await register(c2, '曹二', '13700000004', graduate);
    const unassigned = await register(sup, '曹三', '13700000005', graduate);
    expect((await c1.api.post('/api/staff/outreach/scan', {})).status).toBe(403);
    const scan = await body(await sup.api.post('/api/staff/outreach/scan', { asOf }), 200);
    expect(scan).toMatchObject({ asOf, seekers: expect.any(Number) });
    expect((await body(await sup.api.post('/api/staff/outreach/scan', { asOf: '2026-9-1' }), 400)).error.field).toBe('asOf');

    const own = await body(await c1.api.get('/api/staff/outreach'), 200);
    expect(own.groups).toHaveLength(1);
    expect(own.groups[0].counsellor).toMatchObject({ id: c1.user.id, displayName: '王静' });
    const seekerIds = own.groups[0].seekers.map((x: any) => x.seeker.id);
    expect(seekerIds).toContain(mine);
    expect(seekerIds).not.toContain(theirs);
    const entry = own.groups[0].seekers.find((x: any) => x.seeker.id === mine);
    expect(entry.seeker).toMatchObject({ name: '曹*', phone: '137****0003' });
    expect(entry.items[0]).toMatchObject({ reason: expect.any(String), clauseId: expect.stringMatching(/^yb2022-38:/), status: 'open' });
    expect((await c1.api.get(`/api/staff/outreach?counsellorId=${c2.user.id}`)).status).toBe(403);

    const all = await body(await sup.api.get('/api/staff/outreach'), 200);
    const groups = all.groups.map((g: any) => g.counsellor?.id ?? null);
    expect(groups).toEqual(expect.arrayContaining([c1.user.id, c2.user.id, null]));
    expect(all.groups.find((g: any) => g.counsellor === null).seekers.map((x: any) => x.seeker.id)).toContain(unassigned);
    const contacted = await body(await sup.api.get(`/api/staff/outreach?counsellorId=${c2.user.id}&status=contacted`), 200);
    expect(contacted.groups).toEqual([]);
    expect((await body(await c1.api.patch('/api/staff/outreach/00000000-0000-4000-8000-000000000000', { status: 'dismissed' }), 404)).error.code).toBe('not_found');
    expect((await body(await c1.api.patch(`/api/staff/outreach/${entry.items[0].id}`, { status: 'done' }), 400)).error.field).toBe('status');
  });

  it('runs on a schedule and stops cleanly', async () => {
    const log = createLogger('silent');
    const schedule = startOutreachScan({ database: t.database, intervalMs: 60_000, log, firstAfterMs: 10 });
    const manual = await schedule.scanNow();
    expect(manual.seekers).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    await schedule.stop();
  });
});
