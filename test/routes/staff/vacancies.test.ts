import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localEmbedder } from '../../../server/embeddings/local.ts';
import { loadDemoDataIfEmpty } from '../../../server/catalog/demo-load.ts';
import { MAX_IMPORT_BYTES } from '../../../server/routes/staff/index.ts';
import { today } from '../../../server/rules/dates.ts';
import { createTestApp } from '../../support/app.ts';
import { signIn } from '../../support/staff.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp({ corpus: false });
  await loadDemoDataIfEmpty(t.database, localEmbedder(), { asOf: today() });
  staff = (await signIn(t.database, 'staff')).headers;
});
afterAll(() => t?.close());

const JSON_TYPE = { 'content-type': 'application/json' };
const importJson = (body: unknown) => t.app.request('/api/staff/vacancies/import', { method: 'POST', headers: { ...staff, ...JSON_TYPE }, body: JSON.stringify(body) });
const importCsv = (text: string, query: string) => t.app.request(`/api/staff/vacancies/import${query}`, { method: 'POST', headers: { ...staff, 'content-type': 'text/csv; charset=utf-8' }, body: text });
const list = async (query = '') => (await (await t.app.request(`/api/staff/vacancies${query}`, { headers: staff })).json()) as { items: Record<string, any>[]; total: number; page: number; pageSize: number };
const match = async (person: object) =>
  ((await (await t.app.request('/api/vacancies/match', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ person, k: 20 }) })).json()) as { matches: { vacancyId: string; title: string }[] }).matches;

const expires = '2099-12-31';
const CSV = ['岗位编号,岗位名称,用人单位,镇街,学历要求,薪资下限,薪资上限,岗位类型,截止日期', `S1,无人机飞手,重庆渝北低空科技有限公司,两路,大专,6000,9000,全职,${expires}`, `S2,,重庆渝北低空科技有限公司,两路,大专,6000,9000,全职,${expires}`].join('\r\n');

