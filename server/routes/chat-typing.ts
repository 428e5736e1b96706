import { Hono } from 'hono';
import { z } from 'zod';
import { findConversation } from '../chat/queries.ts';
import type { Database } from '../db/client.ts';
import type { TypingNotifier } from '../counsellor/typing.ts';
import { AppError } from '../http/errors.ts';
import { validate } from '../http/validate.ts';
import { zh } from '../i18n/zh-CN/index.ts';

const SessionParam = z.object({ id: z.uuid('会话编号格式不正确') });

/**
 * The seeker is typing: while a counsellor holds the conversation, the case's transcript shows
 * 求职者正在输入… (server/counsellor/typing.ts). No body; bearer-authenticated like the chat API.
 * Otherwise (the bot answers, or the case waits) nothing is sent and `sent` is false.
 */
export function chatTypingRoutes({ database, typing }: { database: Database; typing: TypingNotifier }) {
  return new Hono().post('/sessions/:id/typing', validate('param', SessionParam), async (c) => {
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const conversation = token ? await findConversation(database, { sessionId: c.req.valid('param').id, token }) : undefined;
    if (!conversation) throw new AppError(401, 'unauthorized', zh.agent.errors.unauthorized);
    const sent = conversation.status === 'counsellor' ? await typing.notify(conversation.id, 'seeker') : false;
    return c.json({ sent });
  });
}
