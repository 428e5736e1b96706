import { createRoot } from 'solid-js';
import { afterEach, describe, expect, test } from 'vitest';
import { createChatStore } from '../../../console/stores/chat.ts';
import { fakeServer, settle } from '../support/fetch.ts';

afterEach(() => localStorage.clear());

describe('the seeker chat store', () => {
  test('a first message and 找人工 pressed at once share one new session, so the case opens on the conversation that has the message', async () => {
    const server = fakeServer({
      'POST /api/chat/sessions': { status: 201, body: { sessionId: 's1', token: 'tok1' } },
      'POST /api/chat/sessions/s1/messages': { status: 200, body: { messageId: 'm1', text: '您好', citations: [], toolCalls: [], handoff: null, status: 'answered' } },
      'POST /api/chat/sessions/s1/handoff': { status: 201, body: { caseId: 'c1', reason: '求职者点击转人工', created: true } },
    });
    await createRoot(async (dispose) => {
      const store = createChatStore();
      const sending = store.send('我想找人工帮我看看补贴');
      const asking = store.askForPerson();
      await Promise.allSettled([sending, asking]);
      await settle();
      dispose();
    });
    const created = server.sent.filter((r) => r.method === 'POST' && r.path === '/api/chat/sessions');
    expect(created).toHaveLength(1);
    expect(server.sent.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['POST /api/chat/sessions/s1/messages', 'POST /api/chat/sessions/s1/handoff']),
    );
  });
});
