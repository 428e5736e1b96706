import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localEmbedder } from '../../server/embeddings/local.ts';
import { loadDemoDataIfEmpty } from '../../server/catalog/demo-load.ts';
import { VACANCY_WEIGHTS } from '../../server/catalog/match-weights.ts';
import { createTestApp } from '../support/app.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
const asOf = '2026-11-30';
beforeAll(async () => {
  t = await createTestApp({ corpus: false });
  await loadDemoDataIfEmpty(t.database, localEmbedder(), { asOf });
});
afterAll(() => t?.close());

const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  t.app.request('/api/vacancies/match', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe(`POST /api/vacancies/match on ${inject('databaseUnderTest')}`, () => {
  it('answers the contract: matches with vacancyId, title, employer, score, reasons — and says they are demo data', async () => {
    const res = await post({ asOf, k: 4, person: { isCollegeGraduate: true, education: 'associate', graduationDate: '2026-06-30', employmentStatus: 'unemployed', jobIntent: '物流', preferredStreet: '两路街道' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { asOf: string; matches: Record<string, any>[]; shortfall?: unknown };
    expect(body.asOf).toBe(asOf);
    expect(body.shortfall).toBeUndefined();
    expect(body.matches).toHaveLength(4);
    for (const m of body.matches) {
      expect(m).toMatchObject({ vacancyId: expect.stringMatching(/^[0-9a-f-]{36}$/), title: expect.any(String), employer: expect.any(String), score: expect.any(Number), demo: true });
      expect(m.reasons.length).toBeGreaterThan(0);
      expect(m.reasons.every((r: string) => /[\u4e00-\u9fff]/.test(r))).toBe(true);
      expect(m.breakdown.map((b: any) => b.reason)).toEqual(m.reasons);
      for (const b of m.breakdown) expect(b.weight).toBe(VACANCY_WEIGHTS[b.criterion as keyof typeof VACANCY_WEIGHTS]);
    }
    expect(body.matches[0]!.reasons).toEqual(expect.arrayContaining(['位于渝北区两路街道']));
  });

  it('reports a shortfall with the counsellor path instead of padding', async () => {
    const body = (await (await post({ asOf, person: { jobIntent: '远洋船长' } })).json()) as { matches: unknown[]; shortfall: Record<string, unknown> };
    expect(body.matches).toEqual([]);
    expect(body.shortfall).toMatchObject({ found: 0, wanted: 3, counsellor: expect.stringContaining('职业指导科') });
  });

  it.each([
    ['person missing', { k: 3 }, 'person'],
    ['k zero', { person: {}, k: 0 }, 'k'],
    ['k too large', { person: {}, k: 500 }, 'k'],
    ['k not a number', { person: {}, k: 'five' }, 'k'],
    ['education unknown', { person: { education: 'phd' } }, 'person.education'],
    ['work type unknown', { person: { desiredWorkTypes: ['night'] } }, 'person.desiredWorkTypes.0'],
    ['intent too long', { person: { jobIntent: '仓'.repeat(201) } }, 'person.jobIntent'],
    ['wage negative', { person: { expectedWage: -1 } }, 'person.expectedWage'],
    ['asOf malformed', { person: {}, asOf: '2026-02-30' }, 'asOf'],
  ])('%s → 400 naming the field', async (_, body, field) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; field: string; message: string } };
    expect(error).toMatchObject({ code: 'bad_request', field });
    expect(error.message).toContain(field);
  });

  it('refuses a body that is not JSON, and one over the 64 KB API limit', async () => {
    const form = await post('person=1', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
    expect(((await form.json()) as any).error.field).toBe('(body)');
    const big = await post({ person: { jobIntent: '仓库' }, padding: 'x'.repeat(70 * 1024) });
    expect(big.status).toBe(413);
  });
});
