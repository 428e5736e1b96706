import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendMessage, createSession, insertPendingQuestion } from '../../server/chat/queries.ts';
import type { Database } from '../../server/db/client.ts';
import { openTestDatabase } from '../support/db.ts';

let database: Database;
beforeAll(async () => (database = await openTestDatabase({ corpus: false })));
afterAll(async () => database?.close());

const calls = (amount: number) => [{ name: 'check_eligibility', input: {}, output: { benefits: [{ code: 'job_search_startup_subsidy', status: 'eligible', amount }] } }];
const cite = (clauseId: string) => [{ clauseId, title: '…', quote: '…' }];

describe('the history a turn starts from', () => {
  it('carries the last answer’s tool calls and citations (a follow-up rests on them), and only the last one’s', async () => {
    const { sessionId: conversationId, seekerId } = await createSession(database);
    const say = (role: string, text: string, extra = {}) => appendMessage(database, { conversationId, role, text, status: 'answered', ...extra });
    await say('seeker', '有什么补贴？');
    await say('assistant', '先问几个情况。', { toolCalls: calls(1), citations: cite('yb2022-38:2.4.1') });
    await say('seeker', '我是低保家庭的毕业生');
    await say('assistant', '可以领取500元/人【yb2022-38:2.5.3】。', { toolCalls: calls(500), citations: cite('yb2022-38:2.5.3') });
    await say('counsellor', '我是顾问小李。');

    const row = await insertPendingQuestion(database, { conversationId, seekerId, text: '那怎么申请？', historyLimit: 10 });
    expect(row!.history.map((m) => [m.role, m.text])).toEqual([
      ['seeker', '有什么补贴？'],
      ['assistant', '先问几个情况。'],
      ['seeker', '我是低保家庭的毕业生'],
      ['assistant', '可以领取500元/人【yb2022-38:2.5.3】。'],
      ['counsellor', '我是顾问小李。'],
    ]);
    const [, earlier, , last] = row!.history;
    expect(earlier).not.toHaveProperty('toolCalls');
    expect(last).toMatchObject({ toolCalls: calls(500), citations: cite('yb2022-38:2.5.3') });
  });

  it('brings no answer from outside the history window', async () => {
    const { sessionId: conversationId, seekerId } = await createSession(database);
    await appendMessage(database, { conversationId, role: 'assistant', text: '500元/人', status: 'answered', toolCalls: calls(500), citations: cite('yb2022-38:2.5.3') });
    await appendMessage(database, { conversationId, role: 'counsellor', text: '稍等。', status: 'delivered' });
    const row = await insertPendingQuestion(database, { conversationId, seekerId, text: '好的', historyLimit: 1 });
    expect(row!.history).toEqual([{ id: expect.any(String), role: 'counsellor', text: '稍等。' }]);
  });
});
