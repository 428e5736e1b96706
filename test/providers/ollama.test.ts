import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAnswered, LOAN_ANSWER, LOAN_QUESTION, LOAN_SEARCH, providerSuite, toolRounds } from '../support/providers/harness.ts';
import { ollama, type OllamaOptions } from '../support/providers/ollama.ts';

/**
 * Ollama's OpenAI-compatible endpoint (test/support/providers/ollama.ts cites the captured streams,
 * ollama#7963 and hermes-agent's accumulator): a whole call in one chunk with a `call_xxxxxxxx`
 * id, `finish_reason: "stop"` after tool calls on versions before #7963, parallel calls reusing
 * index 0, the finish reason on the last content piece, and Qwen3's <think> in the content.
 */
const EVENTS = { month: 3 };

let s: Awaited<ReturnType<typeof providerSuite>>;
beforeAll(async () => {
  s = await providerSuite({ provider: ollama(), model: 'qwen3:8b' });
});
afterAll(() => s?.close());

describe.each([
  ['current Ollama (finish_reason "tool_calls")', {}],
  ['Ollama before #7963 (finish_reason "stop" after tool calls)', { legacyFinish: true }],
  ['an Ollama-compatible endpoint reusing index 0 for parallel calls', { reuseIndex: true }],
] as [string, OllamaOptions][])('Ollama — %s', (_, opts) => {
  beforeAll(() => s.use(ollama(opts)));

  it('a whole call in one chunk runs, and the answer (finish reason on its last piece) is answered', async () => {
    s.script({ calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, { text: LOAN_ANSWER });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect(turn.tools.map((t) => [t.name, t.input])).toEqual([['search_policy', LOAN_SEARCH]]);
    const second = toolRounds(s.requests(from)[1]);
    expect(second.assistant[0].tool_calls[0].id).toMatch(/^call_[0-9a-z]{8}$/);
    expect(second.tool[0].tool_call_id).toBe(second.assistant[0].tool_calls[0].id);
  }, 10_000);

  it('two calls, one chunk each, both run with their own arguments and ids', async () => {
    s.script({ calls: [{ name: 'search_policy', args: LOAN_SEARCH }, { name: 'list_events', args: EVENTS }] }, { text: LOAN_ANSWER });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect(turn.tools.map((t) => [t.name, t.input])).toEqual([
      ['search_policy', LOAN_SEARCH],
      ['list_events', EVENTS],
    ]);
    const second = toolRounds(s.requests(from)[1]);
    expect(second.tool.map((m: any) => m.tool_call_id).sort()).toEqual(second.assistant[0].tool_calls.map((c: any) => c.id).sort());
  }, 10_000);
});

describe('Ollama — Qwen3 writing <think> into the content', () => {
  beforeAll(() => s.use(ollama({ thinkInContent: true })));

  it('the <think> block before a tool call and before the answer is never streamed, shown or stored', async () => {
    s.script({ reasoning: '先查条款', calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, { reasoning: '条款是30万元', text: LOAN_ANSWER });
    const turn = await s.turn(LOAN_QUESTION);
    expect(turn.deltas).not.toMatch(/<\/?think>|先查条款|条款是/);
    await expectAnswered(s, turn, LOAN_ANSWER);
  }, 10_000);
});
