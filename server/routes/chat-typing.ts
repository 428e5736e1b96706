import { api, defineRoute, json, seekerAccess } from '../api/define.ts';
import { seekerConversation } from '../chat/session-auth.ts';
import { ErrorBody } from '../contract/common.ts';
import { TypingSent } from '../contract/chat.ts';
import type { TypingNotifier } from '../counsellor/typing.ts';
import type { Database } from '../db/client.ts';
import { SessionParam } from './params.ts';

const typingRoute = defineRoute({
  method: 'post',
  path: '/sessions/{id}/typing',
  tags: ['chat'],
  summary: 'The seeker is typing (shown to the counsellor holding the conversation)',
  request: { params: SessionParam },
  responses: { 200: json(TypingSent, 'Whether a counsellor was told'), 401: json(ErrorBody, 'No or wrong session token') },
  ...seekerAccess,
});

/**
 * The seeker is typing: while a counsellor holds the conversation, the case's transcript shows
 * 求职者正在输入… (server/counsellor/typing.ts). No body; bearer-authenticated like the chat API.
 * Otherwise (the bot answers, or the case waits) nothing is sent and `sent` is false.
 */
export function chatTypingRoutes({ database, typing }: { database: Database; typing: TypingNotifier }) {
  return api().openapi(typingRoute, async (c) => {
    const conversation = await seekerConversation(c, database, c.req.valid('param').id);
    const sent = conversation.status === 'counsellor' ? await typing.notify(conversation.id, 'seeker') : false;
    return c.json({ sent }, 200);
  });
}
