import { type ClauseHit, searchClauses } from '../../policy/search.ts';
import type { Step, TurnContext } from '../context.ts';

export const RETRIEVE_K = 5;
/** Enough candidates that any later search of the same query in this turn is a slice of these. */
const MEMO_K = 10;

/** Clause search for this turn, memoised by query text. */
export function turnSearch(ctx: TurnContext) {
  return async (query: string, k: number): Promise<ClauseHit[]> => {
    let hits = ctx.searches.get(query);
    if (!hits) {
      hits = searchClauses(ctx.deps.database, ctx.deps.embedder, { query, k: Math.max(k, MEMO_K) });
      ctx.searches.set(query, hits);
    }
    return (await hits).slice(0, k);
  };
}

/** The clauses the answer may draw on, retrieved for the question before the model runs. */
export const retrieveClausesStep: Step = {
  name: 'retrieve_clauses',
  async run(ctx) {
    // A follow-up (“那怎么申请？”) is searched with what it is about (the dialogue's standalone question).
    ctx.retrieved = await turnSearch(ctx)(ctx.dialogue?.query ?? ctx.text, RETRIEVE_K);
  },
};
