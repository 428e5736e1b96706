import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { createLogger } from '../../server/log.ts';
import { createTestApp } from '../support/app.ts';

const captured: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    captured.push(String(chunk));
    done();
  },
});

let t: Awaited<ReturnType<typeof createTestApp>>;
let token = '';
const PHONE = '13912345678';
const ID = '110105199003072426';

beforeAll(async () => {
  t = await createTestApp({ log: createLogger('debug', sink) });
  const s = await (await t.app.request('/api/chat/sessions', { method: 'POST' })).json();
  token = s.token;
  const send = (text: string) =>
    t.app.request(`/api/chat/sessions/${s.sessionId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
  await send(`我叫张三，电话${PHONE}，身份证${ID}，今年毕业的大学生，能领什么补贴`);
  await send('转人工');
  await t.app.request(`/api/policy/search?q=${encodeURIComponent('创业担保贷款')}`);
});
afterAll(() => t?.close());

describe('observability', () => {
  it('exposes Prometheus metrics: step latencies, tool calls, turns, handoffs, queue length, requests', async () => {
    const res = await t.app.request('/metrics');
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/chat_turn_step_duration_seconds_count\{step="tool_loop"\} 1/);
    expect(text).toMatch(/chat_tool_calls_total\{tool="check_eligibility"\} 1/);
    expect(text).toMatch(/chat_turns_total\{status="answered"\} 1/);
    expect(text).toMatch(/chat_turns_total\{status="handoff_requested"\} 1/);
    expect(text).toMatch(/chat_handoffs_total 1/);
    expect(text).toMatch(/case_queue_length 1/);
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/api\/policy\/search",status="200"\} 1/);
    expect(text).toMatch(/http_request_duration_seconds_bucket\{le="\+Inf",method="GET",route="\/api\/policy\/search"\} 1/);
    expect(text).toContain('# HELP chat_turns_total Chat turns by final status\n# TYPE chat_turns_total counter');
    // the process's own metrics (prom-client's defaults), once per process however many apps there are
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it('logs one JSON line per request with the route pattern and request id', () => {
    const lines = captured.join('').trim().split('\n').map((l) => JSON.parse(l));
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(4);
    expect(requests.find((l) => l.route === '/api/chat/sessions/:id/messages')).toMatchObject({ method: 'POST', status: 200, requestId: expect.any(String) });
  });

  it('logs one line per turn tied to its request, with outcome and timings but no text', () => {
    const lines = captured.join('').trim().split('\n').map((l) => JSON.parse(l));
    const turns = lines.filter((l) => l.msg === 'turn');
    expect(turns.map((l) => l.status)).toEqual(['answered', 'handoff_requested']);
    const first = turns[0]!;
    expect(first).toMatchObject({ turnId: expect.any(String), conversationId: expect.any(String), tools: expect.arrayContaining(['check_eligibility']), handoff: false });
    expect(first.ms).toBeGreaterThanOrEqual(first.firstDeltaMs);
    const request = lines.find((l) => l.msg === 'request' && l.requestId === first.requestId);
    expect(request).toMatchObject({ route: '/api/chat/sessions/:id/messages', method: 'POST' });
  });

  it("never logs personal data, the seeker's words or tokens", () => {
    const all = captured.join('');
    expect(all.length).toBeGreaterThan(0);
    for (const secret of [PHONE, ID, '张三', token, '创业担保贷款', '能领什么补贴']) expect(all).not.toContain(secret);
  });
});

describe('metrics behind a token', () => {
  it('with METRICS_TOKEN set, answers 401 without the bearer token or with a wrong one, and the metrics with it', async () => {
    const token = 'scrape-token-0123456789';
    const guarded = await createTestApp({ env: { METRICS_TOKEN: token } });
    try {
      const none = await guarded.app.request('/metrics');
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer /);
      expect((await none.json()).error).toEqual({ code: 'unauthorized', message: zh.errors.metricsToken });
      // a wrong token, another scheme, a malformed header: the same 401 in the API's error shape
      for (const authorization of ['Bearer scrape-token-0123456780', `Basic ${token}`, 'Bearer', `Bearer ${token}!`, `bearer  ${token} x`]) {
        const res = await guarded.app.request('/metrics', { headers: { authorization } });
        expect(res.status, authorization).toBe(401);
        expect((await res.json()).error.code, authorization).toBe('unauthorized');
      }
      const ok = await guarded.app.request('/metrics', { headers: { authorization: `Bearer ${token}` } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('chat_turns_total');
    } finally {
      await guarded.close();
    }
  });
});
