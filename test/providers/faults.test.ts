import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutByLength, errorEventAfter, overloaded, rateLimited, raw, stallAfter } from '../support/providers/faults.ts';
import { expectAnswered, FAST_LIMITS, LOAN_ANSWER, LOAN_QUESTION, LOAN_SEARCH, providerSuite, toolRounds, type Turn } from '../support/providers/harness.ts';
import { openai, openaiFrames } from '../support/providers/openai.ts';
import { pieces } from '../support/providers/wire.ts';

/**
 * How real servers misbehave (test/support/providers/faults.ts cites each): a stream that stalls
 * after its first chunks, with or without keep-alive comments; 429 with Retry-After; 503; a tool
 * call cut by the length limit; a model that never stops calling tools; a stream cut or broken
 * mid-answer. Limits: LLM_TIMEOUT_MS 4 s, LLM_IDLE_TIMEOUT_MS 1 s, LLM_TURN_BUDGET_MS 8 s,
 * LLM_MAX_TOOL_STEPS 3 (harness.ts FAST_LIMITS).
 */
const IDLE_MS = Number(FAST_LIMITS.LLM_IDLE_TIMEOUT_MS);
const MAX_STEPS = Number(FAST_LIMITS.LLM_MAX_TOOL_STEPS);
const REMOTE_START = '根据政策规定，';
/** The role chunk and the content pieces of REMOTE_START, without the finish chunk or [DONE]. */
const startFrames = (body: any) => openaiFrames({ text: REMOTE_START }, body).slice(0, 1 + pieces(REMOTE_START, 4).length);

let s: Awaited<ReturnType<typeof providerSuite>>;
beforeAll(async () => {
  s = await providerSuite({ provider: openai(), model: 'qwen-plus' });
});
afterAll(() => s?.close());

/** The remote text was withdrawn (`reset`) after the last remote delta and before any fallback text. */
function expectResetBeforeFallback(turn: Turn, remote: string) {
  const names = turn.names;
  const reset = names.indexOf('reset');
  expect(reset, `events: ${names.join(',')}`).toBeGreaterThanOrEqual(0);
  // Before the reset the client saw the start of the remote text (the writer keeps a few characters of an unfinished sentence back).
  const before = turn.events.slice(0, reset).filter((e) => e.event === 'delta').map((e) => e.data.text).join('');
  expect(before.length).toBeGreaterThan(0);
  expect(remote.startsWith(before)).toBe(true);
  expect(turn.shown).not.toContain(remote);
  expect(turn.events[reset]!.data).toEqual({ reason: 'fallback' });
}

async function expectFallback(turn: Turn, cause: unknown) {
  expect(turn.done?.status).toBe('answered_fallback_offline');
  expect(turn.done?.text).toContain('30万元');
  expect(turn.shown).toBe(turn.done?.text);
  expect((await s.stored(turn.done!.messageId))!).toMatchObject({ flagged: true, model: 'openai:qwen-plus→offline' });
  expect((await s.trace(turn.done!.messageId))!.modelCalls).toMatchObject({ fallback: { cause } });
}

describe('a stream that stalls after its first chunks', () => {
  it.each([
    ['silently', false],
    ['sending only `: keep-alive` comments (DeepSeek under load)', true],
  ])('%s: ends at the idle limit, withdraws the remote text before the fallback, and the next message is not 409', async (_, keepAlive) => {
    s.script(stallAfter(REMOTE_START, 30_000, { keepAlive }));
    const turn = await s.turn(LOAN_QUESTION);
    expectResetBeforeFallback(turn, REMOTE_START);
    await expectFallback(turn, 'idle');
    s.script({ text: '不客气。' });
    const next = await s.send(turn.session, '谢谢');
    expect(next.status).toBe(200);
    expect(next.done?.status).toBe('answered');
  }, 10_000);
});

describe('429 and 5xx before the first token', () => {
  it('a 429 with Retry-After: 1 is retried once after the wait, and the remote model answers', async () => {
    s.script(rateLimited(1), { text: LOAN_ANSWER });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    expect(turn.ms).toBeGreaterThanOrEqual(1_000);
    expect(s.requests(from)).toHaveLength(2);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect((await s.trace(turn.done!.messageId))!.modelCalls).toMatchObject({ retries: [{ cause: 'http_429', waitMs: 1000 }] });
  }, 10_000);

  it('DashScope\'s 429 body with Retry-After is retried the same way', async () => {
    s.script(rateLimited(1, 'dashscope'), { text: LOAN_ANSWER });
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
  }, 10_000);

  it('a Retry-After longer than the turn budget is not waited out: the turn falls back at once', async () => {
    s.script(rateLimited(60), { text: LOAN_ANSWER });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    expect(s.requests(from)).toHaveLength(1);
    await expectFallback(turn, 'http_429');
  }, 10_000);

  it('a 503 then a good stream: retried, answered', async () => {
    s.script(overloaded(), { text: LOAN_ANSWER });
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect((await s.trace(turn.done!.messageId))!.modelCalls).toMatchObject({ retries: [{ cause: 'http_503' }] });
  }, 10_000);

  it('503 on every try: falls back after the retries, flagged with the cause, and the client is told to reset before the fallback text', async () => {
    s.script(overloaded(), overloaded(), overloaded(), overloaded());
    const turn = await s.turn(LOAN_QUESTION);
    await expectFallback(turn, 'http_503');
    const names = turn.names;
    expect(names.indexOf('reset'), `events: ${names.join(',')}`).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('reset')).toBeLessThan(names.indexOf('delta'));
  }, 10_000);
});

