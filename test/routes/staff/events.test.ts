import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp } from '../../support/app.ts';
import { signIn } from '../../support/staff.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp({ corpus: true });
  staff = (await signIn(t.database, 'staff')).headers;
});
afterAll(() => t?.close());

const importEvents = (body: unknown) =>
  t.app.request('/api/staff/events/import', { method: 'POST', headers: { ...staff, 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe(`staff event import on ${inject('databaseUnderTest')}`, () => {
  it('imports events that then show in the public calendar', async () => {
    const res = await importEvents({
      source: 'centre',
      data: [
        { 活动编号: 'E1', 活动名称: '2027年春风行动渝北专场招聘会', 开始日期: '2027-02-20', 结束日期: '2027-02-20', 活动地点: '渝北区人力资源市场' },
        { 活动编号: 'E2', 活动名称: '没有年份' },
      ],
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ inserted: 1, errors: [{ line: 2, field: 'year' }, { line: 2, field: 'months' }] });
    const cal = (await (await t.app.request('/api/events?year=2027&month=2')).json()) as { events: Record<string, any>[] };
    expect(cal.events[0]).toMatchObject({ name: '2027年春风行动渝北专场招聘会', source: 'centre', recurring: false, months: [2] });
    expect(cal.events.slice(1).every((e) => e.recurring && e.source === 'corpus')).toBe(true);
  });

  it('will not write into the corpus calendar', async () => {
    const res = await importEvents({ source: 'corpus', data: [] });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error).toMatchObject({ field: 'source', message: expect.stringContaining('保留') });
  });
});
