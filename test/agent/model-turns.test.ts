import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages, turnTraces } from '../../server/db/schema/index.ts';
import { scriptedModelApp } from '../support/scripted-model.ts';

/**
 * Issue 15's findings about the model layer, each through the real @langchain/openai client and
 * the whole turn: a stalled stream, 429s, reasoning, tool calls cut by the length limit, runaway
 * tool loops, counsellors in the history, the order of tool calls, token usage.
 */
let m: Awaited<ReturnType<typeof scriptedModelApp>>;

beforeAll(async () => {
  m = await scriptedModelApp({ LLM_TIMEOUT_MS: '3000', LLM_IDLE_TIMEOUT_MS: '700', LLM_TURN_BUDGET_MS: '8000', LLM_MAX_TOOL_STEPS: '3' });
});
afterAll(() => m?.close());

const session = () => m.session();
const send = (s: { sessionId: string; token: string }, text: string) => m.send(s, text);
const deltas = (events: { event: string; data: any }[]) => events.filter((e) => e.event === 'delta').map((e) => e.data.text).join('');
const done = (events: { event: string; data: any }[]) => events.find((e) => e.event === 'done')!.data;
const trace = async (messageId: string) => (await m.t.database.db.select().from(turnTraces).where(eq(turnTraces.answerMessageId, messageId)))[0]!;
const chatCalls = () => m.chatCalls();

describe('bounded model calls', () => {
  it('ends a stream that stalls after its first chunks at the idle limit, resets it, and frees the conversation', async () => {
    // The stub stalls for longer than the test may take: only the idle watchdog can end the turn in time
    // (no timed assertion: the trace says which limit ended it).
    m.script = [{ stallAfter: '根据政策，创业担保贷款', ms: 60_000 }];
    const s = await session();
    const { events } = await send(s, '创业担保贷款个人最高能贷多少？');
    const names = events.map((e) => e.event);
    // What the remote model streamed is withdrawn before the offline answer begins.
    expect(names.indexOf('reset')).toBeGreaterThan(names.indexOf('delta'));
    const after = events.slice(names.indexOf('reset') + 1);
    expect(deltas(after)).not.toContain('根据政策，创业担保贷款');
    expect(done(events)).toMatchObject({ status: 'answered_fallback_offline' });
    expect(done(events).text).toContain('30万元');
    const tr = await trace(done(events).messageId);
    expect(tr.modelCalls).toMatchObject({ fallback: { cause: 'idle' } });
    const [stored] = await m.t.database.db.select().from(messages).where(eq(messages.id, done(events).messageId));
    expect(stored!.flagged).toBe(true);
    m.script = [{ text: '好的。' }];
    expect((await send(s, '谢谢')).res.status).toBe(200);
  }, 30_000);

  it('retries a 429 after its Retry-After before the first token, and the remote model answers', async () => {
    m.script = [{ status: 429, headers: { 'retry-after': '1' } }, { text: '创业担保贷款个人最高可贷30万元【yb2022-38:2.2.2】。' }];
    const before = chatCalls().length;
    const started = Date.now();
    const { events } = await send(await session(), '创业担保贷款个人最高能贷多少？');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(chatCalls().length - before).toBe(2);
    expect(done(events)).toMatchObject({ status: 'answered' });
    expect(events.some((e) => e.event === 'reset')).toBe(false);
    expect((await trace(done(events).messageId)).modelCalls).toMatchObject({ retries: [{ cause: 'http_429', waitMs: 1000 }] });
  }, 20_000);
});

describe('no unverified figure on screen', () => {
  it('streams the sentences that are borne out and holds back the one with an invented amount', async () => {
    m.script = [
      { text: '您好，关于求职创业补贴。您可领取10000元【yb2022-38:2.5.3】。另外可以报名培训。' },
      { text: '您能领10万元补贴。' },
    ];
    const { events } = await send(await session(), '毕业生求职创业补贴有多少钱？');
    expect(deltas(events)).toContain('您好，关于求职创业补贴。');
    expect(deltas(events)).not.toMatch(/10000|10万|另外/);
    expect(done(events).status).toBe('answered_grounding_replaced');
    expect(done(events).text).not.toMatch(/10000|10万/);
  }, 20_000);
});

describe('a regeneration is bounded too', () => {
  it('a regeneration that stalls ends at the idle limit and the answer is replaced', async () => {
    m.script = [{ text: '您可领取10000元【yb2022-38:2.5.3】。' }, { stallAfter: '您好', ms: 60_000 }];
    const { events } = await send(await session(), '毕业生求职创业补贴有多少钱？');
    expect(done(events).status).toBe('answered_grounding_replaced');
    expect(done(events).text).not.toContain('10000');
  }, 30_000);
});

