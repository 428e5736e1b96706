import { inArray, sql } from 'drizzle-orm';
import { policyClauses } from '../db/schema/index.ts';
import type { Database } from '../db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
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

/**
 * Hybrid clause search: pgvector cosine over the HNSW index and PostgreSQL full-text rank over
 * segmented tokens, fused by reciprocal rank fusion. The query is expanded with the thesaurus
 * (colloquial → policy words) for both rankers. `score` is the fused RRF score, highest first.
 */
export async function searchClauses(
  database: Database,
  embedder: Embedder,
  { query, k = 5, mode = 'hybrid' }: { query: string; k?: number; /** benchmarks compare each ranker alone */ mode?: 'hybrid' | 'vector' | 'lexical' },
): Promise<ClauseHit[]> {
  const expanded = [query, ...expandQuery(query)].join(' ');
  const vector = await embedder.embedQuery(expanded);
  const lexicalQuery = toTsQuery(expanded);

  const vectorLiteral = `[${vector.join(',')}]`;
  const [semantic, lexical] = await Promise.all([
    mode === 'lexical' ? Promise.resolve([]) : database.rows<{ id: string }>(sql`
      select id from policy_clauses
      order by embedding <=> ${vectorLiteral}::vector
      limit ${CANDIDATES}`),
    lexicalQuery && mode !== 'vector'
      ? database.rows<{ id: string }>(sql`
          select id from policy_clauses
          where tsv @@ to_tsquery('simple', ${lexicalQuery})
          order by ts_rank_cd(tsv, to_tsquery('simple', ${lexicalQuery}), 1) desc, ordinal
          limit ${CANDIDATES}`)
      : Promise.resolve([]),
  ]);

  const fused = new Map<string, number>();
  for (const ranking of [semantic, lexical]) {
    ranking.forEach((row, rank) => fused.set(row.id, (fused.get(row.id) ?? 0) + 1 / (RRF_K + rank + 1)));
  }
  const top = [...fused.entries()].sort((a, b) => b[1] - a[1]).slice(0, k);
  if (top.length === 0) return [];
  const ids = top.map(([id]) => id);
  const rows = await database.db
    .select({ id: policyClauses.id, heading: policyClauses.heading, text: policyClauses.text })
    .from(policyClauses)
    .where(inArray(policyClauses.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return top.flatMap(([id, score]) => {
    const r = byId.get(id);
    return r ? [{ clauseId: id, title: r.heading, text: r.text, score: Number(score.toFixed(6)) }] : [];
  });
}

/** OR of the query's rarest content words, quoted for to_tsquery. */
export function toTsQuery(text: string): string {
  const terms = [...new Set(words(text))]
    .filter((w) => idf(w) >= MIN_TERM_IDF || /\d/.test(w))
    .sort((a, b) => idf(b) - idf(a))
    .slice(0, MAX_LEXICAL_TERMS);
  return terms.map((t) => `'${t.replace(/'/g, "''")}'`).join(' | ');
}
