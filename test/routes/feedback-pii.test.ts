import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { feedback, messages } from '../../server/db/schema/index.ts';
import { createTestApp } from '../support/app.ts';
import { appFetch, caseworkClient } from '../support/casework.ts';

/**
 * Issue 14, finding 5: the seeker's other free text — the 👎 comment supervisors read in the review
 * queue — passes the same PII screen as a chat message before it is stored.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let api: ReturnType<typeof caseworkClient>;
beforeAll(async () => {
  t = await createTestApp({ corpus: false });
  api = caseworkClient(appFetch(t.app));
});
afterAll(() => t?.close());

describe(`PII in a feedback comment, on ${inject('databaseUnderTest')}`, () => {
  it('a phone and an ID number in the comment are stored masked', async () => {
    const s = await api.session();
    const turn = await api.say(s, '你好 +86 138 1234 5601');
    const [question] = await t.database.db.select().from(messages).where(eq(messages.conversationId, s.sessionId));
    expect(question!.text).not.toMatch(/1234\s?5601/);
    const res = await t.app.request(`/api/chat/sessions/${s.sessionId}/feedback`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ messageId: turn.messageId, rating: -1, comment: '没解决，请打 tel13812345603 或者一三八一二三四五六七八，身份证 500112 19900307 1235' }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const [row] = await t.database.db.select().from(feedback).where(eq(feedback.messageId, turn.messageId));
    expect(row!.comment).toBe('没解决，请打 tel138****5603 或者138****5678，身份证 500*************35');
  });
});
