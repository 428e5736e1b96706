import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { today } from '../../server/rules/dates.ts';
import { createTestApp } from '../support/app.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ corpus: true });
});
afterAll(() => t?.close());

describe(`GET /api/events on ${inject('databaseUnderTest')}`, () => {
  it('lists the 附件2 calendar of a year and month', async () => {
    const res = await t.app.request('/api/events?year=2022&month=4');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { year: number; month: number; events: Record<string, any>[]; years: number[] };
    expect(body).toMatchObject({ year: 2022, month: 4, years: [2022] });
    expect(body.events.map((e) => e.name)).toEqual(expect.arrayContaining(['民营企业招聘月', '公共就业服务“五进”活动']));
    expect(body.events.every((e) => e.months.includes(4) && e.clauseId.startsWith('yb2022-38:att2.') && !e.recurring)).toBe(true);
  });

  it('defaults to this year, showing the plan’s calendar as the recurring programme', async () => {
    const body = (await (await t.app.request('/api/events')).json()) as { year: number; events: Record<string, any>[] };
    expect(body.year).toBe(Number(today().slice(0, 4)));
    expect(body.events).toHaveLength(24);
    expect(body.events.every((e) => e.recurring && e.year === 2022)).toBe(true);
  });

  it.each([
    ['/api/events?year=abc', 'year'],
    ['/api/events?year=1999', 'year'],
    ['/api/events?month=13', 'month'],
    ['/api/events?month=0', 'month'],
  ])('%s → 400 naming %s', async (path, field) => {
    const res = await t.app.request(path);
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error).toMatchObject({ code: 'bad_request', field });
  });
});
