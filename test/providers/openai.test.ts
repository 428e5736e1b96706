import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAnswered, LOAN_ANSWER, LOAN_QUESTION, LOAN_SEARCH, providerSuite, toolRounds } from '../support/providers/harness.ts';
import { openai } from '../support/providers/openai.ts';

/**
 * OpenAI chat.completions streaming (the reference format; test/support/providers/openai.ts cites
 * the API reference for each field), through the real @langchain/openai client and a whole turn.
 */
let s: Awaited<ReturnType<typeof providerSuite>>;
beforeAll(async () => {
  s = await providerSuite({ provider: openai(), model: 'gpt-4o-mini' });
});
afterAll(() => s?.close());

describe('OpenAI chat.completions stream', () => {
  it('text: role chunk, content pieces, finish_reason, then the usage-only chunk — answered, usage recorded', async () => {
    s.script({ text: LOAN_ANSWER, usage: { prompt: 321, completion: 12 } });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect(s.requests(from)[0].stream_options).toEqual({ include_usage: true });
    expect((await s.stored(turn.done!.messageId))!.model).toBe('openai:gpt-4o-mini');
    expect((await s.trace(turn.done!.messageId))!.modelCalls).toMatchObject({ usage: { input: 321, output: 12, calls: 1 } });
  }, 10_000);

  it('a tool call (id, type and name first, arguments by index) runs, and its result goes back under the same id', async () => {
    s.script({ calls: [{ name: 'search_policy', args: LOAN_SEARCH, id: 'call_abc123' }] }, { text: LOAN_ANSWER });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect(turn.tools.map((t) => [t.name, t.input])).toEqual([['search_policy', LOAN_SEARCH]]);
    const second = toolRounds(s.requests(from)[1]);
    expect(second.assistant[0].tool_calls).toEqual([{ id: 'call_abc123', type: 'function', function: { name: 'search_policy', arguments: JSON.stringify(LOAN_SEARCH) } }]);
    expect(second.tool.map((m: any) => m.tool_call_id)).toEqual(['call_abc123']);
  }, 10_000);

  it('two parallel calls (index 0 and 1) both run and both answers go back', async () => {
    s.script({ calls: [{ name: 'search_policy', args: LOAN_SEARCH }, { name: 'list_events', args: { month: 3 } }] }, { text: LOAN_ANSWER });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect(turn.tools.map((t) => t.name)).toEqual(['search_policy', 'list_events']);
    const second = toolRounds(s.requests(from)[1]);
    const ids = second.assistant[0].tool_calls.map((c: any) => c.id);
    expect(new Set(ids).size).toBe(2);
    expect(second.tool.map((m: any) => m.tool_call_id).sort()).toEqual([...ids].sort());
  }, 10_000);

  it('a short sentence before the tool calls in the same reply is kept in front of the answer', async () => {
    s.script({ text: '我查一下。', calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, { text: LOAN_ANSWER });
    const turn = await s.turn(LOAN_QUESTION);
    expect(turn.done?.status).toBe('answered');
    expect(turn.done?.text).toBe(`我查一下。\n\n${LOAN_ANSWER}`);
    expect(turn.shown).toBe(turn.done?.text);
  }, 10_000);
});
