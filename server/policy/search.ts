import { sql } from 'drizzle-orm';
import { clauseTexts } from './clause-texts.ts';
import type { Database } from '../db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import { queryVector } from '../embeddings/query.ts';
import { expandQuery } from '../text/synonyms.ts';
import { idf, words } from '../text/segment.ts';

export interface ClauseHit {
  clauseId: string;
  title: string;
  text: string;
  score: number;
}

/** How many candidates each ranker contributes before fusion, and the RRF constant. */
const CANDIDATES = 30;
const RRF_K = 60;
/** Lexical query terms: the rarest ones carry the meaning; 就业/人员-like words only add noise. */
const MAX_LEXICAL_TERMS = 12;
const MIN_TERM_IDF = 5;
/** Without a vector ranker, a query of only common words still searches by them rather than finding nothing. */
const FALLBACK_MIN_TERM_IDF = 0;

/**
 * Hybrid clause search: pgvector cosine over the HNSW index and PostgreSQL full-text rank over
 * segmented tokens, fused by reciprocal rank fusion. The query is expanded with the thesaurus
 * (colloquial → policy words) for both rankers. `score` is the fused RRF score, highest first.
 * Clause texts come from the in-memory copy (clause-texts.ts). When the embeddings model fails or
 * is too slow, the search is full-text alone (a warning and a metric, never a failed turn).
 */
export async function searchClauses(
  database: Database,
  embedder: Embedder,
  { query, k = 5, mode = 'hybrid' }: { query: string; k?: number; /** benchmarks compare each ranker alone */ mode?: 'hybrid' | 'vector' | 'lexical' },
): Promise<ClauseHit[]> {
  const expanded = [query, ...expandQuery(query)].join(' ');
  // No vector (the embeddings model failed or timed out: query.ts) leaves the full-text ranker alone.
  const vector = mode === 'lexical' ? null : await queryVector(embedder, expanded, 'clauses');
  const lexicalQuery = toTsQuery(expanded) || (vector ? '' : toTsQuery(expanded, FALLBACK_MIN_TERM_IDF));

  const none = sql`select null::text as id, 0::bigint as r where false`;
  // Both rankers and the fusion in one statement: one round trip. Ties keep the vector ranking's
  // order, then the full-text one's. Only vectors of the query's model are compared: after a model
  // change, clauses not yet re-embedded (server/embeddings/reembed.ts) are found by their words alone.
  const semantic = !vector
    ? none
    : sql`select id, row_number() over (order by d) as r from (
          select id, embedding <=> ${`[${vector.join(',')}]`}::vector as d from policy_clauses
          where embedding_model = ${embedder.model} order by d limit ${CANDIDATES}) s`;
  const lexical =
    lexicalQuery && mode !== 'vector'
      ? sql`select id, row_number() over (order by rank desc, ordinal) as r from (
          select id, ordinal, ts_rank_cd(tsv, q, 1) as rank from policy_clauses, to_tsquery('simple', ${lexicalQuery}) q
          where tsv @@ q order by rank desc, ordinal limit ${CANDIDATES}) s`
      : none;
  const top = await database.rows<{ id: string; score: number }>(sql`
    with v as (${semantic}), t as (${lexical})
    select coalesce(v.id, t.id) as id,
      coalesce(1.0 / (${RRF_K} + v.r), 0) + coalesce(1.0 / (${RRF_K} + t.r), 0) as score
    from v full join t on t.id = v.id
    order by score desc, v.r nulls last, t.r
    limit ${k}`);
  if (top.length === 0) return [];
  const texts = await clauseTexts(database, top.map((r) => r.id));
  return top.flatMap(({ id, score }) => {
    const c = texts.get(id);
    return c ? [{ clauseId: id, title: c.heading, text: c.text, score: Number(Number(score).toFixed(6)) }] : [];
  });
}

/** OR of the query's rarest content words (IDF ≥ `minIdf`), quoted for to_tsquery. */
export function toTsQuery(text: string, minIdf = MIN_TERM_IDF): string {
  const terms = [...new Set(words(text))]
    .filter((w) => idf(w) >= minIdf || /\d/.test(w))
    .sort((a, b) => idf(b) - idf(a))
    .slice(0, MAX_LEXICAL_TERMS);
  return terms.map((t) => `'${t.replace(/'/g, "''")}'`).join(' | ');
}
