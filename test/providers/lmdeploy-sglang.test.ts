import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAnswered, LOAN_ANSWER, LOAN_QUESTION, LOAN_SEARCH, providerSuite, toolRounds } from '../support/providers/harness.ts';
import { lmdeploy, type LmdeployOptions } from '../support/providers/lmdeploy.ts';
import { sglang, type SglangOptions } from '../support/providers/sglang.ts';

/**
 * lmdeploy and SGLang (test/support/providers/lmdeploy.ts and sglang.ts cite their tool parsers,
 * serving_chat.py, sglang#6310 and dynamo#4723): parallel calls reusing index 0 with new ids or
 * with no id at all, the first piece's index being the tool's place in the request, null ids and
 * names on later pieces, finish_reason "stop" after tool calls, and an error object written into
 * a 200 stream.
 */
const EVENTS = { month: 3 };
let s: Awaited<ReturnType<typeof providerSuite>>;
beforeAll(async () => {
  s = await providerSuite({ provider: lmdeploy(), model: 'Qwen2.5-7B-Instruct' });
});
afterAll(() => s?.close());

const BOTH = [
  ['search_policy', LOAN_SEARCH],
  ['list_events', EVENTS],
];

describe.each([
  ['two calls at index 0, each opened by a new id and name', 'reuse-index'],
  ['two calls at index 0 with no id at all', 'no-id'],
  ['qwen3 parser: the id repeated on each piece, whole arguments', 'qwen3'],
] as [string, LmdeployOptions['variant']][])('lmdeploy — %s', (_, variant) => {
  beforeAll(() => s.use(lmdeploy({ variant })));

  it('both calls run with their own arguments; each tool answer goes back under its own (made-up if need be) id', async () => {
    s.script({ calls: [{ name: 'search_policy', args: LOAN_SEARCH }, { name: 'list_events', args: EVENTS }] }, { text: LOAN_ANSWER });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect(turn.tools.map((t) => [t.name, t.input])).toEqual(BOTH);
    const second = toolRounds(s.requests(from)[1]);
    const ids = second.assistant[0].tool_calls.map((c: any) => c.id);
    expect(ids.every((id: unknown) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(2);
    expect(second.tool.map((m: any) => m.tool_call_id).sort()).toEqual([...ids].sort());
  }, 10_000);

  it('reasoning_content from the Qwen reasoning parser is never shown or stored', async () => {
    s.script({ reasoning: '先检索政策条款', calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, { reasoning: '额度是30万元', text: LOAN_ANSWER });
    const turn = await s.turn(LOAN_QUESTION);
    expect(turn.deltas).not.toMatch(/先检索|额度是/);
    await expectAnswered(s, turn, LOAN_ANSWER);
  }, 10_000);
});

describe.each([
  ['explicit nulls, null id and name on later pieces, finish_reason "stop" after the calls', {}],
  ['sglang#6310: the first piece indexed by the tool\'s place in the request, later pieces by call order', { indexQuirk: true }],
  ['dynamo#4723: every piece of parallel calls at index 0', { allIndexZero: true }],
] as [string, SglangOptions][])('SGLang — %s', (_, opts) => {
  beforeAll(() => s.use(sglang(opts)));

  it('one call (list_events, 6th of the request\'s tools) runs with its whole arguments', async () => {
    s.script({ calls: [{ name: 'list_events', args: EVENTS }] }, { text: LOAN_ANSWER });
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect(turn.tools.map((t) => [t.name, t.input])).toEqual([['list_events', EVENTS]]);
  }, 10_000);

  it('two calls both run with their own arguments', async () => {
    s.script({ reasoning: '查两样', calls: [{ name: 'search_policy', args: LOAN_SEARCH }, { name: 'list_events', args: EVENTS }] }, { text: LOAN_ANSWER });
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect(turn.tools.map((t) => [t.name, t.input])).toEqual(BOTH);
  }, 10_000);
});

describe('SGLang — an error object written into the 200 stream', () => {
  beforeAll(() => s.use(sglang({ errorMidStream: 'The decoder prompt is longer than the maximum model length' })));

  it('is a failed call, not an empty answer: the turn falls back, flagged, with a cause in the trace', async () => {
    s.script({ text: LOAN_ANSWER });
    const turn = await s.turn(LOAN_QUESTION);
    expect(turn.done?.status).toBe('answered_fallback_offline');
    expect(turn.done?.text).toContain('30万元');
    expect((await s.stored(turn.done!.messageId))!.flagged).toBe(true);
    expect((await s.trace(turn.done!.messageId))!.modelCalls).toMatchObject({ fallback: { cause: expect.any(String) } });
  }, 10_000);
});
