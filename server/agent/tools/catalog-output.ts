/**
 * What match_vacancies and recommend_training share: ranked results, the nearest others offered
 * when fewer than three fit (`alternatives`, each with why), an honest `shortfall`, and what was
 * searched for — as server/catalog/recommend.ts finds them, less the matcher's working
 * (`breakdown`, `similarity`), which says nothing to a model.
 */
import { z } from 'zod';
import type { Alternative, Searched } from '../../catalog/recommend.ts';
import type { Shortfall } from '../../catalog/shortfall.ts';
import { Searched as SearchedSchema, Shortfall as ShortfallSchema } from '../../contract/catalog.ts';

/** Fewer than three suitable results (server/catalog/shortfall.ts): how many, why, and who can help. */
export const ShortfallOutput = ShortfallSchema.strict();
export type ShortfallOutput = z.infer<typeof ShortfallOutput>;

/** A match of the API's contract (server/contract/catalog.ts) less the matcher's working. */
export const toolRow = <M extends z.ZodObject>(match: M) => match.omit({ breakdown: true, similarity: true } as never).strict() as unknown as z.ZodObject<Omit<M['shape'], keyof Working>>;

/** The output of a tool whose results are `row`s: what the API answers, less the matcher's working, with the clauses. */
export function catalogOutput<R extends z.ZodObject>(row: R) {
  return z.strictObject({
    matches: z.array(row),
    shortfall: ShortfallOutput.optional(),
    alternatives: z.array(row.extend({ alternative: z.literal(true), alternativeReason: z.string() }).strict()),
    searched: SearchedSchema.strict(),
    citations: z.array(z.string()),
  });
}

type Working = { breakdown: unknown; similarity: unknown };
const strip = <T extends Working>({ breakdown: _b, similarity: _s, ...m }: T): Omit<T, keyof Working> => m;

/** What the catalog found, as the tool returns it, with the clauses the recommendation delivers on. */
export function catalogResult<R extends Working>(
  found: { matches: R[]; shortfall?: Shortfall; alternatives: Alternative<R>[]; searched: Searched },
  citations: string[],
) {
  return {
    matches: found.matches.map(strip),
    ...(found.shortfall ? { shortfall: found.shortfall } : {}),
    alternatives: found.alternatives.map(strip),
    searched: found.searched,
    citations,
  };
}
