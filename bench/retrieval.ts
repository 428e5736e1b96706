/**
 * Retrieval: p50/p95 latency and recall@5 over the golden and held-out questions, on PGlite and
 * (with BENCH_DATABASE_URL / DATABASE_URL) PostgreSQL, of
 *  - our hybrid clause search (pgvector cosine + full-text, RRF) and each of its rankers alone, and
 *  - LangChain's own PGVectorStore from @langchain/community (`similaritySearch(q, 5)`), over the
 *    same 52 clause texts with the same local embedder object, cosine distance, in its own table
 *    with the HNSW index its `createHnswIndex` builds (bench/support/pgvectorstore.ts). On PGlite it
 *    reaches the same in-process instance through @electric-sql/pglite-socket.
 * Our search embeds the question expanded with the thesaurus; PGVectorStore embeds the question as
 * given, which is what it does for any caller.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../server/db/client.ts';
import { localEmbedder } from '../server/embeddings/local.ts';
import { loadCorpus } from '../server/policy/corpus.ts';
import { ingestCorpus } from '../server/policy/ingest.ts';
import { searchClauses } from '../server/policy/search.ts';
import { expandQuery } from '../server/text/synonyms.ts';
import golden from '../test/policy/golden-questions.json' with { type: 'json' };
import heldout from '../test/policy/heldout-questions.json' with { type: 'json' };
import { benchDatabase } from './support/database.ts';
import { openLangchainStore, planNodes } from './support/pgvectorstore.ts';
import { percentile } from './support/server-process.ts';

const MODES = ['hybrid', 'vector', 'lexical'] as const;
const METHOD = {
  hybrid: 'hybrid (RRF)',
  vector: 'vector only (our query)',
  lexical: 'full-text only',
} as const;
const INDEX = {
  hybrid: 'HNSW + GIN (policy_clauses)',
  vector: 'HNSW (policy_clauses)',
  lexical: 'GIN tsv (policy_clauses)',
} as const;
export const LANGCHAIN_METHOD = 'LangChain PGVectorStore (@langchain/community)';
const questions = [...golden.questions, ...heldout.questions];

type Target = {
  label: string;
  open: () => Promise<{ db: Awaited<ReturnType<typeof openDatabase>>; url?: string; drop(): Promise<void> }>;
};

/** Warm up on five questions, then time every question once; a hit is any relevant clause in the top 5. */
async function measure(search: (q: string) => Promise<string[]>) {
  for (const q of questions.slice(0, 5)) await search(q.q);
  const times: number[] = [];
  let hits = 0;
  for (const q of questions) {
    const t = performance.now();
    const found = await search(q.q);
    times.push(performance.now() - t);
    if (found.some((id) => q.relevant.includes(id))) hits++;
  }
  times.sort((a, b) => a - b);
  return {
    questions: questions.length,
    'recall@5': Number((hits / questions.length).toFixed(3)),
    'p50 ms': Number(percentile(times, 50).toFixed(2)),
    'p95 ms': Number(percentile(times, 95).toFixed(2)),
  };
}

export async function runRetrievalBench() {
  const rows: Record<string, unknown>[] = [];
  const notes: Record<string, unknown>[] = [];
  const targets: Target[] = [{ label: 'PGlite', open: async () => ({ db: await openDatabase({ driver: 'pglite' }), drop: async () => {} }) }];
  if (process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL) {
    targets.push({
      label: 'PostgreSQL',
      open: async () => {
        const b = await benchDatabase();
        const url = b.env.DATABASE_URL!;
        return { db: await openDatabase({ driver: 'postgres', url }), url, drop: b.drop };
      },
    });
  }
  const embedder = localEmbedder();
  const corpus = loadCorpus();
  for (const target of targets) {
    const { db, url, drop } = await target.open();
    await ingestCorpus(db, embedder, corpus);
    for (const mode of MODES) {
      const r = await measure(async (q) => (await searchClauses(db, embedder, { query: q, k: 5, mode })).map((h) => h.clauseId));
      rows.push({ database: target.label, method: METHOD[mode], 'index built': INDEX[mode], ...r });
    }
    const probe = `[${(await embedder.embedQuery('失业登记')).join(',')}]`;
    const ourPlan = planNodes(
      (await db.rows<{ 'QUERY PLAN': string }>(sql`explain select id from policy_clauses order by embedding <=> ${probe}::vector limit 30`)).map(
        (r) => r['QUERY PLAN'],
      ),
    );

    let lc: Awaited<ReturnType<typeof openLangchainStore>> | undefined;
    try {
      // The embedder is passed as is: it has LangChain's EmbeddingsInterface (embedDocuments, embedQuery).
      lc = await openLangchainStore(db, url, embedder, corpus);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      rows.push({ database: target.label, method: LANGCHAIN_METHOD, 'index built': '-', skipped: reason });
    }
    if (lc) {
      const store = lc.store;
      const r = await measure(async (q) => (await store.similaritySearch(q, 5)).map((d) => String(d.metadata.clauseId)));
      rows.push({
        database: target.label,
        method: LANGCHAIN_METHOD,
        'index built': lc.indexdef ? 'HNSW, its createHnswIndex (m 16, ef_c 64)' : 'none (createHnswIndex failed)',
        ...r,
      });
      // Diagnostic, not a row: PGVectorStore given the question as our search embeds it (expanded with
      // the thesaurus) should find what our vector-only query finds, so a gap between the two rows is
      // the query expansion, not the store.
      const expanded = await measure(async (q) =>
        (await store.similaritySearch([q, ...expandQuery(q)].join(' '), 5)).map((d) => String(d.metadata.clauseId)),
      );
      notes.push({
        database: target.label,
        'PGVectorStore recall@5 on thesaurus-expanded questions': expanded['recall@5'],
        'clauses in PGVectorStore': lc.clauses,
        'PGVectorStore index': lc.indexdef ?? 'none',
        'PGVectorStore query plan': lc.plan,
        'our vector query plan': ourPlan,
      });
      await lc.close();
    }
    await db.close();
    await drop();
  }
  console.log('\nClause retrieval (golden + held-out questions, local embedding, k = 5)');
  console.table(rows);
  if (notes.length) {
    console.log('Vector query plans at this corpus size (EXPLAIN; with 52 rows the planner may prefer a scan to the index):');
    for (const n of notes) console.log(`  ${n.database}: PGVectorStore: ${n['PGVectorStore query plan']}; ours: ${n['our vector query plan']}`);
    console.log('PGVectorStore given the thesaurus-expanded question our search embeds (diagnostic, recall@5):');
    for (const n of notes) console.log(`  ${n.database}: ${n['PGVectorStore recall@5 on thesaurus-expanded questions']}`);
  }
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/retrieval.json', import.meta.url), JSON.stringify({ date: new Date().toISOString(), rows, notes }, null, 2));
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runRetrievalBench();