describe('reasoning models', () => {
  it('never shows or stores <think> text, and sends reasoning_content back with its tool calls', async () => {
    m.script = [
      { reasoning: '先查一下政策条款。', toolCalls: [{ name: 'search_policy', args: JSON.stringify({ query: '创业担保贷款', k: 2 }) }] },
      { text: '<think>用户问额度，条款写的是30万元</think>\n\n创业担保贷款个人最高可贷30万元【yb2022-38:2.2.2】。' },
    ];
    const before = chatCalls().length;
    const { events } = await send(await session(), '创业担保贷款个人最高能贷多少？');
    expect(deltas(events)).not.toMatch(/think|用户问额度/);
    expect(done(events).text).toBe('创业担保贷款个人最高可贷30万元【yb2022-38:2.2.2】。');
    const second = chatCalls()[before + 1]!.body;
    const assistant = second.messages.find((m: any) => m.role === 'assistant' && m.tool_calls);
    expect(assistant.reasoning_content).toBe('先查一下政策条款。');
  }, 20_000);
});

describe('tool calls', () => {
  it('does not run a call cut by the length limit; the model is told and calls again', async () => {
    m.script = [
      { toolCalls: [{ name: 'search_policy', args: '{"query":"创业担保' }], finish: 'length' },
      { toolCalls: [{ name: 'search_policy', args: JSON.stringify({ query: '创业担保贷款', k: 2 }) }] },
      { text: '创业担保贷款个人最高可贷30万元【yb2022-38:2.2.2】。' },
    ];
    const before = chatCalls().length;
    const { events } = await send(await session(), '创业担保贷款个人最高能贷多少？');
    expect(done(events)).toMatchObject({ status: 'answered' });
    expect(events.filter((e) => e.event === 'tool').map((e) => e.data.input)).toEqual([{ query: '创业担保贷款', k: 2 }]);
    const told = chatCalls()[before + 1]!.body.messages.find((m: any) => m.role === 'tool');
    expect(told.content).toContain('length limit');
    expect((await trace(done(events).messageId)).modelCalls).toMatchObject({ refusedCalls: [{ name: 'search_policy' }] });
  }, 20_000);

  it('ends a model that never stops calling tools with its own status and a composed answer', async () => {
    const call = { toolCalls: [{ name: 'search_policy', args: JSON.stringify({ query: '创业担保贷款', k: 2 }) }] };
    m.script = [call, call, call, call, call];
    const { events } = await send(await session(), '创业担保贷款个人最高能贷多少？');
    expect(done(events).status).toBe('answered_tool_limit');
    expect(done(events).text).toContain('30万元');
  }, 20_000);

  it('records the facts before judging them when the model calls both in one step', async () => {
    m.script = [
      {
        toolCalls: [
          { name: 'check_eligibility', args: JSON.stringify({ benefitCodes: ['job_search_startup_subsidy'] }) },
          { name: 'record_profile_facts', args: JSON.stringify({ isCollegeGraduate: true }) },
        ],
      },
      { text: '好的，已记录。' },
    ];
    const { events } = await send(await session(), '我是今年的毕业生');
    expect(events.filter((e) => e.event === 'tool').map((e) => e.data.name)).toEqual(['record_profile_facts', 'check_eligibility']);
  }, 20_000);
});

describe('what the model is sent and what is recorded', () => {
  it('does not send a counsellor\'s messages as the assistant\'s', async () => {
    const s = await session();
    m.script = [{ text: '您好，请问有什么可以帮您？' }];
    await send(s, '你好');
    // A counsellor's line in the conversation (as the console writes it).
    await m.t.database.db.insert(messages).values({ conversationId: s.sessionId, role: 'counsellor', text: '我是顾问小李，稍后给您回电。', seq: 99, status: 'delivered' } as any);
    m.script = [{ text: '好的。', usage: { prompt_tokens: 321, completion_tokens: 12 } }];
    const before = chatCalls().length;
    const { events } = await send(s, '好的谢谢');
    const sent = chatCalls()[before]!.body.messages;
    expect(sent.filter((m: any) => m.role === 'assistant').map((m: any) => m.content)).not.toContain('我是顾问小李，稍后给您回电。');
    expect(sent[0].content).toContain('我是顾问小李，稍后给您回电。');
    expect((await trace(done(events).messageId)).modelCalls).toMatchObject({ usage: { input: 321, output: 12, calls: 1 } });
  }, 20_000);
});
