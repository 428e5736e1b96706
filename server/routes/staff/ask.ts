import { api, defineRoute, json, staffAccess } from '../../api/define.ts';
import { noObject } from '../../auth/ownership.ts';
import { ALL_ROLES } from '../../auth/permissions.ts';
import { Session } from '../../contract/chat.ts';
import type { Database } from '../../db/client.ts';
import { STAFF_CHANNEL } from '../../chat/channels.ts';
import { createSession } from '../../chat/queries.ts';
import { initialState } from '../../dialogue/state.ts';

const session = defineRoute({
  method: 'post',
  path: '/sessions',
  tags: ['counsellor'],
  summary: 'A chat session on the staff channel for the console’s Ask page',
  responses: { 201: json(Session, 'The session and its bearer token, used as for any chat session') },
  ...staffAccess(ALL_ROLES, noObject('a new chat session of the caller’s own, on the staff channel')),
});

/**
 * A chat session for the console's Ask page. It is an ordinary chat session (messages go through
 * /api/chat/sessions/{id}/messages with the bearer token) on the `staff` channel, its dialogue state
 * fixed to the role `staff` by the channel, so the bot answers a colleague rather than interviewing
 * a seeker; staff-channel conversations are left out of the ledger, the queue, review sampling and
 * the dashboard.
 */
export function staffAskRoutes({ database }: { database: Database }) {
  return api().openapi(session, async (c) => {
    const { sessionId, token } = await createSession(database, { channel: STAFF_CHANNEL, dialogueState: initialState('staff', 'channel') });
    return c.json({ sessionId, token }, 201);
  });
}
