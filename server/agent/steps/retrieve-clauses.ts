import { searchClauses } from '../../policy/search.ts';
import type { Step } from '../context.ts';

export const RETRIEVE_K = 5;

/** The clauses the answer may draw on, retrieved for the question before the model runs. */
export const retrieveClausesStep: Step = {
  name: 'retrieve_clauses',
  async run(ctx) {
    ctx.retrieved = await searchClauses(ctx.deps.database, ctx.deps.embedder, { query: ctx.text, k: RETRIEVE_K });
  },
};
