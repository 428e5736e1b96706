/**
 * What match_vacancies and recommend_training share: ranked results, the nearest others offered
 * when fewer than three fit (`alternatives`, each with why), an honest `shortfall`, and what was
 * searched for — as server/catalog/recommend.ts finds them, less the matcher's working
 * (`breakdown`, `similarity`), which says nothing to a model.
 */
import { z } from 'zod';
import type { Alternative, Searched } from '../../catalog/recommend.ts';
import type { Shortfall } from '../../catalog/shortfall.ts';

/** Fewer than three suitable results (server/catalog/shortfall.ts): how many, why, and who can help. */
export const ShortfallOutput = z.strictObject({ found: z.number().int(), wanted: z.number().int(), reason: z.string(), counsellor: z.string() });
export type ShortfallOutput = z.infer<typeof ShortfallOutput>;

/** What was searched for (server/catalog/recommend.ts `Searched`), so an answer can say it. */
const SearchedOutput = z.strictObject({
  subject: z.string().nullable(),
  family: z.string().nullable(),
  familyWords: z.array(z.string()),
  place: z.strictObject({ streets: z.array(z.string()), label: z.string() }).nullable(),
});

/** The output of a tool whose results have the fields of `row`. */
export function catalogOutput<S extends z.ZodRawShape>(row: S) {
  return z.strictObject({
    matches: z.array(z.strictObject(row)),
    shortfall: ShortfallOutput.optional(),
    alternatives: z.array(z.strictObject({ ...row, alternative: z.literal(true), alternativeReason: z.string() })),
    searched: SearchedOutput,
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
