import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localEmbedder } from '../../server/embeddings/local.ts';
import { loadDemoDataIfEmpty } from '../../server/catalog/demo-load.ts';
import { createTestApp } from '../support/app.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
const asOf = '2026-11-30';
beforeAll(async () => {
  t = await createTestApp({ corpus: false });
  await loadDemoDataIfEmpty(t.database, localEmbedder(), { asOf });
});
afterAll(() => t?.close());

const post = (body: unknown) => t.app.request('/api/courses/recommend', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe(`POST /api/courses/recommend on ${inject('databaseUnderTest')}`, () => {
  it('recommends at least three courses for what the seeker wants to learn, each explained and marked demo', async () => {
    const res = await post({ asOf, person: { isCollegeGraduate: true }, interest: '电商直播', k: 3 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { matches: Record<string, any>[]; shortfall?: unknown };
    expect(body.shortfall).toBeUndefined();
    expect(body.matches).toHaveLength(3);
    expect(body.matches[0]).toMatchObject({ courseId: expect.any(String), title: expect.stringContaining('直播'), provider: expect.any(String), demo: true });
    for (const m of body.matches) expect(m.reasons.length).toBeGreaterThan(0);
  });

  it('says so when fewer than three fit', async () => {
    const body = (await (await post({ asOf, person: {}, interest: '飞机驾驶' })).json()) as { shortfall: Record<string, unknown> };
    expect(body.shortfall).toMatchObject({ wanted: 3, counsellor: expect.stringContaining('培训鉴定科') });
  });

  it.each([
    ['person missing', { interest: '电工' }, 'person'],
    ['interest too long', { person: {}, interest: '电'.repeat(101) }, 'interest'],
    ['interest not text', { person: {}, interest: 3 }, 'interest'],
    ['k too large', { person: {}, k: 21 }, 'k'],
  ])('%s → 400 naming the field', async (_, body, field) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error).toMatchObject({ code: 'bad_request', field });
  });
});
