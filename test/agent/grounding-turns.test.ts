import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../server/db/schema/index.ts';
import type { StubTurn } from '../support/openai-chat-stub.ts';
import { scriptedModelApp } from '../support/scripted-model.ts';

/**
 * Issue 15's grounding findings through the real @langchain/openai client and the whole turn: a
 * yes the rules engine did not give (finding 2), and a follow-up whose right answer rests on the
 * previous turn's tool results and citation (finding 3), with what a regeneration is sent.
 */
let m: Awaited<ReturnType<typeof scriptedModelApp>>;

beforeAll(async () => {
  m = await scriptedModelApp({ LLM_TIMEOUT_MS: '15000' });
});
afterAll(() => m?.close());

const session = () => m.session();
async function send(s: { sessionId: string; token: string }, text: string) {
  const { events } = await m.send(s, text);
  const done = events.find((e) => e.event === 'done')!.data;
  const shown = events.filter((e) => e.event === 'delta').map((e) => e.data.text).join('');
  return { events, done, shown };
}
const stored = async (id: string) => (await m.t.database.db.select().from(messages).where(eq(messages.id, id)))[0]!;
const chatCalls = () => m.chatCalls();
const call = (name: string, args: unknown) => ({ name, args: JSON.stringify(args) });

// As a model sends them: the flat fields of record_profile_facts, closed sets in Chinese.
const poorGraduate = { isCollegeGraduate: true, graduationDate: '2026-06-30', hukou: '重庆', dibaoFamily: true, employmentStatus: '未就业' };
const firstTurn: StubTurn[] = [
  { toolCalls: [call('record_profile_facts', poorGraduate), call('check_eligibility', { benefitCodes: ['job_search_startup_subsidy'] })] },
  { text: '您符合条件，可以领取离校求职创业补贴500元/人【yb2022-38:2.5.3】。' },
];

describe('grounding of claims through the whole turn', () => {
  it('finding 2: “您完全符合条件，可以领取8000元” for a graduate who has not started a business is neither shown nor stored', async () => {
    m.script = [
      { toolCalls: [call('record_profile_facts', { isCollegeGraduate: true, graduationDate: '2026-06-30', hasBusiness: false }), call('check_eligibility', {})] },
      { text: '您完全符合条件，可以领取8000元【yb2022-38:2.2.2】。' },
      // The regeneration says the same yes.
      { text: '您可以领取一次性创业补助8000元/户【yb2022-38:2.2.2】。' },
    ];
    const { done, shown } = await send(await session(), '我是今年毕业的大学生，还没有创业，能领什么补贴？');
    expect(shown).not.toMatch(/完全符合条件|8000/);
    expect(done.status).toBe('answered_grounding_replaced');
    expect(done.text).not.toMatch(/完全符合条件|可以领取8000/);
    const row = await stored(done.messageId);
    expect(row.flagged).toBe(true);
    expect(row.grounding).toMatchObject({
      ok: false,
      regenerated: true,
      replaced: true,
      unsupportedClaims: expect.arrayContaining([expect.objectContaining({ cue: '符合条件', benefits: ['startup_one_off_grant'], found: ['ineligible'] })]),
    });
  }, 20_000);

  it('finding 3: a follow-up re-stating the previous answer (500元, 2.5.3) is kept, not replaced', async () => {
    const s = await session();
    m.script = [...firstTurn];
    expect((await send(s, '我是低保家庭的大学生，今年毕业还没找到工作，有啥补贴？')).done.status).toBe('answered');
    const followUp = '您符合条件，离校求职创业补贴500元/人，带上身份证和毕业证到区就业和人才中心申请【yb2022-38:2.5.3】。';
    m.script = [{ text: followUp }];
    const { done } = await send(s, '那怎么申请？');
    expect(done).toMatchObject({ status: 'answered', text: followUp });
    // (What streams before `done` is the hold-back's: it sees the previous answer's evidence once
    // loop/verify.ts builds its verifier from turnEvidence.)
    expect(done.citations.map((c: { clauseId: string }) => c.clauseId)).toEqual(['yb2022-38:2.5.3']);
    expect((await stored(done.messageId)).grounding).toMatchObject({ ok: true, regenerated: false, replaced: false });
  }, 20_000);

  it('a regeneration is sent the conversation, the failed answer and what failed', async () => {
    const s = await session();
    m.script = [...firstTurn];
    await send(s, '我是低保家庭的大学生，今年毕业还没找到工作，有啥补贴？');
    const fixed = '离校求职创业补贴500元/人，到区就业和人才中心申请【yb2022-38:2.5.3】。';
    m.script = [{ text: '离校求职创业补贴800元/人，到区就业和人才中心申请【yb2022-38:2.5.3】。' }, { text: fixed }];
    const before = chatCalls().length;
    const { done } = await send(s, '那怎么申请？');
    expect(done).toMatchObject({ status: 'answered', text: fixed });
    const retry = chatCalls()[before + 1]!.body.messages as { role: string; content: string }[];
    // The earlier turn, then this question, then the failed answer with its problem and the previous evidence.
    expect(retry.some((m) => m.role === 'user' && m.content.includes('今年毕业还没找到工作'))).toBe(true);
    expect(retry.some((m) => m.role === 'assistant' && m.content.includes('500元/人'))).toBe(true);
    expect(retry.some((m) => m.role === 'user' && m.content === '那怎么申请？')).toBe(true);
    const last = retry.at(-1)!;
    expect(last.role).toBe('user');
    expect(last.content).toContain('离校求职创业补贴800元/人');
    expect(last.content).toContain('“800元/人”在依据中找不到（说的是离校求职创业补贴）');
    expect(last.content).toContain('job_search_startup_subsidy');
    expect((await stored(done.messageId)).grounding).toMatchObject({ ok: true, regenerated: true, replaced: false });
  }, 20_000);
});
