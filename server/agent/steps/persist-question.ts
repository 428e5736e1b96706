import { insertPendingQuestion, mergeSeekerFacts } from '../../chat/queries.ts';
import { AppError } from '../../http/errors.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import type { Step } from '../context.ts';

/** How many earlier messages the model sees. */
export const HISTORY = 10;

/**
 * Stores the seeker's (masked) message before anything can fail, as `pending`, which also takes
 * the conversation's one turn: a second message while one is pending is refused with 409. The
 * conversation so far and the seeker's stored facts come back with it.
 */
export const persistQuestionStep: Step = {
  name: 'persist_question',
  async run(ctx) {
    const row = await insertPendingQuestion(ctx.deps.database, { conversationId: ctx.conversationId, seekerId: ctx.seekerId, text: ctx.text, historyLimit: HISTORY });
    if (!row) throw new AppError(409, 'turn_in_progress', zh.agent.errors.turnInProgress);
    ctx.questionId = row.id;
    ctx.history = row.history;
    ctx.dialogueStored = row.dialogueState;
    ctx.seekerFacts = ctx.idFacts ? await mergeSeekerFacts(ctx.deps.database, { seekerId: ctx.seekerId, facts: ctx.idFacts }) : row.facts;
  },
};
