import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { searchConversations } from '../../counsellor/search.ts';
import { validate } from '../../http/validate.ts';
import { zh } from '../../i18n/zh-CN/index.ts';

export const MAX_QUERY = 50;
const q = zh.helpers.search.validation.q(MAX_QUERY);
const Query = z.object({ q: z.string({ error: q }).trim().min(1, q).max(MAX_QUERY, q) });

/** Search over the conversations the caller may see (server/counsellor/search.ts conversationScope). */
export function staffSearchRoutes({ database }: { database: Database }) {
  return new Hono().get('/', validate('query', Query), async (c) => {
    const { q: text } = c.req.valid('query');
    return c.json({ q: text, ...(await searchConversations(database, c.var.staff, text)) });
  });
}