describe('a slow but steady stream', () => {
  it('longer than LLM_TIMEOUT_MS is cut at the call deadline (chunks keep coming, so not idle): withdrawn, then the fallback', async () => {
    // A piece every 600 ms (under the 1 s idle limit) for ~12 s, against a 4 s call deadline.
    const slow = '根据政策规定，创业担保贷款的申请需要满足以下几个条件，首先是在本市内自主创业并且已经办理了注册登记手续。';
    s.script(raw((body) => openaiFrames({ text: slow }, body).flatMap((f, i) => (i === 0 ? [f] : [{ wait: 600 }, f]))));
    const turn = await s.turn(LOAN_QUESTION);
    expectResetBeforeFallback(turn, slow);
    await expectFallback(turn, 'timeout');
  }, 10_000);
});

describe('a stream that breaks mid-answer', () => {
  it('cut (connection dropped, no finish reason): the shown text is withdrawn before the fallback text', async () => {
    s.script(raw((body) => [...startFrames(body), { abort: true }]));
    const turn = await s.turn(LOAN_QUESTION);
    expectResetBeforeFallback(turn, REMOTE_START);
    await expectFallback(turn, 'cut');
  }, 10_000);

  it('a line of garbage after some text: withdrawn before the fallback text', async () => {
    s.script(raw((body) => [...startFrames(body), { data: '{"choices":[{"delta":{"content":"x"' }, { data: '[DONE]' }]));
    const turn = await s.turn(LOAN_QUESTION);
    expectResetBeforeFallback(turn, REMOTE_START);
    expect(turn.done?.status).toBe('answered_fallback_offline');
  }, 10_000);
});

describe('an error event inside the stream', () => {
  it('after some text (output moderation): the shown text is withdrawn before the fallback text', async () => {
    s.script(errorEventAfter(REMOTE_START));
    const turn = await s.turn(LOAN_QUESTION);
    expectResetBeforeFallback(turn, REMOTE_START);
    await expectFallback(turn, expect.any(String));
  }, 10_000);
});

describe('tool calls cut by the length limit', () => {
  it('are not executed; the model is told and calls again with whole arguments', async () => {
    s.script(cutByLength('search_policy', '{"query":"创业担保'), { calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, { text: LOAN_ANSWER });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect(turn.tools.map((t) => t.input)).toEqual([LOAN_SEARCH]);
    const told = toolRounds(s.requests(from)[1]).tool[0];
    expect(told.content).toMatch(/length/);
    expect((await s.trace(turn.done!.messageId))!.modelCalls).toMatchObject({ refusedCalls: [{ name: 'search_policy' }] });
  }, 10_000);

  it('a cut call whose truncated arguments would parse as JSON is still not executed', async () => {
    // Cut right after a complete value: `{"query":"创业担保贷款"` + `}` is what a "repair" would make of it.
    s.script(cutByLength('search_policy', '{"query":"创业担保贷款"}'), { text: LOAN_ANSWER });
    const turn = await s.turn(LOAN_QUESTION);
    expect(turn.tools).toEqual([]);
    expect(turn.done?.status).toBe('answered');
  }, 10_000);
});

describe('a model that never stops calling tools', () => {
  it('ends after LLM_MAX_TOOL_STEPS rounds with its own status (answered_tool_limit) and an answer composed from the tools', async () => {
    const call = { calls: [{ name: 'search_policy', args: LOAN_SEARCH }] };
    s.script(...Array.from({ length: 10 }, () => call));
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    expect(s.requests(from).length).toBeLessThanOrEqual(MAX_STEPS + 1);
    expect(turn.done?.status).toBe('answered_tool_limit');
    expect(turn.done?.text).toContain('30万元');
    // The composed answer may arrive in `done` alone; whatever was streamed is the same text.
    expect(['', turn.done?.text]).toContain(turn.shown);
    // The same search three times is one clause, not the clause three times (issue 15: "an irrelevant policy dump").
    const lines = turn.done!.text.split('\n').filter((l) => l.trim());
    expect(new Set(lines).size).toBe(lines.length);
    expect((await s.stored(turn.done!.messageId))!.status).toBe('answered_tool_limit');
  }, 10_000);
});

describe('the turn budget across tool rounds', () => {
  let b: Awaited<ReturnType<typeof providerSuite>>;
  beforeAll(async () => {
    // Each call may take 2 s, the whole turn 3 s: the third round starts with under a second left.
    b = await providerSuite({ provider: openai(), model: 'qwen-plus', env: { LLM_TIMEOUT_MS: '2000', LLM_TURN_BUDGET_MS: '3000', LLM_IDLE_TIMEOUT_MS: '1000' } });
  });
  afterAll(() => b?.close());

  it('rounds that are each within the call deadline but together over LLM_TURN_BUDGET_MS end the turn by the budget', async () => {
    const slowCall = raw((body) => [{ wait: 1_200 }, ...openaiFrames({ calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, body)]);
    b.script(slowCall, slowCall, slowCall, { text: LOAN_ANSWER });
    const turn = await b.turn(LOAN_QUESTION);
    expect(turn.done?.status).toBe('answered_fallback_offline');
    expect((await b.trace(turn.done!.messageId))!.modelCalls).toMatchObject({ fallback: { cause: 'budget' } });
  }, 10_000);
});
