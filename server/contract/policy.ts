/** Policy retrieval: clause search hits and one clause with its document. */
import { z } from 'zod';

export const ClauseHit = z.object({ clauseId: z.string(), title: z.string(), text: z.string(), score: z.number() }).meta({ id: 'ClauseHit' });
export const SearchResult = z.object({ hits: z.array(ClauseHit) });

export const Clause = z
  .object({
    clauseId: z.string(),
    title: z.string(),
    section: z.string(),
    path: z.string(),
    text: z.string(),
    units: z.array(z.string()),
    document: z.object({
      docKey: z.string(),
      number: z.string().nullable(),
      title: z.string(),
      planTitle: z.string().nullable(),
      issuer: z.string().nullable(),
      issuedOn: z.string().nullable(),
    }),
  })
  .meta({ id: 'Clause' });

/** A citation of a clause in an answer: the id, the title and the sentence quoted. */
export const Citation = z.object({ clauseId: z.string(), title: z.string(), quote: z.string() }).meta({ id: 'Citation' });

export type ClauseHit = z.infer<typeof ClauseHit>;
export type Clause = z.infer<typeof Clause>;
export type Citation = z.infer<typeof Citation>;
export type SearchResult = z.infer<typeof SearchResult>;
