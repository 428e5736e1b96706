import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAnswered, LOAN_ANSWER, LOAN_QUESTION, LOAN_SEARCH, providerSuite, toolRounds } from '../support/providers/harness.ts';
import { vllm, type VllmOptions } from '../support/providers/vllm.ts';

/**
 * vLLM's OpenAI server with Qwen3 (test/support/providers/vllm.ts cites the reasoning-outputs
 * docs, the qwen3 reasoning parser, vllm#8272 and serving_chat.py): reasoning in the content as
 * <think> blocks (no reasoning parser), a dangling </think> (Qwen3.5 templates open the block in
 * the prompt), `reasoning` / `reasoning_content` fields (with a parser, new / old vLLM), hermes
 * tool calls whose last argument piece comes with the finish reason, and the 400 of a server
 * started without a tool parser.
 */
const REASONING = '用户想知道贷款上限，我应该先调用 search_policy 检索条款';

async function suite(opts: VllmOptions, env?: Record<string, string>) {
  return providerSuite({ provider: vllm(opts), model: 'Qwen/Qwen3-32B', env });
}

let s: Awaited<ReturnType<typeof providerSuite>>;
beforeAll(async () => {
  s = await suite({});
});
afterAll(() => s?.close());

describe.each([
  ['no reasoning parser: <think>…</think> in the content', 'content'],
  ['--reasoning-parser, vLLM ≥ 0.11: the `reasoning` field', 'reasoning'],
  ['--reasoning-parser, older vLLM: the `reasoning_content` field', 'reasoning_content'],
] as const)('vLLM — %s', (_, think) => {
  beforeAll(() => s.use(vllm({ think })));

  it('a text answer: the reasoning is never streamed, shown or stored', async () => {
    s.script({ reasoning: REASONING, text: LOAN_ANSWER });
    const turn = await s.turn(LOAN_QUESTION);
    expect(turn.deltas).not.toMatch(/<\/?think>|search_policy 检索条款/);
    await expectAnswered(s, turn, LOAN_ANSWER);
  }, 10_000);

  it('a tool turn then an answer, each with reasoning: the call runs, the reasoning never reaches the seeker or the next request as content', async () => {
    s.script({ reasoning: REASONING, calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, { reasoning: '条款写的是30万元', text: LOAN_ANSWER });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    expect(turn.deltas).not.toMatch(/<\/?think>|search_policy 检索条款|条款写的是/);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect(turn.tools.map((t) => [t.name, t.input])).toEqual([['search_policy', LOAN_SEARCH]]);
    const [assistant] = toolRounds(s.requests(from)[1]).assistant;
    expect(String(assistant.content ?? '')).not.toMatch(/think|检索条款/);
  }, 10_000);
});

describe('vLLM — Qwen3.5 template: bare reasoning then a dangling </think> in the content', () => {
  it('told by LLM_REASONING_FIRST, the reasoning is never streamed, shown or stored — text or tool turn', async () => {
    const first = await suite({ think: 'dangling' }, { LLM_REASONING_FIRST: 'true' });
    try {
      first.script({ reasoning: REASONING, text: LOAN_ANSWER });
      const turn = await first.turn(LOAN_QUESTION);
      expect(turn.deltas).not.toMatch(/<\/?think>|search_policy 检索条款/);
      await expectAnswered(first, turn, LOAN_ANSWER);
      first.script({ reasoning: REASONING, calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, { reasoning: '条款写的是30万元', text: LOAN_ANSWER });
      const tool = await first.turn(LOAN_QUESTION);
      expect(tool.deltas).not.toMatch(/<\/?think>|search_policy 检索条款|条款写的是/);
      await expectAnswered(first, tool, LOAN_ANSWER);
    } finally {
      await first.close();
    }
  }, 20_000);

  it('not told, the first reply\'s reasoning is withdrawn with reset when its </think> comes, and never streamed again', async () => {
    const learn = await suite({ think: 'dangling' });
    try {
      learn.script({ reasoning: REASONING, text: LOAN_ANSWER });
      const turn = await learn.turn(LOAN_QUESTION);
      expect(turn.resets).toEqual(['reasoning']);
      expect(turn.shown).not.toMatch(/<\/?think>|search_policy 检索条款/);
      expect(turn.done?.text).toBe(LOAN_ANSWER);
      learn.script({ reasoning: REASONING, text: LOAN_ANSWER });
      const next = await learn.turn(LOAN_QUESTION);
      expect(next.deltas).not.toMatch(/<\/?think>|search_policy 检索条款/);
      await expectAnswered(learn, next, LOAN_ANSWER);
    } finally {
      await learn.close();
    }
  }, 20_000);
});

describe('vLLM — hermes tool parser', () => {
  beforeAll(() => s.use(vllm({ think: 'reasoning' })));

  it('a call opened by name only (chatcmpl-tool-… id) whose last argument piece rides on the finish chunk runs with its whole arguments', async () => {
    s.script({ calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, { text: LOAN_ANSWER });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    expect(turn.tools.map((t) => t.input)).toEqual([LOAN_SEARCH]);
    const second = toolRounds(s.requests(from)[1]);
    expect(second.assistant[0].tool_calls[0].id).toMatch(/^chatcmpl-tool-/);
    expect(second.tool[0].tool_call_id).toBe(second.assistant[0].tool_calls[0].id);
  }, 10_000);
});

describe('vLLM — thinking switched off by configuration', () => {
  let s: Awaited<ReturnType<typeof providerSuite>>;
  beforeAll(async () => {
    // Its own app: LLM_EXTRA_BODY is read at start.
    s = await suite({ think: 'content' }, { LLM_EXTRA_BODY: '{"chat_template_kwargs":{"enable_thinking":false}}' });
  });
  afterAll(() => s?.close());

  it('every request carries chat_template_kwargs.enable_thinking: false, and no <think> comes back', async () => {
    s.script({ reasoning: REASONING, calls: [{ name: 'search_policy', args: LOAN_SEARCH }] }, { reasoning: REASONING, text: LOAN_ANSWER });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    await expectAnswered(s, turn, LOAN_ANSWER);
    for (const body of s.requests(from)) expect(body.chat_template_kwargs).toEqual({ enable_thinking: false });
  }, 10_000);
});

describe('vLLM — started without --enable-auto-tool-choice', () => {
  beforeAll(() => s.use(vllm({ toolParser: false })));

  it('the 400 is not retried; the turn falls back, flagged, with the cause in the trace', async () => {
    s.script({ text: LOAN_ANSWER }, { text: LOAN_ANSWER });
    const from = s.mark();
    const turn = await s.turn(LOAN_QUESTION);
    expect(s.requests(from)).toHaveLength(1);
    expect(turn.done?.status).toBe('answered_fallback_offline');
    expect(turn.done?.text).toContain('30万元');
    expect((await s.stored(turn.done!.messageId))!.flagged).toBe(true);
    expect((await s.trace(turn.done!.messageId))!.modelCalls).toMatchObject({ fallback: { cause: 'http_400' } });
  }, 10_000);
});
