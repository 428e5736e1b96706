/**
 * The baseline for the chat-turn benchmark: a bare Hono route doing the minimum any turn must do —
 * store the seeker's message and read the conversation's last 20 messages — on the same database
 * driver and the same process model as the real server.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { openConfiguredDatabase } from '../server/bootstrap.ts';
import { createSession, recentMessages } from '../server/chat/queries.ts';
import { loadConfig } from '../server/config.ts';

const config = loadConfig();
const database = await openConfiguredDatabase(config);
const app = new Hono()
  .post('/baseline/sessions', async (c) => c.json(await createSession(database), 201))
  .post('/baseline/:id/messages', async (c) => {
    const { text } = await c.req.json();
    const id = c.req.param('id');
    await database.db.execute(sql`
      insert into messages (conversation_id, seq, role, text, status)
      select ${id}, coalesce(max(seq), 0) + 1, 'seeker', ${text}, 'answered' from messages where conversation_id = ${id}`);
    const last = await recentMessages(database, { conversationId: id, limit: 20 });
    return c.json({ count: last.length });
  });
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`baseline is running: http://127.0.0.1:${info.port}`));
process.on('SIGTERM', async () => {
  await database.close();
  process.exit(0);
});
