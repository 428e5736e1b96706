import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../server/db/schema/index.ts';
import type { StubTurn } from '../support/openai-chat-stub.ts';
import { scriptedModelApp } from '../support/scripted-model.ts';

/**
 * The real @langchain/openai client through the whole pipeline, against a local OpenAI-compatible
 * server whose answers each test scripts: streamed text, streamed tool calls, 500s, timeouts,
 * garbage and malformed tool arguments.
 */
let m: Awaited<ReturnType<typeof scriptedModelApp>>;

beforeAll(async () => {
  m = await scriptedModelApp({ LLM_MODEL: 'qwen-stub', LLM_TIMEOUT_MS: '5000' });
});
afterAll(() => m?.close());

async function chat(text: string, accept = 'application/json') {
  const s = await m.session();
  const { res, events } = await m.send(s, text, accept);
  return { res, events, s };
}

const chatCalls = () => m.chatCalls();

describe('a remote OpenAI-compatible model through @langchain/openai', () => {
  it('runs a tool call then streams the grounded answer, with the system prompt and tools sent', async () => {
    const before = chatCalls().length;
    m.script = [
      { toolCalls: [{ name: 'search_policy', args: JSON.stringify({ query: '一次性创业补助', k: 2 }) }] },
      { text: '首次创业、正常经营1年以上3年以下并带动就业3人以上的，可申请8000元/户的一次性创业补助【yb2022-38:2.2.2】。' },
    ];
    const { events } = await chat('开店两年了，有一次性创业补助吗？', 'text/event-stream');
    expect(events.filter((e) => e.event === 'tool').map((e) => e.data.name)).toEqual(['search_policy']);
    const done = events.at(-1)!;
    expect(done.event).toBe('done');
    expect(done.data.text).toContain('8000元/户');
    expect(done.data.status).toBe('answered');
    const requests = chatCalls().slice(before);
    expect(requests).toHaveLength(2);
    expect(requests[0]!.body.model).toBe('qwen-stub');
    expect(requests[0]!.body.messages[0].role).toBe('system');
    // The real model is told the dialogue state (who asks, what about) and the answer rules.
    expect(requests[0]!.body.messages[0].content).toContain('对话状态');
    expect(requests[0]!.body.messages[0].content).toContain('正在咨询：一次性创业补助');
    expect(requests[0]!.body.messages[0].content).toContain('最多问两个问题');
    expect(requests[0]!.body.tools.map((t: any) => t.function.name)).toEqual(
      expect.arrayContaining(['search_policy', 'check_eligibility', 'record_profile_facts', 'list_events', 'request_counsellor']),
    );
    // The tool result went back to the model.
    expect(requests[1]!.body.messages.some((m: any) => m.role === 'tool' && m.content.includes('yb2022-38:2.2.2'))).toBe(true);
    const [stored] = await m.t.database.db.select().from(messages).where(eq(messages.id, done.data.messageId));
    expect(stored).toMatchObject({ model: 'openai:qwen-stub', status: 'answered', flagged: false });
  });

  it('tells the model the known facts in words, not as the engine\'s keys and values', async () => {
    const before = chatCalls().length;
    m.script = [{ text: '好的，请问您的毕业时间是？' }];
    await chat('我是重庆户籍，去年毕业的大学生，在渝北开了个奶茶店，开了快两年了，有啥补贴');
    const system: string = chatCalls().slice(before)[0]!.body.messages[0].content;
    const known = /已知情况：(.*)/.exec(system)?.[1] ?? '';
    expect(known).not.toBe('');
    expect(known).toMatch(/户籍：重庆/);
    // No engine key (hasBusiness, business.startedOn) and no engine value (true, "chongqing").
    expect(known).not.toMatch(/[a-z]{3,}|=/i);
  });

  it('never lets the model see raw identifiers', async () => {
    const before = chatCalls().length;
    m.script = [{ text: '好的，已了解。失业登记可在任一街道公共就业服务机构办理【yb2022-38:2.4.1】。' }];
    await chat('我电话13812345678，身份证110105199003072426，失业登记去哪办');
    const sent = JSON.stringify(chatCalls().slice(before));
    expect(sent).not.toContain('13812345678');
    expect(sent).not.toContain('110105199003072426');
    expect(sent).toContain('138****5678');
  });

  it('regenerates an answer with an invented amount once, then replaces it and flags it', async () => {
    m.script = [{ text: '创业担保贷款个人最高50万元【yb2022-38:2.2.2】。' }, { text: '个人最高可贷45万元。' }];
    const { res } = await chat('创业担保贷款个人能贷多少');
    const r = await res.json();
    expect(r.status).toBe('answered_grounding_replaced');
    expect(r.text).not.toContain('50万元');
    expect(r.text).not.toContain('45万元');
    const [stored] = await m.t.database.db.select().from(messages).where(eq(messages.id, r.messageId));
    expect(stored!.flagged).toBe(true);
    expect(stored!.grounding).toMatchObject({ ok: false, regenerated: true, replaced: true, ungroundedFigures: ['50万元'] });
  });

  it('keeps a regenerated answer that passes', async () => {
    m.script = [{ text: '详见【yb2022-38:9.9】' }, { text: '个人最高可贷30万元【yb2022-38:2.2.2】。' }];
    const r = await (await chat('创业担保贷款个人能贷多少')).res.json();
    expect(r.text).toBe('个人最高可贷30万元【yb2022-38:2.2.2】。');
    expect(r.status).toBe('answered');
  });

  it.each([
    ['returns 500', [{ status: 500 }]],
    ['times out', [{ hang: true }]],
    ['returns garbage', [{ garbage: 'data: {not json}\n\n' }]],
    ['sends malformed tool arguments', [{ toolCalls: [{ name: 'check_eligibility', args: '{"benefitCodes": [' }] }]],
    ['closes the stream mid-answer', [{ cutAfter: '根据政策，个人最高' }]],
  ] as [string, StubTurn[]][])('falls back to the offline model when the upstream %s, and stores the answer', async (_, turns) => {
    m.script = [...turns];
    const { res, s } = await chat('创业担保贷款个人最高能贷多少？');
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.status).toBe('answered_fallback_offline');
    expect(r.text).toContain('30万元');
    expect(r.citations.map((c: any) => c.clauseId)).toContain('yb2022-38:2.2.2');
    const rows = await m.t.database.db.select().from(messages).where(eq(messages.conversationId, s.sessionId));
    expect(rows.map((m) => [m.role, m.status])).toEqual([
      ['seeker', 'answered'],
      ['assistant', 'answered_fallback_offline'],
    ]);
    expect(rows[1]!.model).toBe('openai:qwen-stub→offline');
  }, 20_000);
});
