import { and, desc, eq } from 'drizzle-orm';
import type { TurnDeps, TurnEvent } from '../agent/context.ts';
import { newTurnContext } from '../agent/run-turn.ts';
import { draftTurn } from '../agent/pipeline.ts';
import { copilotDrafts, messages } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { today } from '../rules/dates.ts';
import type { Actor } from './claim.ts';
import { getCase } from './queries.ts';
import { heldRefusal } from './reassign.ts';

/**
 * 坐席助手: the agent drafts a reply to the seeker's last message for the counsellor holding the
 * case — the same retrieval, tools, citations and grounding check as the bot's answers — and the
 * draft is stored and returned to the counsellor only. Nothing reaches the seeker until the
 * counsellor sends it (server/cases/messages.ts records that it was drafted and how much was edited).
 */
export async function draftReply(deps: TurnDeps, { caseId, actor }: { caseId: string; actor: Actor }) {
  const row = await getCase(deps.database, { caseId });
  if (row.status !== 'claimed' || row.assignedTo !== actor.id) throw await heldRefusal(deps.database, caseId, { ...actor, role: 'counsellor' });
  const [last] = await deps.database.db
    .select({ id: messages.id, text: messages.text })
    .from(messages)
    .where(and(eq(messages.conversationId, row.conversationId), eq(messages.role, 'seeker')))
    .orderBy(desc(messages.seq))
    .limit(1);
  if (!last) throw new AppError(409, 'no_seeker_message', zh.cases.errors.noSeekerMessage);

  const events: TurnEvent[] = [];
  const ctx = newTurnContext(deps, {
    conversationId: row.conversationId,
    seekerId: row.seekerId,
    conversationStatus: 'counsellor',
    text: last.text,
    questionId: last.id,
    emit: (e) => events.push(e),
  });
  ctx.copilot = true;
  let status: string;
  try {
    status = await draftTurn(ctx);
  } catch (e) {
    deps.log.error({ caseId, err: e }, 'copilot draft failed');
    throw new AppError(502, 'copilot_failed', zh.agent.canned.error);
  }
  const [draft] = await deps.database.db
    .insert(copilotDrafts)
    .values({
      caseId,
      conversationId: row.conversationId,
      counsellorId: actor.id,
      seekerMessageId: last.id,
      text: ctx.answer,
      citations: ctx.citations,
      toolCalls: ctx.toolCalls,
      retrieved: ctx.retrieved.map((c) => ({ clauseId: c.clauseId, score: c.score })),
      grounding: ctx.grounding ? { ...ctx.grounding } : null,
      steps: ctx.steps,
      model: ctx.model || null,
      promptVersion: ctx.promptVersion || null,
      latencyMs: Date.now() - ctx.startedAt,
      status,
    })
    .returning();
  return {
    draftId: draft!.id,
    replyTo: { messageId: last.id, text: last.text },
    text: draft!.text,
    citations: draft!.citations,
    toolCalls: draft!.toolCalls,
    grounding: draft!.grounding,
    status,
  };
}
