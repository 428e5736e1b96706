import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp } from '../support/app.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const get = (path: string) => t.app.request(path);

describe(`policy routes on ${inject('databaseUnderTest')}`, () => {
  it('GET /api/policy/search answers 创业担保贷款 with yb2022-38:2.2.2 first', async () => {
    const res = await get(`/api/policy/search?q=${encodeURIComponent('创业担保贷款')}`);
    expect(res.status).toBe(200);
    const { hits } = await res.json();
    expect(hits[0]).toMatchObject({ clauseId: 'yb2022-38:2.2.2', title: '加大创业资金扶持' });
    expect(hits[0].text).toContain('个人最高30万元');
    expect(hits).toHaveLength(5);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
  });

  it('honours k', async () => {
    const { hits } = await (await get(`/api/policy/search?q=${encodeURIComponent('见习补贴')}&k=2`)).json();
    expect(hits).toHaveLength(2);
    expect(hits.map((h: any) => h.clauseId)).toContain('yb2022-38:2.3.4');
  });

  it.each([
    ['q missing', '/api/policy/search', 'q'],
    ['q blank', '/api/policy/search?q=%20%20', 'q'],
    ['q over 500 characters', `/api/policy/search?q=${'补'.repeat(501)}`, 'q'],
    ['k not a number', '/api/policy/search?q=a&k=many', 'k'],
    ['k too large', '/api/policy/search?q=a&k=500', 'k'],
    ['malformed clause id', `/api/policy/clauses/${encodeURIComponent("x' or 1=1")}`, 'clauseId'],
  ])('%s gets a 400 naming the field', async (_, path, field) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: 'bad_request', field });
    expect(body.error.message).toContain(field);
  });

  it('accepts a query of exactly 500 characters', async () => {
    expect((await get(`/api/policy/search?q=${'补'.repeat(500)}`)).status).toBe(200);
  });

  it('GET /api/policy/clauses/:id returns the clause with its document', async () => {
    const res = await get('/api/policy/clauses/yb2022-38:2.4.1');
    expect(res.status).toBe(200);
    const clause = await res.json();
    expect(clause).toMatchObject({
      clauseId: 'yb2022-38:2.4.1',
      title: '提升就业服务标准化水平',
      units: ['区就业和人才中心', '各镇街'],
      document: { docKey: 'yb2022-38', number: '渝北人社发〔2022〕38号', issuedOn: '2022-05-13' },
    });
    expect(clause.text).toContain('推荐至少3个就业岗位');
  });

  it('an unknown clause id is a 404 naming it', async () => {
    const res = await get('/api/policy/clauses/yb2022-38:9.9');
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatchObject({ code: 'not_found', message: '未找到条款：yb2022-38:9.9' });
  });

  it('an unknown route is a JSON 404', async () => {
    const res = await get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('GET /healthz reports ready with the corpus loaded', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', clauses: 52 });
  });

  it('sets security headers', async () => {
    const res = await get('/healthz');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });
});
