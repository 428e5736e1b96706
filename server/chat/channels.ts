import { type SQL, sql } from 'drizzle-orm';

/**
 * Where a conversation was opened (conversations.channel): `web` is the public chat page (and its
 * embed); `staff` is the console's Ask page, a colleague asking the bot — not a seeker being
 * served. Lists and counts of seekers served (the ledger, the queue, review sampling, the
 * dashboard, the outreach scan) leave staff-channel conversations out with these conditions.
 */
export const STAFF_CHANNEL = 'staff';

/** True for a conversation id that was not opened on the staff channel. */
export const notStaffConversation = (conversationId: SQL | string): SQL => {
  const id = typeof conversationId === 'string' ? sql.raw(conversationId) : conversationId;
  return sql`not exists (select 1 from conversations sc where sc.id = ${id} and sc.channel = ${STAFF_CHANNEL})`;
};

/** True for a seeker with no staff-channel conversation (every Ask session has a seeker row of its own). */
export const notStaffSeeker = (seekerId: SQL | string): SQL => {
  const id = typeof seekerId === 'string' ? sql.raw(seekerId) : seekerId;
  return sql`not exists (select 1 from conversations sc where sc.seeker_id = ${id} and sc.channel = ${STAFF_CHANNEL})`;
};
