import type { Context } from 'hono';
import type { Database } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { findConversation } from './queries.ts';

/** The bearer token of a chat session's calls, if the request carries one. */
export const bearerToken = (c: Context) => /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];

/** The conversation of chat session `sessionId` whose token the request carries; a 401 otherwise. */
export async function seekerConversation(c: Context, database: Database, sessionId: string) {
  const token = bearerToken(c);
  const conversation = token ? await findConversation(database, { sessionId, token }) : undefined;
  if (!conversation) throw new AppError(401, 'unauthorized', zh.agent.errors.unauthorized);
  return conversation;
}
