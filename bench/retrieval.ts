/**
 * Retrieval: p50/p95 latency and recall@5 of the hybrid clause search against each of its rankers
 * alone — plain pgvector cosine search (what LangChain's PGVectorStore does: ORDER BY embedding <=>
 * query) and full-text only — on the same local embeddings, over the golden and held-out questions,
 * on PGlite and (with BENCH_DATABASE_URL / DATABASE_URL) PostgreSQL.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../server/db/client.ts';
import { localEmbedder } from '../server/embeddings/local.ts';
import { loadCorpus } from '../server/policy/corpus.ts';
import { ingestCorpus } from '../server/policy/ingest.ts';
import { searchClauses } from '../server/policy/search.ts';
import golden from '../test/policy/golden-questions.json' with { type: 'json' };
import heldout from '../test/policy/heldout-questions.json' with { type: 'json' };
import { benchDatabase } from './support/database.ts';
import { percentile } from './support/server-process.ts';

const MODES = ['hybrid', 'vector', 'lexical'] as const;
const questions = [...golden.questions, ...heldout.questions];

export async function runRetrievalBench() {
  const rows: Record<string, unknown>[] = [];
  const targets: { label: string; open: () => Promise<{ db: Awaited<ReturnType<typeof openDatabase>>; drop(): Promise<void> }> }[] = [
    { label: 'PGlite', open: async () => ({ db: await openDatabase({ driver: 'pglite' }), drop: async () => {} }) },
  ];
  if (process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL) {
    targets.push({
      label: 'PostgreSQL',
      open: async () => {
        const b = await benchDatabase();
        return { db: await openDatabase({ driver: 'postgres', url: b.env.DATABASE_URL! }), drop: b.drop };
      },
    });
  }
  const embedder = localEmbedder();
  for (const target of targets) {
    const { db, drop } = await target.open();
    await ingestCorpus(db, embedder, loadCorpus());
    for (const mode of MODES) {
      // Warm-up, then measure.
      for (const q of questions.slice(0, 5)) await searchClauses(db, embedder, { query: q.q, k: 5, mode });
      const times: number[] = [];
      let hits = 0;
      for (const q of questions) {
        const t = performance.now();
        const found = await searchClauses(db, embedder, { query: q.q, k: 5, mode });
        times.push(performance.now() - t);
        if (found.some((h) => q.relevant.includes(h.clauseId))) hits++;
      }
      times.sort((a, b) => a - b);
      rows.push({
        database: target.label,
        method: mode === 'hybrid' ? 'hybrid (RRF)' : mode === 'vector' ? 'vector only (PGVectorStore-style)' : 'full-text only',
        questions: questions.length,
        'recall@5': Number((hits / questions.length).toFixed(3)),
        'p50 ms': Number(percentile(times, 50).toFixed(2)),
        'p95 ms': Number(percentile(times, 95).toFixed(2)),
      });
    }
    await db.close();
    await drop();
  }
  console.log('\nClause retrieval (golden + held-out questions, local embedding)');
  console.table(rows);
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/retrieval.json', import.meta.url), JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runRetrievalBench();