describe(`staff vacancy routes on ${inject('databaseUnderTest')}`, () => {
  it('are for signed-in staff only', async () => {
    const res = await t.app.request('/api/staff/vacancies');
    expect(res.status).toBe(401);
  });

  it('import raw CSV with ?source=, reporting bad rows by line while good rows land; a re-import changes nothing', async () => {
    const res = await importCsv(CSV, '?source=centre');
    expect(res.status).toBe(200);
    const report = (await res.json()) as Record<string, any>;
    expect(report).toMatchObject({ source: 'centre', received: 2, valid: 1, inserted: 1, errors: [{ line: 3, field: 'title', message: '岗位名称：必填' }] });
    expect((await (await importCsv(CSV, '?source=centre')).json()) as object).toMatchObject({ inserted: 0, updated: 0, unchanged: 1, embedded: 0 });
    expect((await match({ jobIntent: '无人机飞手' })).map((m) => m.title)).toContain('无人机飞手');
  });

  it('import the JSON envelope, with an array or the file text', async () => {
    const rows = [{ sourceId: 'J1', title: '无人机维修员', employer: '重庆渝北低空科技有限公司', workType: '全职', expiresOn: expires }];
    expect(await (await importJson({ source: 'centre', format: 'json', data: rows })).json()).toMatchObject({ inserted: 1 });
    expect(await (await importJson({ source: 'centre', format: 'json', data: JSON.stringify(rows) })).json()).toMatchObject({ unchanged: 1 });
    expect(await (await importJson({ source: 'other', format: 'csv', data: CSV })).json()).toMatchObject({ inserted: 1 });
  });

  it('take an import far over the 64 KB API limit, up to their own 5 MB', async () => {
    const header = 'sourceId,title,employer,description,expiresOn';
    const row = (i: number) => `B${i},仓储专员,重庆临空物流有限公司,${'负责出入库。'.repeat(10)},${expires}`;
    const text = [header, ...Array.from({ length: 500 }, (_, i) => row(i))].join('\n');
    expect(Buffer.byteLength(text)).toBeGreaterThan(100 * 1024);
    const res = await importCsv(text, '?source=bulk');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ inserted: 500, errors: [] });
    const tooBig = await importCsv('x'.repeat(MAX_IMPORT_BYTES + 1), '?source=bulk');
    expect(tooBig.status).toBe(413);
  });

  it.each([
    ['source missing', { format: 'json', data: [] }, 'source'],
    ['source malformed', { source: 'a b', data: [] }, 'source'],
    ['source reserved for the demo', { source: 'demo', data: [] }, 'source'],
    ['source reserved for the corpus', { source: 'Corpus', data: [] }, 'source'],
    ['format unknown', { source: 'x', format: 'xml', data: '' }, 'format'],
    ['data missing', { source: 'x', format: 'json' }, 'data'],
    ['CSV data not text', { source: 'x', format: 'csv', data: [] }, 'data'],
    ['withdrawMissing not a boolean', { source: 'x', data: [], withdrawMissing: 'yes' }, 'withdrawMissing'],
  ])('import: %s → 400 naming the field', async (_, body, field) => {
    const res = await importJson(body);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { field: string; message: string } };
    expect(error.field).toBe(field);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('import: a CSV body without ?source= or a form body → 400', async () => {
    expect(((await (await importCsv(CSV, '')).json()) as any).error.field).toBe('source');
    const form = await t.app.request('/api/staff/vacancies/import', { method: 'POST', headers: { ...staff, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(form.status).toBe(400);
    expect(((await form.json()) as any).error.field).toBe('(body)');
  });

  it('list with filters and paging, saying which rows are demo data and which can be matched', async () => {
    const all = await list();
    expect(all.total).toBe(500 + 1 + 1 + 1 + 500);
    expect(all.items).toHaveLength(20);
    const demo = await list('?demo=true&pageSize=5&page=2');
    expect(demo).toMatchObject({ total: 500, page: 2, pageSize: 5 });
    expect(demo.items.every((v) => v.demo === true && v.matchable === true && v.source === 'demo')).toBe(true);
    expect(demo.items[0]).not.toHaveProperty('embedding');
    const mine = await list('?source=centre&q=无人机');
    expect(mine.items.map((v) => v.sourceId).sort()).toEqual(['J1', 'S1']);
    expect(mine.items.every((v) => v.demo === false)).toBe(true);
    const welfare = await list('?workType=public_welfare&street=木耳&pageSize=100');
    expect(welfare.items.every((v) => v.workType === 'public_welfare' && v.street === '木耳镇')).toBe(true);
  });

  it.each([
    ['?workType=night', 'workType'],
    ['?pageSize=500', 'pageSize'],
    ['?page=0', 'page'],
    ['?status=gone', 'status'],
    ['?demo=maybe', 'demo'],
  ])('list %s → 400 naming %s', async (query, field) => {
    const res = await t.app.request(`/api/staff/vacancies${query}`, { headers: staff });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error.field).toBe(field);
  });

  it('withdraw a vacancy so it stops matching at once, and restore it', async () => {
    const [row] = (await list('?source=centre&q=无人机飞手')).items;
    const before = await match({ jobIntent: '无人机飞手' });
    expect(before.map((m) => m.vacancyId)).toContain(row!.id);
    const res = await t.app.request(`/api/staff/vacancies/${row!.id}/withdraw`, { method: 'POST', headers: staff });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: row!.id, status: 'withdrawn', withdrawnBy: 'staff', demo: false });
    expect((await match({ jobIntent: '无人机飞手' })).map((m) => m.vacancyId)).not.toContain(row!.id);
    expect((await list('?status=withdrawn')).items.map((v) => v.id)).toEqual([row!.id]);
    // The feed sends it again: staff's withdrawal holds.
    await importCsv(CSV, '?source=centre');
    expect((await match({ jobIntent: '无人机飞手' })).map((m) => m.vacancyId)).not.toContain(row!.id);
    await t.app.request(`/api/staff/vacancies/${row!.id}/restore`, { method: 'POST', headers: staff });
    expect((await match({ jobIntent: '无人机飞手' })).map((m) => m.vacancyId)).toContain(row!.id);
  });

  it('withdraw: a malformed id → 400 naming id; an unknown one → 404; a counsellor may read but not withdraw', async () => {
    const bad = await t.app.request('/api/staff/vacancies/not-a-uuid/withdraw', { method: 'POST', headers: staff });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).error.field).toBe('id');
    const missing = await t.app.request('/api/staff/vacancies/00000000-0000-4000-8000-000000000000/withdraw', { method: 'POST', headers: staff });
    expect(missing.status).toBe(404);
    const counsellor = (await signIn(t.database, 'counsellor')).headers;
    expect((await t.app.request('/api/staff/vacancies', { headers: counsellor })).status).toBe(200);
    expect((await t.app.request('/api/staff/vacancies/00000000-0000-4000-8000-000000000000/withdraw', { method: 'POST', headers: counsellor })).status).toBe(403);
  });
});
