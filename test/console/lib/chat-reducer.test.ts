import { describe, expect, test } from 'vitest';
import type { TurnEvent } from '../../../console/api/chat-types.ts';
import { type ChatAction, type ChatState, chatReducer, initialChat } from '../../../console/lib/chat-reducer.ts';

const run = (actions: ChatAction[], from: ChatState = initialChat) => actions.reduce(chatReducer, from);
const turn = (event: TurnEvent): ChatAction => ({ type: 'turn', key: 'k1', event });
const citation = { clauseId: 'yb2022-38:2.2.2', title: '加大创业资金扶持', quote: '……' };

describe('the seeker conversation reducer', () => {
  test('reset clears what streamed of the answer, so the fallback text is not appended to it (ADR 0014)', () => {
    const s = run([
      { type: 'send', key: 'k1', text: '创业贷款能贷多少？' },
      turn({ event: 'delta', data: { text: '根据政策，个人' } }),
      turn({ event: 'tool', data: { name: 'search_policy', input: {}, output: {} } }),
      turn({ event: 'reset', data: { reason: 'fallback' } }),
      turn({ event: 'delta', data: { text: '个人最高可贷30万元' } }),
    ]);
    expect(s.messages[1]).toMatchObject({ role: 'assistant', text: '个人最高可贷30万元', toolCalls: [], streaming: true });
  });

  test('deltas stream into a provisional answer; done.text replaces them (ADR 0002)', () => {
    const streaming = run([{ type: 'send', key: 'k1', text: '创业贷款能贷多少？' }, turn({ event: 'delta', data: { text: '个人最高' } }), turn({ event: 'delta', data: { text: '50万元' } })]);
    expect(streaming.busy).toBe(true);
    expect(streaming.messages.map((m) => [m.role, m.text, !!m.streaming])).toEqual([
      ['seeker', '创业贷款能贷多少？', false],
      ['assistant', '个人最高50万元', true],
    ]);

    const done = run(
      [
        turn({ event: 'citation', data: citation }),
        turn({ event: 'done', data: { messageId: 'm-1', text: '个人最高30万元【yb2022-38:2.2.2】', citations: [citation], status: 'answered' } }),
      ],
      streaming,
    );
    const answer = done.messages[1]!;
    expect(answer.text).toBe('个人最高30万元【yb2022-38:2.2.2】');
    expect(answer.messageId).toBe('m-1');
    expect(answer.streaming).toBe(false);
    expect(answer.replaced).toBe(true);
    expect(answer.citations).toEqual([citation]);
    expect(done.busy).toBe(false);
    // Same key: the bubble is updated in place.
    expect(answer.key).toBe(streaming.messages[1]!.key);
  });

  test('done with the same text as streamed is not marked replaced; tool outputs are kept for the tables', () => {
    const tool = { name: 'check_eligibility', input: {}, output: { benefits: [] } };
    const s = run([
      { type: 'send', key: 'k1', text: '能领什么补贴？' },
      turn({ event: 'tool', data: tool }),
      turn({ event: 'delta', data: { text: '可以' } }),
      turn({ event: 'done', data: { messageId: 'm-2', text: '可以', citations: [], status: 'answered' } }),
    ]);
    expect(s.messages[1]!.replaced).toBe(false);
    expect(s.messages[1]!.toolCalls).toEqual([tool]);
  });

  test('an error event ends the turn with the message; a stream that closes without done keeps what came', () => {
    const failed = run([{ type: 'send', key: 'k1', text: '你好' }, turn({ event: 'error', data: { code: 'error_model', message: '系统暂时出现问题' } })]);
    expect(failed.messages[1]!.error).toBe('系统暂时出现问题');
    expect(failed.busy).toBe(false);

    const cut = run([{ type: 'send', key: 'k1', text: '你好' }, turn({ event: 'delta', data: { text: '您好' } }), { type: 'turnEnded', key: 'k1' }]);
    expect(cut.messages[1]!.text).toBe('您好');
    expect(cut.messages[1]!.streaming).toBe(false);

    const empty = run([{ type: 'send', key: 'k1', text: '你好' }, { type: 'turnEnded', key: 'k1' }]);
    expect(empty.messages.map((m) => m.role)).toEqual(['seeker']);

    const network = run([{ type: 'send', key: 'k1', text: '你好' }, { type: 'turnEnded', key: 'k1', error: '网络连接失败' }]);
    expect(network.messages[1]!.error).toBe('网络连接失败');
  });

  test('a message delivered to the counsellor (done without text) leaves no empty bubble', () => {
    const s = run([{ type: 'send', key: 'k1', text: '好的' }, turn({ event: 'done', data: { messageId: 'q', text: '', citations: [], status: 'delivered_to_counsellor' } })]);
    expect(s.messages.map((m) => m.role)).toEqual(['seeker']);
  });

  test('handoff, counsellor joined, their messages and left: status and system lines, each once', () => {
    const joined = { type: 'counsellor_joined', id: '7', payload: { caseId: 'c', messageId: 's1', text: '职业指导员王老师已接入', counsellor: '王老师' } };
    const reply = { type: 'message', id: '8', payload: { messageId: 'r1', role: 'counsellor' as const, text: '您好', counsellor: '王老师' } };
    const echo = { type: 'message', id: '9', payload: { messageId: 'q2', role: 'seeker' as const, text: '好的' } };
    const left = { type: 'counsellor_left', id: '10', payload: { caseId: 'c', messageId: 's2', text: '人工服务已结束' } };
    let s = run([turn({ event: 'handoff', data: { caseId: 'c', reason: '求职者要求人工服务' } })]);
    expect(s.status).toBe('queued');
    s = run([{ type: 'live', event: joined }, { type: 'live', event: joined }, { type: 'live', event: reply }, { type: 'live', event: reply }, { type: 'live', event: echo }], s);
    expect(s.status).toBe('counsellor');
    expect(s.messages.map((m) => [m.role, m.text, m.author])).toEqual([
      ['system', '职业指导员王老师已接入', undefined],
      ['counsellor', '您好', '王老师'],
    ]);
    s = run([{ type: 'live', event: left }], s);
    expect(s.status).toBe('bot');
    expect(s.messages.at(-1)!.text).toBe('人工服务已结束');
  });

  test('restore rebuilds the conversation from the transcript, with the counsellor’s name', () => {
    const s = run([
      {
        type: 'restore',
        status: 'counsellor',
        messages: [
          { messageId: 'a', role: 'seeker', text: '你好', citations: [], toolCalls: [], status: 'answered', createdAt: '2026-12-01T02:00:00.000Z' },
          { messageId: 'b', role: 'assistant', text: '您好【yb2022-38:2.4.1】', citations: [citation], toolCalls: [], status: 'answered', createdAt: '2026-12-01T02:00:05.000Z' },
          { messageId: 'c', role: 'counsellor', text: '我来帮您', citations: [], toolCalls: [], status: 'visible', createdAt: '2026-12-01T02:01:00.000Z', counsellor: '王老师' },
        ],
      },
    ]);
    expect(s.status).toBe('counsellor');
    expect(s.messages.map((m) => [m.key, m.role, m.author])).toEqual([
      ['a', 'seeker', undefined],
      ['b', 'assistant', undefined],
      ['c', 'counsellor', '王老师'],
    ]);
    expect(run([{ type: 'reset' }], s)).toEqual({ ...initialChat, messages: [] });
  });
});
