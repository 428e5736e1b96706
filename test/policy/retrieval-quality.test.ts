import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../server/db/client.ts';
import { localEmbedder } from '../../server/embeddings/local.ts';
import { searchClauses } from '../../server/policy/search.ts';
import { openTestDatabase } from '../support/db.ts';
import golden from './golden-questions.json' with { type: 'json' };
import heldout from './heldout-questions.json' with { type: 'json' };

type Question = { q: string; relevant: string[] };

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

async function measure(questions: Question[]) {
  const embedder = localEmbedder();
  let r1 = 0, r5 = 0, mrr = 0;
  const misses: string[] = [];
  for (const { q, relevant } of questions) {
    const hits = (await searchClauses(database, embedder, { query: q, k: 10 })).map((h) => h.clauseId);
    const rank = hits.findIndex((id) => relevant.includes(id));
    if (rank === 0) r1++;
    if (rank >= 0 && rank < 5) r5++;
    else misses.push(`${q} → expected ${relevant.join('/')}, got ${hits.slice(0, 5).join(', ')}`);
    if (rank >= 0) mrr += 1 / (rank + 1);
  }
  const n = questions.length;
  return { n, recallAt1: r1 / n, recallAt5: r5 / n, mrr: mrr / n, misses };
}

describe(`hybrid clause retrieval quality on ${inject('databaseUnderTest')}`, () => {
  it.each([
    ['golden set (used while tuning the thesaurus)', golden.questions],
    ['held-out set (never used for tuning)', heldout.questions],
  ])('%s reaches recall@5 ≥ 0.9', async (name, questions) => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    const m = await measure(questions);
    console.log(
      `retrieval ${name}: n=${m.n} recall@1=${m.recallAt1.toFixed(3)} recall@5=${m.recallAt5.toFixed(3)} MRR=${m.mrr.toFixed(3)}` +
        (m.misses.length ? `\n  misses:\n  ${m.misses.join('\n  ')}` : ''),
    );
    expect(m.recallAt5).toBeGreaterThanOrEqual(0.9);
  });
});
