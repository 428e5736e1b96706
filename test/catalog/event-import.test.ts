import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../server/db/client.ts';
import { events } from '../../server/db/schema/index.ts';
import { importEvents } from '../../server/catalog/event-import.ts';
import { listEvents } from '../../server/catalog/events.ts';
import { openTestDatabase } from '../support/db.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase({ corpus: true });
});
afterAll(() => database?.close());

const CSV = [
  '活动编号,活动名称,开始日期,结束日期,活动地点,参与部门,活动简介',
  'F1,2026年金秋招聘月渝北专场,2026-10-12,2026-11-05,渝北区人力资源市场,区人力社保局、区总工会,百家企业现场招聘',
  'F2,2026年残疾人专场招聘会,2026-05-15,2026-05-15,渝北区残联,区残联,',
  'F3,没有日期的活动,,,,,',
].join('\n');

describe(`events on ${inject('databaseUnderTest')}`, () => {
  it('has the 附件2 calendar from the corpus: 24 activities of 2022', async () => {
    const r = await listEvents(database, { year: 2022 });
    expect(r.events).toHaveLength(24);
    expect(r.events.every((e) => e.source === 'corpus' && !e.recurring && e.clauseId?.startsWith('yb2022-38:att2.'))).toBe(true);
    const january = await listEvents(database, { year: 2022, month: 1 });
    expect(january.events.map((e) => e.name)).toEqual(expect.arrayContaining(['就业援助月', '春风行动']));
    expect(january.events.every((e) => e.months.includes(1))).toBe(true);
  });

  it('imports events idempotently and lists them with the recurring 附件2 calendar of an earlier year', async () => {
    const r = await importEvents(database, { format: 'csv', data: CSV }, { source: 'centre' });
    expect(r).toMatchObject({ received: 3, inserted: 2, errors: [{ line: 4, field: 'year' }, { line: 4, field: 'months' }] });
    const before = await database.db.select({ u: events.updatedAt }).from(events).orderBy(events.id);
    expect(await importEvents(database, { format: 'csv', data: CSV }, { source: 'centre' })).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    expect(await database.db.select({ u: events.updatedAt }).from(events).orderBy(events.id)).toEqual(before);

    const oct = await listEvents(database, { year: 2026, month: 10 });
    expect(oct.events.filter((e) => !e.recurring).map((e) => e.name)).toEqual(['2026年金秋招聘月渝北专场']);
    expect(oct.events[0]).toMatchObject({ months: [10, 11], startsOn: '2026-10-12', location: '渝北区人力资源市场', departments: ['区人力社保局', '区总工会'] });
    const recurring = oct.events.filter((e) => e.recurring);
    expect(recurring.map((e) => e.name)).toEqual(expect.arrayContaining(['金秋招聘月', '就业帮扶行动周']));
    expect(recurring.every((e) => e.year === 2022)).toBe(true);
    expect(oct.years).toEqual([2022, 2026]);
  });
});
