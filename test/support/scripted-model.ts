import { createTestApp } from './app.ts';
import { respond, type StubTurn } from './openai-chat-stub.ts';
import { startOpenAIStub } from './openai-stub.ts';
import { parseSse } from './sse.ts';

/**
 * The app with its model at a local OpenAI-compatible stub whose replies a test scripts, so the
 * real @langchain/openai client runs the whole turn. `m.script = [...]` sets the next replies; an
 * unscripted request gets a 500.
 */
export async function scriptedModelApp(env: Record<string, string> = {}) {
  let queue: StubTurn[] = [];
  const stub = await startOpenAIStub((app) => {
    app.post('/v1/chat/completions', (c) => respond(c, queue.shift() ?? { status: 500 }));
  });
  const t = await createTestApp({ env: { LLM_BASE_URL: stub.baseURL, LLM_MODEL: 'stub', LLM_API_KEY: 'sk-test', ...env } });
  return {
    t,
    stub,
    get script() {
      return queue;
    },
    set script(turns: StubTurn[]) {
      queue = [...turns];
    },
    chatCalls: () => stub.seen.filter((r) => r.path === '/v1/chat/completions'),
    async session() {
      return (await t.app.request('/api/chat/sessions', { method: 'POST' })).json() as Promise<{ sessionId: string; token: string }>;
    },
    async send(s: { sessionId: string; token: string }, text: string, accept = 'text/event-stream') {
      const res = await t.app.request(`/api/chat/sessions/${s.sessionId}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json', accept },
        body: JSON.stringify({ text }),
      });
      const events = res.status === 200 && accept === 'text/event-stream' ? parseSse(await res.text()) : [];
      return { res, events };
    },
    async close() {
      await t.close();
      await stub.close();
    },
  };
}
