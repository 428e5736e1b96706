import { Hono } from 'hono';
import type { Database } from '../../db/client.ts';
import { STAFF_CHANNEL } from '../../chat/channels.ts';
import { createSession } from '../../chat/queries.ts';
import { initialState } from '../../dialogue/state.ts';

/**
 * POST /api/staff/ask/sessions → 201 `{ sessionId, token }`: a chat session for the console's Ask
 * page. It is an ordinary chat session (messages go through /api/chat/sessions/:id/messages with
 * the bearer token) on the `staff` channel, its dialogue state fixed to the role `staff` by the
 * channel, so the bot answers a colleague rather than interviewing a seeker; staff-channel
 * conversations are left out of the ledger, the queue, review sampling and the dashboard.
 */
export function staffAskRoutes({ database }: { database: Database }) {
  return new Hono().post('/sessions', async (c) => {
    const { sessionId, token } = await createSession(database, { channel: STAFF_CHANNEL, dialogueState: initialState('staff', 'channel') });
    return c.json({ sessionId, token }, 201);
  });
}
