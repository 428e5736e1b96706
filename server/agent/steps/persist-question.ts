import { insertPendingQuestion, mergeSeekerFacts } from '../../chat/queries.ts';
import { AppError } from '../../http/errors.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import type { Step } from '../context.ts';

/**
 * Stores the seeker's (masked) message before anything can fail, as `pending`, which also takes
 * the conversation's one turn: a second message while one is pending is refused with 409.
 */
export const persistQuestionStep: Step = {
  name: 'persist_question',
  async run(ctx) {
    const row = await insertPendingQuestion(ctx.deps.database, { conversationId: ctx.conversationId, text: ctx.text });
    if (!row) throw new AppError(409, 'turn_in_progress', zh.agent.errors.turnInProgress);
    ctx.questionId = row.id;
    if (ctx.idFacts) await mergeSeekerFacts(ctx.deps.database, { seekerId: ctx.seekerId, facts: ctx.idFacts });
  },
};
