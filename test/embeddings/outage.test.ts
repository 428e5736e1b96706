import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/client.ts';
import { createEmbedder, type Embedder } from '../../server/embeddings/index.ts';
import { embedLocal, localEmbedder } from '../../server/embeddings/local.ts';
import { observeQueryFallbacks, type QueryFallback } from '../../server/embeddings/query.ts';
import { loadDemoDataIfEmpty } from '../../server/catalog/demo-load.ts';
import { matchVacanciesForPerson, recommendCoursesForPerson } from '../../server/catalog/recommend.ts';
import { createLogger } from '../../server/log.ts';
import { searchClauses } from '../../server/policy/search.ts';
import { createTestApp } from '../support/app.ts';
import { openTestDatabase } from '../support/db.ts';
import { embeddingsResponse, startOpenAIStub } from '../support/openai-stub.ts';

/**
 * An embeddings outage, through the real @langchain/openai client against a local server that
 * answers 500 or never answers: every search goes on by full-text, with a warning and a metric.
 */
type Mode = 'ok' | '500' | 'hang';
let mode: Mode = 'ok';
let stub: Awaited<ReturnType<typeof startOpenAIStub>>;
let database: Database;
beforeAll(async () => {
  stub = await startOpenAIStub((app) => {
    app.post('/v1/embeddings', async (c) => {
      const body = await c.req.json();
      if (mode === '500') return c.json({ error: { message: 'The server had an error while processing your request.', type: 'server_error', code: null } }, 500);
      if (mode === 'hang') await new Promise(() => {});
      const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
      return c.json(embeddingsResponse(inputs.map(embedLocal), body.encoding_format));
    });
  });
  database = await openTestDatabase();
  await loadDemoDataIfEmpty(database, localEmbedder(), { asOf: '2026-11-30' });
});
afterAll(async () => {
  await stub?.close();
  await database?.close();
});

const QUERY_TIMEOUT_MS = 300;
/** Where the server answers (500 or ok), a timeout no busy machine reaches, so the reason is the answer's. */
const ANSWERING = 10_000;
/** A fresh remote embedder (its own circuit breaker) and the fallbacks it reports. */
function remote(queryTimeoutMs = QUERY_TIMEOUT_MS) {
  const embedder = createEmbedder(loadConfig({ EMBEDDINGS_BASE_URL: stub.baseURL, EMBEDDINGS_MODEL: 'bge-m3', EMBEDDINGS_QUERY_TIMEOUT_MS: String(queryTimeoutMs) }));
  const fallbacks: QueryFallback[] = [];
  observeQueryFallbacks(embedder, (f) => fallbacks.push(f));
  return { embedder, fallbacks };
}
const requests = () => stub.seen.filter((s) => s.path === '/v1/embeddings').length;
const ids = (hits: { clauseId: string }[]) => hits.map((h) => h.clauseId);

