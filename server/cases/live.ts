import { appendMessage } from '../chat/queries.ts';
import type { Database } from '../db/client.ts';
import type { Case } from '../db/schema/index.ts';
import { conversationChannel, type LiveBus, QUEUE_CHANNEL } from '../live/bus.ts';
import type { StaffRef } from './queries.ts';

/**
 * What the seeker sees of a takeover: a visible system note in the transcript (so a reload shows
 * it) published on the conversation's stream as `counsellor_joined` or `counsellor_left`. Only
 * the counsellor's display name goes out, never their account id.
 */
export async function tellSeeker(
  database: Database,
  bus: LiveBus,
  opts: { conversationId: string; caseId: string; type: 'counsellor_joined' | 'counsellor_left'; text: string; counsellor?: StaffRef | null; reason?: string },
) {
  const message = await appendMessage(database, { conversationId: opts.conversationId, role: 'system', text: opts.text, status: 'visible' });
  await bus.publish(conversationChannel(opts.conversationId), opts.type, {
    caseId: opts.caseId,
    messageId: message.id,
    text: opts.text,
    ...(opts.counsellor ? { counsellor: opts.counsellor.displayName } : {}),
    ...(opts.reason ? { reason: opts.reason } : {}),
  });
  return message;
}

/** Tells every console watching the queue that a case changed (`case_<what>`). */
export async function tellQueue(bus: LiveBus, type: string, row: Case, assignedTo: StaffRef | null) {
  await bus.publish(QUEUE_CHANNEL, type, {
    caseId: row.id,
    conversationId: row.conversationId,
    status: row.status,
    priority: row.priority,
    reason: row.reason,
    assignedTo,
  });
}
