import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp } from '../../support/app.ts';
import { signIn } from '../../support/staff.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp({ corpus: false });
  staff = (await signIn(t.database, 'staff')).headers;
});
afterAll(() => t?.close());

const CSV = [
  'ref,title,provider,category,starts_on,ends_on,subsidised,suitable_groups',
  'K1,电子商务直播培训,重庆仙桃数智职业培训学校,电子商务直播,2099-01-10,2099-01-20,true,graduate',
  'K2,叉车司机培训,重庆空港技工培训中心,叉车,2099-01-10,2099-01-20,yes,4050',
].join('\n');
const recommend = async (interest: string) =>
  ((await (await t.app.request('/api/courses/recommend', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ person: {}, interest }) })).json()) as { matches: { courseId: string }[] }).matches;

describe(`staff course routes on ${inject('databaseUnderTest')}`, () => {
  it('import, list, withdraw and restore courses', async () => {
    const res = await t.app.request('/api/staff/courses/import?source=centre', { method: 'POST', headers: { ...staff, 'content-type': 'text/csv' }, body: CSV });
    expect(res.status).toBe(200);
    const report = (await res.json()) as Record<string, any>;
    // `ref` is not a header of ours: no id column, so the file is refused on its header line, naming the column.
    expect(report).toMatchObject({ valid: 0, errors: [{ line: 1, field: 'sourceId', message: expect.stringContaining('课程编号') }], ignoredColumns: ['ref'] });
    const fixed = await t.app.request('/api/staff/courses/import?source=centre', { method: 'POST', headers: { ...staff, 'content-type': 'text/csv' }, body: CSV.replace('ref,', 'course_id,') });
    expect(await fixed.json()).toMatchObject({ inserted: 2, errors: [] });

    const list = (await (await t.app.request('/api/staff/courses?category=叉车', { headers: staff })).json()) as { items: Record<string, any>[]; total: number };
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ title: '叉车司机培训', subsidised: true, suitableGroups: ['4050'], demo: false, matchable: true });
    const id = list.items[0]!.id as string;
    expect((await recommend('叉车')).map((m) => m.courseId)).toContain(id);
    expect((await t.app.request(`/api/staff/courses/${id}/withdraw`, { method: 'POST', headers: staff })).status).toBe(200);
    expect((await recommend('叉车')).map((m) => m.courseId)).not.toContain(id);
    expect((await t.app.request(`/api/staff/courses/${id}/restore`, { method: 'POST', headers: staff })).status).toBe(200);
    expect((await recommend('叉车')).map((m) => m.courseId)).toContain(id);
  });

  it('refuse bad requests with a 400 naming the field', async () => {
    const noSource = await t.app.request('/api/staff/courses/import', { method: 'POST', headers: { ...staff, 'content-type': 'application/json' }, body: JSON.stringify({ data: [] }) });
    expect(((await noSource.json()) as any).error.field).toBe('source');
    const badId = await t.app.request('/api/staff/courses/123/withdraw', { method: 'POST', headers: staff });
    expect(((await badId.json()) as any).error.field).toBe('id');
    const badPage = await t.app.request('/api/staff/courses?pageSize=0', { headers: staff });
    expect(((await badPage.json()) as any).error.field).toBe('pageSize');
  });
});