describe(`retrieval during an embeddings outage on ${inject('databaseUnderTest')}`, () => {
  it('clause search answers by full-text when the server returns 500: one request, no retry', async () => {
    mode = '500';
    const { embedder, fallbacks } = remote(ANSWERING);
    const before = requests();
    const hits = await searchClauses(database, embedder, { query: '创业担保贷款最多能贷多少', k: 5 });
    expect(ids(hits)).toContain('yb2022-38:2.2.2');
    expect(requests() - before).toBe(1);
    expect(fallbacks).toMatchObject([{ use: 'clauses', reason: 'error', model: 'openai:bge-m3' }]);
    expect(String(fallbacks[0]!.error)).toMatch(/500/);
  });

  it('a server that never answers costs one query timeout, then nothing while it cools down', async () => {
    mode = 'hang';
    const { embedder, fallbacks } = remote();
    const before = requests();
    const started = Date.now();
    const hits = await searchClauses(database, embedder, { query: '见习补贴每个月多少钱', k: 5 });
    const waited = Date.now() - started;
    expect(ids(hits)).toContain('yb2022-38:2.3.4');
    expect(waited).toBeGreaterThanOrEqual(QUERY_TIMEOUT_MS - 20);
    // The next searches do not ask the model at all (no request, reason cooling_down): it failed
    // moments ago. How long they take is the benchmark's business, not a test's.
    expect(ids(await searchClauses(database, embedder, { query: '灵活就业社保补贴', k: 5 })).length).toBeGreaterThan(0);
    expect(requests() - before).toBe(1);
    expect(fallbacks.map((f) => f.reason)).toEqual(['timeout', 'cooling_down']);
  });

  it('a query of common words only still finds clauses by them when there is no vector ranker', async () => {
    mode = '500';
    const { embedder } = remote(ANSWERING);
    expect((await searchClauses(database, embedder, { query: '补贴', k: 5 })).length).toBeGreaterThan(0);
  });

  it('vacancy matching goes on by the seeker\'s words, with no similarity claimed', async () => {
    mode = '500';
    const { embedder, fallbacks } = remote(ANSWERING);
    const r = await matchVacanciesForPerson({ database, embedder }, { person: { jobIntent: '软件测试', education: 'bachelor' }, k: 5, asOf: '2026-11-30' });
    expect(r.matches.length).toBe(5);
    for (const m of r.matches) {
      expect(m.title).toContain('测试');
      expect(m.similarity).toBe(0);
      expect(m.breakdown.map((c) => c.criterion)).not.toContain('semantic');
    }
    expect(fallbacks[0]).toMatchObject({ use: 'vacancies', reason: 'error' });
    // A seeker who said nothing about the work wanted still gets posts (the newest they can take).
    const neutral = await matchVacanciesForPerson({ database, embedder }, { person: { education: 'junior_high', dibaoFamily: true }, k: 5, asOf: '2026-11-30' });
    expect(neutral.matches.length).toBeGreaterThanOrEqual(3);
  });

  it('course recommendation goes on by the words of the course', async () => {
    mode = 'hang';
    const { embedder, fallbacks } = remote();
    const r = await recommendCoursesForPerson({ database, embedder }, { person: {}, interest: '养老护理', k: 3, asOf: '2026-11-30' });
    expect(r.matches.length).toBeGreaterThan(0);
    expect(r.matches[0]!.title).toMatch(/养老|护理|照护/);
    expect(fallbacks[0]).toMatchObject({ use: 'courses', reason: 'timeout' });
  });

  it('the model coming back ends the fallback at the first query after the cool-down', async () => {
    mode = '500';
    const { embedder, fallbacks } = remote(ANSWERING);
    await searchClauses(database, embedder, { query: '创业补贴', k: 3 });
    mode = 'ok';
    const now = Date.now;
    try {
      Date.now = () => now() + 31_000;
      const before = requests();
      await searchClauses(database, embedder, { query: '创业补贴', k: 3 });
      expect(requests() - before).toBe(1);
    } finally {
      Date.now = now;
    }
    expect(fallbacks.map((f) => f.reason)).toEqual(['error']);
  });
});

describe('a chat turn during an embeddings outage', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const lines: any[] = [];
  let embedder: Embedder;
  beforeAll(async () => {
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    // PGlite runs in this process and holds the event loop during a turn's queries: a longer deadline here.
    embedder = createEmbedder(loadConfig({ EMBEDDINGS_BASE_URL: stub.baseURL, EMBEDDINGS_MODEL: 'bge-m3', EMBEDDINGS_QUERY_TIMEOUT_MS: '5000' }));
    t = await createTestApp({ embedder, log: createLogger('warn', sink) });
  });
  afterAll(() => t?.close());

  it('is answered from full-text retrieval, not failed; the warning is logged and counted', async () => {
    mode = '500';
    const { sessionId, token } = (await (await t.app.request('/api/chat/sessions', { method: 'POST' })).json()) as { sessionId: string; token: string };
    const res = await t.app.request(`/api/chat/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ text: '创业担保贷款最多能贷多少？' }),
    });
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.text).toContain('30万元');
    expect(r.citations.map((c: { clauseId: string }) => c.clauseId)).toContain('yb2022-38:2.2.2');
    const warning = lines.find((l) => l.msg === 'embeddings query failed: searching by full-text alone');
    expect(warning).toMatchObject({ level: 40, use: 'clauses', reason: 'error', model: 'openai:bge-m3' });
    const metrics = await (await t.app.request('/metrics')).text();
    // The turn's searches that started before the first failed each count; later ones cool down.
    expect(metrics).toMatch(/embeddings_query_fallbacks_total\{reason="error",use="clauses"\} [1-9]/);
    expect(metrics).toMatch(/embeddings_requests_total\{use="query"\} [1-9]/);
  });
});
