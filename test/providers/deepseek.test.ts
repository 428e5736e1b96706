import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepseek } from '../support/providers/deepseek.ts';
import { expectAnswered, LOAN_ANSWER, LOAN_QUESTION, LOAN_SEARCH, providerSuite, toolRounds } from '../support/providers/harness.ts';

/**
 * DeepSeek's API (test/support/providers/deepseek.ts cites the thinking-mode guide, the rate-limit
 * page and langchain-ai/langchainjs#10883): reasoning_content before content, the 400 when a
 * tool-call turn's reasoning_content is not sent back, thinking switched off by request, and
 * keep-alive comments while a loaded server queues the request. The stub enforces the 400.
 */
const REASONING = '用户问创业担保贷款的额度，先检索条款再回答。';

describe('DeepSeek, thinking mode (deepseek-reasoner)', () => {
  let s: Awaited<ReturnType<typeof providerSuite>>;
  beforeAll(async () => {
    s = await providerSuite({ provider: deepseek(), model: 'deepseek-reasoner' });
  });
  afterAll(() => s?.close());

  it('reasoning_content deltas before the content are never shown, stored or sent as the answer', async () => {
    s.script({ reasoning: REASONING, text: LOAN_ANSWER });
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect(turn.deltas).not.toContain('先检索条款');
  }, 10_000);

  it('a tool turn sends the reasoning_content back with the assistant tool_calls, so DeepSeek does not answer 400', async () => {
    s.script({ reasoning: REASONING, calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, { reasoning: '条款写明30万元。', text: LOAN_ANSWER });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    const [assistant] = toolRounds(s.requests(from)[1]).assistant;
    expect(assistant.reasoning_content).toBe(REASONING);
    expect(turn.deltas).not.toMatch(/先检索条款|条款写明/);
  }, 10_000);

  it('two tool rounds: every assistant tool-call message in each later request carries its own reasoning_content', async () => {
    s.script(
      { reasoning: '第一步：检索条款。', calls: [{ name: 'search_policy', args: LOAN_SEARCH }] },
      { reasoning: '第二步：再查活动。', calls: [{ name: 'list_events', args: { month: 3 } }] },
      { reasoning: '可以回答了。', text: LOAN_ANSWER },
    );
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    const third = toolRounds(s.requests(from)[2]).assistant;
    expect(third.map((m: any) => m.reasoning_content)).toEqual(['第一步：检索条款。', '第二步：再查活动。']);
  }, 10_000);

  it('a tool turn whose reasoning was empty still sends reasoning_content (as ""), which DeepSeek requires', async () => {
    // deepseek-ai/deepseek-harness #739 / #1850: omitting the field when the reasoning is empty is the same 400.
    s.script({ reasoning: '', calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, { text: LOAN_ANSWER });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    const [assistant] = toolRounds(s.requests(from)[1] ?? {}).assistant;
    expect(assistant?.reasoning_content).toBe('');
    await expectAnswered(s, turn, LOAN_ANSWER);
  }, 10_000);

  it('the next message of the same conversation after a tool turn is accepted too (no tool-call history without reasoning)', async () => {
    s.script({ reasoning: REASONING, calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, { text: LOAN_ANSWER });
    const first = await s.turn(LOAN_QUESTION);
    expect(first.done?.status).toBe('answered');
    s.script({ reasoning: '再答一次。', text: LOAN_ANSWER });
    const again = await s.send(first.session, '那个人最多30万元对吧？');
    expect(again.done?.status).toBe('answered');
  }, 15_000);

  it('keep-alive comments while queued (a loaded server) for less than the call deadline are not a stall', async () => {
    // The queued wait (1.5 s) is longer than LLM_IDLE_TIMEOUT_MS (1 s) but shorter than LLM_TIMEOUT_MS (4 s).
    s.script((body, c) => deepseek({ queuedMs: 1500 })({ reasoning: REASONING, text: LOAN_ANSWER }, body, c));
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
  }, 10_000);

  it('a queue that never starts inference ends the turn by the call deadline, falls back visibly, and frees the conversation', async () => {
    s.script((body, c) => deepseek({ queuedMs: 30_000 })({ text: LOAN_ANSWER }, body, c));
    const turn = await s.turn(LOAN_QUESTION);
    expect(turn.done?.status).toBe('answered_fallback_offline');
    expect((await s.trace(turn.done!.messageId))!.modelCalls).toMatchObject({ fallback: { cause: 'timeout' } });
    s.script({ reasoning: REASONING, text: LOAN_ANSWER });
    expect((await s.send(turn.session, '谢谢')).status).toBe(200);
  }, 15_000);
});

describe('DeepSeek, thinking switched off by configuration', () => {
  let s: Awaited<ReturnType<typeof providerSuite>>;
  beforeAll(async () => {
    // LLM_EXTRA_BODY is the existing switch (server/config.ts); the README should say DeepSeek needs it or the pass-back.
    s = await providerSuite({ provider: deepseek(), model: 'deepseek-v4-flash', env: { LLM_EXTRA_BODY: '{"thinking":{"type":"disabled"}}' } });
  });
  afterAll(() => s?.close());

  it('every request carries thinking: {type: "disabled"}; the tool turn is answered with no reasoning to send back', async () => {
    s.script({ reasoning: 'ignored: thinking is off', calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, { text: LOAN_ANSWER });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    for (const body of s.requests(from)) expect(body.thinking).toEqual({ type: 'disabled' });
  }, 10_000);
});
