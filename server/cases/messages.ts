import { and, eq, isNull, sql } from 'drizzle-orm';
import { citationsIn } from '../agent/guardrails/grounding.ts';
import { appendMessage } from '../chat/queries.ts';
import type { Database } from '../db/client.ts';
import { conversations, copilotDrafts, messages, serviceRecords } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { serviceRowsFromTools } from '../ledger/from-tools.ts';
import { conversationChannel, type LiveBus } from '../live/bus.ts';
import { today } from '../rules/dates.ts';
import type { Actor } from './claim.ts';
import { editRatio } from './edit-ratio.ts';
import { getCase, getDraft } from './queries.ts';
import { heldRefusal } from './reassign.ts';

const t = zh.cases;

/**
 * The counsellor holding the case writes to the seeker: stored as a `counsellor` message with its
 * author and published as `message` on the conversation's stream. Sent from a copilot draft, it is
 * marked agent-drafted with the share edited, keeps the draft's citations still in the text, and
 * records the services the draft's tools delivered (jobs, courses, a policy briefing) as delivered
 * by this counsellor. The first reply of a case is the 职业指导 of 二（四）1.
 */
export async function sendCounsellorMessage(
  database: Database,
  bus: LiveBus,
  { caseId, actor, text, draftId }: { caseId: string; actor: Actor; text: string; draftId?: string },
) {
  const row = await getCase(database, { caseId });
  if (row.status !== 'claimed' || row.assignedTo !== actor.id) throw await heldRefusal(database, caseId, { ...actor, role: 'counsellor' });
  const draft = draftId ? await getDraft(database, { draftId }) : undefined;
  if (draftId && (!draft || draft.caseId !== caseId)) throw new AppError(404, 'not_found', t.errors.draftNotFound);
  if (draft?.sentMessageId) throw new AppError(409, 'draft_used', t.errors.draftUsed);

  const ratio = draft ? editRatio(draft.text, text) : null;
  const kept = new Set(citationsIn(text));
  const citations = draft ? draft.citations.filter((c) => kept.has(c.clauseId)) : [];
  const message = await appendMessage(database, {
    conversationId: row.conversationId,
    role: 'counsellor',
    text,
    citations,
    toolCalls: draft ? draft.toolCalls : [],
    status: 'sent',
    authorId: actor.id,
    agentDrafted: Boolean(draft),
    draftEditRatio: ratio,
    model: draft?.model ?? null,
    promptVersion: draft?.promptVersion ?? null,
  });
  if (draft) {
    const [claimed] = await database.db
      .update(copilotDrafts)
      .set({ sentMessageId: message.id, editRatio: ratio })
      .where(and(eq(copilotDrafts.id, draft.id), isNull(copilotDrafts.sentMessageId)))
      .returning({ id: copilotDrafts.id });
    // Two sends of one draft at once: the second message stands but is not counted as drafted twice.
    if (!claimed) await database.db.update(messages).set({ agentDrafted: false, draftEditRatio: null }).where(eq(messages.id, message.id));
  }
  await database.db.update(conversations).set({ lastActivityAt: sql`now()` }).where(eq(conversations.id, row.conversationId));

  const base = { seekerId: row.seekerId, conversationId: row.conversationId, messageId: message.id, deliveredBy: actor.id, deliveredOn: today() };
  const services = [
    { ...base, kind: 'career_guidance', refId: caseId, detail: { via: 'counsellor' } },
    ...(draft ? serviceRowsFromTools(draft.toolCalls, base) : []),
  ];
  await database.db.insert(serviceRecords).values(services).onConflictDoNothing();

  await bus.publish(conversationChannel(row.conversationId), 'message', {
    messageId: message.id,
    role: 'counsellor',
    text,
    citations,
    counsellor: actor.displayName,
  });
  return { messageId: message.id, seq: message.seq, text, citations, agentDrafted: Boolean(draft), draftEditRatio: ratio };
}
