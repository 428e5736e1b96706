import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashscope } from '../support/providers/dashscope.ts';
import { expectAnswered, LOAN_ANSWER, LOAN_QUESTION, LOAN_SEARCH, providerSuite, toolRounds } from '../support/providers/harness.ts';

/**
 * Qwen on DashScope's OpenAI-compatible mode (test/support/providers/dashscope.ts cites the Model
 * Studio function-calling and deep-thinking pages, langchain4j#4544 and lobehub 5321d91): tool
 * calls whose later pieces carry an empty id, or repeat the id and name, or come as {id,name} then
 * {id,arguments}; the usage-only last chunk; reasoning_content under enable_thinking.
 */
const EVENTS = { month: 3 };

let s: Awaited<ReturnType<typeof providerSuite>>;
beforeAll(async () => {
  s = await providerSuite({ provider: dashscope(), model: 'qwen-plus' });
});
afterAll(() => s?.close());

describe.each([
  ['empty id on later pieces (the documented stream)', 'empty-id'],
  ['id and name repeated on every piece', 'repeat'],
  ['{id, name} then {id, arguments}', 'split'],
] as const)('DashScope compatible mode — %s', (_, followUps) => {
  beforeAll(() => s.use(dashscope({ followUps })));

  it('one call runs once with its whole arguments; the answer is answered; usage from the usage-only chunk', async () => {
    s.script({ calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, { text: LOAN_ANSWER, usage: { prompt: 900, completion: 30 } });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect(turn.tools.map((t) => [t.name, t.input])).toEqual([['search_policy', LOAN_SEARCH]]);
    const second = toolRounds(s.requests(from)[1]);
    expect(second.assistant[0].tool_calls).toHaveLength(1);
    expect(second.assistant[0].tool_calls[0].id).toMatch(/^call_/);
    expect(second.tool.map((m: any) => m.tool_call_id)).toEqual([second.assistant[0].tool_calls[0].id]);
    expect((await s.trace(turn.done!.messageId))!.modelCalls).toMatchObject({ usage: { calls: 2 } });
  }, 10_000);

  it('two parallel calls keep their own arguments (lobehub#11649: later pieces without an id were merged into the first)', async () => {
    s.script({ calls: [{ name: 'search_policy', args: LOAN_SEARCH }, { name: 'list_events', args: EVENTS }] }, { text: LOAN_ANSWER });
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect(turn.tools.map((t) => [t.name, t.input])).toEqual([
      ['search_policy', LOAN_SEARCH],
      ['list_events', EVENTS],
    ]);
  }, 10_000);
});

describe('DashScope — open-source Qwen3, thinking on by default', () => {
  beforeAll(() => s.use(dashscope({ thinkingDefault: true })));

  it('reasoning_content before the tool call and before the answer is never shown or stored', async () => {
    s.script({ reasoning: '需要先查政策条款。', calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, { reasoning: '条款规定个人最高30万元。', text: LOAN_ANSWER });
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect(turn.deltas).not.toMatch(/需要先查|条款规定/);
  }, 10_000);
});

describe('DashScope — thinking switched off by configuration', () => {
  let s: Awaited<ReturnType<typeof providerSuite>>;
  beforeAll(async () => {
    // Its own app: LLM_EXTRA_BODY is read at start.
    s = await providerSuite({ provider: dashscope({ thinkingDefault: true }), model: 'qwen3-32b', env: { LLM_EXTRA_BODY: '{"enable_thinking":false}' } });
  });
  afterAll(() => s?.close());

  it('every request carries enable_thinking: false at the top level (DashScope reads it there, not in chat_template_kwargs)', async () => {
    s.script({ calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, { text: LOAN_ANSWER });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    for (const body of s.requests(from)) expect(body.enable_thinking).toBe(false);
  }, 10_000);
});
