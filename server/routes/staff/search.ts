import { z } from 'zod';
import { api, defineRoute, json, staffAccess } from '../../api/define.ts';
import { scopedList } from '../../auth/ownership.ts';
import { CASEWORK } from '../../auth/permissions.ts';
import { ConversationSearch } from '../../contract/counsellor.ts';
import type { Database } from '../../db/client.ts';
import { searchConversations } from '../../counsellor/search.ts';
import { zh } from '../../i18n/zh-CN/index.ts';

export const MAX_QUERY = 50;
const q = zh.helpers.search.validation.q(MAX_QUERY);
const Query = z.object({ q: z.string({ error: q }).trim().min(1, q).max(MAX_QUERY, q) });

const search = defineRoute({
  method: 'get',
  path: '/',
  tags: ['counsellor'],
  summary: 'Search the conversations the caller may see, newest match first',
  request: { query: Query },
  responses: { 200: json(ConversationSearch, 'One result per conversation, seekers masked') },
  ...staffAccess(CASEWORK, scopedList('conversations of the seekers the caller is responsible for, and those with a waiting case (conversationScope)')),
});

/** Search over the conversations the caller may see (server/counsellor/search.ts conversationScope). */
export function staffSearchRoutes({ database }: { database: Database }) {
  return api().openapi(search, async (c) => {
    const { q: text } = c.req.valid('query');
    return c.json({ q: text, ...(await searchConversations(database, c.var.staff, text)) }, 200);
  });
}
