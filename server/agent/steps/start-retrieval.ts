import { screeningOf, type Step } from '../context.ts';
import { RETRIEVE_K, turnSearch } from './retrieve-clauses.ts';

/**
 * Starts the clause search for a question the bot will answer, without waiting for it: it then
 * runs while the question is being stored, and retrieve_clauses picks it up. A message for a
 * counsellor, or one the screen will refuse, searches nothing.
 */
export const startRetrievalStep: Step = {
  name: 'start_retrieval',
  async run(ctx) {
    if (ctx.conversationStatus === 'counsellor' || screeningOf(ctx).verdict !== 'ok') return;
    // Awaited by retrieve_clauses; a turn refused before that (409) leaves it unobserved.
    turnSearch(ctx)(ctx.text, RETRIEVE_K).catch(() => {});
  },
};
