import { randomUUID } from 'node:crypto';
import { insertPendingQuestion, mergeSeekerFacts } from '../../chat/queries.ts';
import { isConnectionError, retryOnConnectionLoss } from '../../db/errors.ts';
import { AppError } from '../../http/errors.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import type { Step } from '../context.ts';

/** How many earlier messages the model sees. */
export const HISTORY = 10;

/**
 * Stores the seeker's (masked) message before anything can fail, as `pending`, which also takes
 * the conversation's one turn: a second message while one is pending is refused with 409. The
 * conversation so far (the last answer with its tool calls and citations, which a follow-up's
 * grounding counts as evidence) and the seeker's stored facts come back with it.
 *
 * The question's id is chosen here, so when the connection is lost and it is unknown whether the
 * insert committed, the turn still knows which message to release (pipeline.ts, acceptTurn).
 */
export const persistQuestionStep: Step = {
  name: 'persist_question',
  async run(ctx) {
    const id = randomUUID();
    let row;
    try {
      row = await insertPendingQuestion(ctx.deps.database, { id, conversationId: ctx.conversationId, seekerId: ctx.seekerId, text: ctx.text, historyLimit: HISTORY });
    } catch (e) {
      if (isConnectionError(e)) ctx.questionId = id;
      throw e;
    }
    if (!row) throw new AppError(409, 'turn_in_progress', zh.agent.errors.turnInProgress);
    ctx.questionId = row.id;
    ctx.history = row.history;
    ctx.dialogueStored = row.dialogueState;
    const facts = ctx.idFacts;
    // Merging is idempotent (later keys win), so it is simply run again after a lost connection.
    ctx.seekerFacts = facts ? await retryOnConnectionLoss(() => mergeSeekerFacts(ctx.deps.database, { seekerId: ctx.seekerId, facts })) : row.facts;
  },
};
