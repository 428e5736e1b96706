import { describe, expect, test } from 'vitest';
import { ask } from '../../../console/staff/ask.data.ts';
import { fakeServer } from '../support/fetch.ts';

describe('the Ask page’s session', () => {
  test('is a staff session (not a public seeker one), one per tab, replaced once when its token stops working', async () => {
    let opened = 0;
    let expired = false;
    const server = fakeServer({
      'POST /api/staff/ask/sessions': () => ({ status: 201, body: { sessionId: `s${++opened}`, token: `t${opened}` } }),
      'POST /api/chat/sessions/s1/messages': () => (expired ? { status: 401, body: { error: { code: 'unauthorized', message: '会话已失效' } } } : { body: { text: '答复', citations: [], toolCalls: [] } }),
      'POST /api/chat/sessions/s2/messages': { body: { text: '新会话的答复', citations: [], toolCalls: [] } },
      'GET /api/policy/search': { body: { hits: [] } },
    });
    await ask('见习补贴每月多少？');
    await ask('那要什么材料？');
    expect(server.sent.filter((r) => r.path === '/api/staff/ask/sessions')).toHaveLength(1);
    expect(server.sent.some((r) => r.path === '/api/chat/sessions')).toBe(false);
    expect(JSON.parse(sessionStorage.getItem('yb.ask.staff-session')!)).toEqual({ sessionId: 's1', token: 't1' });

    expired = true;
    const r = await ask('还有别的吗？');
    expect(r.text).toBe('新会话的答复');
    expect(opened).toBe(2);
    expect(server.sent.filter((q) => q.path.endsWith('/messages')).map((q) => q.path)).toEqual([
      '/api/chat/sessions/s1/messages',
      '/api/chat/sessions/s1/messages',
      '/api/chat/sessions/s1/messages',
      '/api/chat/sessions/s2/messages',
    ]);
  });
});
