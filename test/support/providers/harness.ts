import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { expect } from 'vitest';
import { messages, turnTraces } from '../../../server/db/schema/index.ts';
import { createTestApp } from '../app.ts';
import { startOpenAIStub } from '../openai-stub.ts';
import { parseSse } from '../sse.ts';
import type { Reply } from './wire.ts';

/**
 * A provider stub server plus the real app pointed at it (LLM_BASE_URL / LLM_MODEL /
 * LLM_API_KEY), for whole turns through the real @langchain/openai client. A test scripts the
 * model's replies in order; each is a `Reply` the provider encodes in its own wire format, or a
 * `Responder` (a fault, or anything one-off). A request past the end of the script gets a 500.
 */
export type Responder = (body: any, c: Context) => Response | Promise<Response>;
export type Step = Reply | Responder;
export type Provider = (reply: Reply, body: any, c: Context) => Response | Promise<Response>;

/** Short limits so a hung turn fails the test quickly (issue 15: deadlines wired into the turn). */
export const FAST_LIMITS = {
  LLM_TIMEOUT_MS: '4000',
  LLM_IDLE_TIMEOUT_MS: '1000',
  LLM_TURN_BUDGET_MS: '8000',
  LLM_MAX_TOOL_STEPS: '3',
};

export async function providerSuite(opts: { provider: Provider; model: string; env?: Record<string, string> }) {
  let script: Step[] = [];
  let provider = opts.provider;
  const stub = await startOpenAIStub((app) => {
    app.post('/v1/chat/completions', async (c) => {
      const body = await c.req.json();
      const step = script.shift();
      if (!step) return c.json({ error: { message: 'script exhausted', type: 'server_error' } }, 500);
      return typeof step === 'function' ? step(body, c) : provider(step, body, c);
    });
  });
  const t = await createTestApp({
    env: { LLM_BASE_URL: stub.baseURL, LLM_MODEL: opts.model, LLM_API_KEY: 'sk-test', ...FAST_LIMITS, ...opts.env },
  });

  // One turn before the tests, so the first test's timings are not the cold start's (jieba, retrieval).
  script = [{ text: '您好，请问有什么可以帮您？' }];
  await warm(t);
  script = [];

  const chatCalls = () => stub.seen.filter((r) => r.path === '/v1/chat/completions').map((r) => r.body);
  const session = async () => (await t.app.request('/api/chat/sessions', { method: 'POST' })).json() as Promise<{ sessionId: string; token: string }>;
  async function send(s: { sessionId: string; token: string }, text: string) {
    const started = Date.now();
    const res = await t.app.request(`/api/chat/sessions/${s.sessionId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ text }),
    });
    const events = res.status === 200 ? parseSse(await res.text()) : [];
    return new Turn(res.status, events, Date.now() - started);
  }

  return {
    stub,
    t,
    /** Switches the wire format the stub speaks (one app serves several formats of a file). */
    use(p: Provider) {
      provider = p;
    },
    /** Sets the model's replies for the next requests, in order. */
    script(...steps: Step[]) {
      script = steps;
    },
    /** The chat requests the stub received since `from` (an index from `mark()`). */
    requests: (from = 0) => chatCalls().slice(from),
    mark: () => chatCalls().length,
    session,
    send,
    /** A new conversation and one message in it. */
    async turn(text: string) {
      const s = await session();
      return Object.assign(await send(s, text), { session: s });
    },
    async stored(messageId: string) {
      return (await t.database.db.select().from(messages).where(eq(messages.id, messageId)))[0];
    },
    async trace(messageId: string) {
      return (await t.database.db.select().from(turnTraces).where(eq(turnTraces.answerMessageId, messageId)))[0];
    },
    async close() {
      await t.close();
      await stub.close();
    },
  };
}

async function warm(t: Awaited<ReturnType<typeof createTestApp>>) {
  const s = await (await t.app.request('/api/chat/sessions', { method: 'POST' })).json();
  const res = await t.app.request(`/api/chat/sessions/${s.sessionId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ text: '你好' }),
  });
  await res.text();
}

/** What the seeker's client saw of one turn. */
export class Turn {
  constructor(
    readonly status: number,
    readonly events: { event: string; data: any }[],
    readonly ms: number,
  ) {}
  get names() {
    return this.events.map((e) => e.event);
  }
  /** All delta text the client was sent, in order (before and after any reset). */
  get deltas() {
    return this.events.filter((e) => e.event === 'delta').map((e) => e.data.text).join('');
  }
  /** The delta text after the last reset: what the client shows once the turn is over. */
  get shown() {
    const last = this.names.lastIndexOf('reset');
    return this.events.slice(last + 1).filter((e) => e.event === 'delta').map((e) => e.data.text).join('');
  }
  get done() {
    return this.events.find((e) => e.event === 'done')?.data as { messageId: string; text: string; status: string; citations: any[] } | undefined;
  }
  get tools() {
    return this.events.filter((e) => e.event === 'tool').map((e) => e.data as { name: string; input: any; output: any });
  }
  get resets() {
    return this.events.filter((e) => e.event === 'reset').map((e) => e.data.reason as string);
  }
}

/** The assistant messages with tool calls in a request body, and the tool messages answering them. */
export function toolRounds(body: any) {
  const msgs: any[] = body?.messages ?? [];
  return {
    assistant: msgs.filter((m) => m.role === 'assistant' && m.tool_calls?.length),
    tool: msgs.filter((m) => m.role === 'tool'),
  };
}

/** The grounded answer and the question every provider suite uses: the 30万元 loan ceiling (2.2.2). */
export const LOAN_QUESTION = '创业担保贷款个人最高能贷多少？';
export const LOAN_ANSWER = '创业担保贷款个人最高可贷30万元【yb2022-38:2.2.2】。';
export const LOAN_SEARCH = { query: '创业担保贷款', k: 2 };

/**
 * The turn ended the way a well-formed provider reply should: `answered` with exactly `text`, the
 * client shown that same text (nothing withdrawn, no reasoning, no markup), stored as such.
 */
export async function expectAnswered(suite: Awaited<ReturnType<typeof providerSuite>>, turn: Turn, text: string) {
  expect(turn.status).toBe(200);
  expect(turn.done, `events: ${turn.names.join(',')}`).toBeDefined();
  expect(turn.done!.status).toBe('answered');
  expect(turn.done!.text).toBe(text);
  expect(turn.resets).toEqual([]);
  expect(turn.shown).toBe(text);
  const stored = await suite.stored(turn.done!.messageId);
  expect(stored).toMatchObject({ status: 'answered', text, flagged: false });
}
