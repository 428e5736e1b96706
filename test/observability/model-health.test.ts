import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { OFFLINE_MODEL_NAME } from '../../server/agent/models/offline/model.ts';
import { createEmbedder } from '../../server/embeddings/index.ts';
import { embedLocal } from '../../server/embeddings/local.ts';
import { createTestApp } from '../support/app.ts';
import { respond } from '../support/openai-chat-stub.ts';
import { embeddingsResponse, startOpenAIStub } from '../support/openai-stub.ts';

/**
 * /healthz says whether the configured models answer: a cached probe (GET /models for the chat
 * server, one tiny embedding) and what the last turn saw. The real @langchain/openai clients run
 * against local OpenAI-compatible servers that answer, refuse the key, fail or never answer.
 */
type Mode = 'ok' | '401' | '500' | 'hang';
let models: Mode = 'ok';
let embeddings: Mode = 'ok';
let completions: 'ok' | '500' = 'ok';
let stub: Awaited<ReturnType<typeof startOpenAIStub>>;

const fail = (mode: Mode) =>
  mode === '401'
    ? { status: 401 as const, body: { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } } }
    : { status: 500 as const, body: { error: { message: 'The server had an error', type: 'server_error', code: null } } };

beforeAll(async () => {
  embedLocal('预热'); // the stub's own embedding loads its dictionary once, not inside a probe's timeout
  stub = await startOpenAIStub((app) => {
    app.get('/v1/models', async (c) => {
      if (models === 'hang') await new Promise(() => {});
      if (models !== 'ok') return c.json(fail(models).body, fail(models).status);
      return c.json({ object: 'list', data: [{ id: 'qwen-stub', object: 'model', owned_by: 'stub' }] });
    });
    app.post('/v1/embeddings', async (c) => {
      const body = await c.req.json();
      if (embeddings === 'hang') await new Promise(() => {});
      if (embeddings !== 'ok') return c.json(fail(embeddings).body, fail(embeddings).status);
      const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
      return c.json(embeddingsResponse(inputs.map(embedLocal), body.encoding_format));
    });
    app.post('/v1/chat/completions', (c) => respond(c, completions === 'ok' ? { text: '您好，请问想咨询哪方面的政策？' } : { status: 500 }));
  });
});
afterAll(() => stub?.close());

const count = (path: string) => stub.seen.filter((s) => s.path === path).length;

async function app(env: Record<string, string> = {}) {
  const remote = { LLM_BASE_URL: stub.baseURL, LLM_MODEL: 'qwen-stub', LLM_API_KEY: 'sk-test', LLM_RETRIES: '0', ...env };
  const embedder = createEmbedder(loadConfig({ EMBEDDINGS_BASE_URL: stub.baseURL, EMBEDDINGS_MODEL: 'bge-m3'}));
  return createTestApp({ env: remote, embedder });
}

async function health(t: Awaited<ReturnType<typeof app>>) {
  const res = await t.app.request('/healthz');
  return { code: res.status, body: (await res.json()) as any };
}

describe('/healthz and the models', () => {
  it('offline defaults: nothing to probe, status ok', async () => {
    const t = await createTestApp();
    try {
      const { code, body } = await health(t);
      expect(code).toBe(200);
      expect(body.status).toBe('ok');
      expect(body.models.chat).toEqual({ model: OFFLINE_MODEL_NAME, remote: false });
      expect(body.models.embeddings).toMatchObject({ remote: false, queriesFailing: false });
      expect(body.models.embeddings.probe).toBeUndefined();
    } finally {
      await t.close();
    }
  });

  it('both remote models answer: ok, and the probe is cached between polls', async () => {
    models = 'ok';
    embeddings = 'ok';
    const t = await app();
    try {
      const before = { models: count('/v1/models'), embeddings: count('/v1/embeddings') };
      const first = await health(t);
      expect(first.code).toBe(200);
      expect(first.body, JSON.stringify(first.body)).toMatchObject({ status: 'ok' });
      expect(first.body.models.chat).toMatchObject({ model: 'openai:qwen-stub', remote: true, probe: { answers: true } });
      expect(first.body.models.embeddings).toMatchObject({ model: 'openai:bge-m3', remote: true, probe: { answers: true }, queriesFailing: false });
      await health(t);
      await health(t);
      expect(count('/v1/models') - before.models).toBe(1);
      expect(count('/v1/embeddings') - before.embeddings).toBe(1);
    } finally {
      await t.close();
    }
  });

  it('a refused key and a failing embeddings server: degraded (still 200: turns run offline), each with its cause', async () => {
    models = '401';
    embeddings = '500';
    const t = await app();
    try {
      const { code, body } = await health(t);
      expect(code).toBe(200);
      expect(body.status).toBe('degraded');
      expect(body.models.chat.probe).toMatchObject({ answers: false });
      expect(body.models.chat.probe.error).toMatch(/refused|401/);
      expect(body.models.embeddings.probe).toMatchObject({ answers: false });
      expect(body.models.embeddings.probe.error).toMatch(/500|error/i);
    } finally {
      await t.close();
      models = 'ok';
      embeddings = 'ok';
    }
  });

  it('servers that never answer count as not answering after the probe timeout', async () => {
    models = 'hang';
    embeddings = 'hang';
    const t = await app();
    try {
      const { body } = await health(t);
      expect(body.status).toBe('degraded');
      expect(body.models.chat.probe.answers).toBe(false);
      expect(body.models.embeddings.probe.answers).toBe(false);
    } finally {
      await t.close();
      models = 'ok';
      embeddings = 'ok';
    }
  });

  it('what the last turn saw: a fallback makes it degraded with its cause; the next answered turn clears it', async () => {
    const t = await app({ MODEL_PROBE_INTERVAL_SECONDS: '0' });
    try {
      const s = (await (await t.app.request('/api/chat/sessions', { method: 'POST' })).json()) as { sessionId: string; token: string };
      const send = (text: string) =>
        t.app.request(`/api/chat/sessions/${s.sessionId}/messages`, {
          method: 'POST',
          headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ text }),
        });
      expect((await health(t)).body.models.chat.lastTurn).toBeUndefined();
      completions = '500';
      expect((await send('你好')).status).toBe(200);
      let { body } = await health(t);
      expect(body.status).toBe('degraded');
      expect(body.models.chat.probe).toBeUndefined();
      expect(body.models.chat.lastTurn).toMatchObject({ answered: false });
      expect(body.models.chat.lastTurn.cause).toBeTruthy();
      completions = 'ok';
      expect((await send('你好，我想问问政策')).status).toBe(200);
      ({ body } = await health(t));
      expect(body.models.chat.lastTurn).toMatchObject({ answered: true });
      expect(body.status).toBe('ok');
    } finally {
      completions = 'ok';
      await t.close();
    }
  });
});
