/**
 * Vacancy matching at 1k, 10k and 100k vacancies, on PGlite and (with BENCH_DATABASE_URL /
 * DATABASE_URL) PostgreSQL, in a database of its own (created and dropped):
 *
 * - latency p50/p95 of a whole match (embed the seeker's query, HNSW and full-text candidates with
 *   the SQL filters, the pure matcher, the shortfall count when it applies) over 60 matches of 24
 *   seeker profiles, and of the candidate queries alone;
 * - recall@10 of the candidate stage against an exact scan (SET LOCAL enable_indexscan = off) with
 *   the same filters: as matching runs it (HNSW, 200 candidates, ef_search 400, iterative scan, plus
 *   the nearest posts containing the seeker's words), the HNSW part alone, and pgvector's defaults
 *   (ef_search 40, no iterative scan). The demo data has many near-identical posts, so recall is
 *   tie-aware: a returned row counts when its distance is within the exact 10th distance.
 *
 * Rows come from the demo generator (a size is a prefix of the next, so one database grows through
 * the sizes) and are embedded and segmented once. Build: rows inserted without the HNSW index (the
 * full-text GIN index is kept up to date on insert), then the HNSW index built. A size whose projected build exceeds BENCH_MATCH_BUDGET_S (600 s)
 * is skipped and reported with the measured rate. Not part of `npm test`.
 * Run: `npx tsx bench/match.ts` (sizes: BENCH_MATCH_SIZES=1000,10000).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../server/db/client.ts';
import { vacancies } from '../server/db/schema/index.ts';
import { embedLocal, localEmbedder } from '../server/embeddings/local.ts';
import { efSearchFor, matchCandidates, vacancyCandidates } from '../server/catalog/candidates.ts';
import { toTsQuery } from '../server/policy/search.ts';
import { generateDemoVacancies } from '../server/catalog/demo-data.ts';
import { CANDIDATES } from '../server/catalog/match-weights.ts';
import { knownGroups, mayTake, seekerProfile, seekerQueryText } from '../server/catalog/profile.ts';
import { matchVacanciesForPerson } from '../server/catalog/recommend.ts';
import { sha256 } from '../server/policy/corpus.ts';
import { MAX_IMPORT_ROWS } from '../server/catalog/feed-records.ts';
import { readVacancies } from '../server/catalog/vacancy-import.ts';
import { vacancyText } from '../server/catalog/vacancy-row.ts';
import { vacancyTokens } from '../server/catalog/vacancy-tokens.ts';
import { WORK_TYPES } from '../server/catalog/vocabulary.ts';
import { zh } from '../server/i18n/zh-CN/index.ts';
import type { Person } from '../server/rules/facts.ts';
import { benchDatabase } from './support/database.ts';
import { percentile } from './support/server-process.ts';

const AS_OF = '2026-11-30';
const SIZES = (process.env.BENCH_MATCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const BUDGET_S = Number(process.env.BENCH_MATCH_BUDGET_S ?? 600);
const INSERT_CHUNK = 500;
const RUNS = 60;

/** Seekers as the chat would describe them: graduates, 4050, 困难人员, with and without an intent. */
const SEEKERS: Person[] = [
  { isCollegeGraduate: true, education: 'bachelor', graduationDate: '2026-06-30', employmentStatus: 'unemployed', jobIntent: '软件测试', major: '软件工程' },
  { isCollegeGraduate: true, education: 'bachelor', graduationDate: '2025-06-30', employmentStatus: 'unemployed', jobIntent: 'Java开发', preferredStreet: '仙桃街道' },
  { isCollegeGraduate: true, education: 'master', graduationDate: '2026-06-30', jobIntent: '数据分析', skills: ['Python', 'SQL'] },
  { isCollegeGraduate: true, education: 'associate', graduationDate: '2026-06-30', employmentStatus: 'unemployed', jobIntent: '物流', preferredStreet: '两路' },
  { isCollegeGraduate: true, education: 'associate', major: '护理学', jobIntent: '护士', preferredStreet: '龙溪街道' },
  { isCollegeGraduate: true, education: 'associate', jobIntent: '行政文员', desiredWorkTypes: ['internship'] },
  { education: 'high_school', jobIntent: '电商直播', birthDate: '2003-05-01', employmentStatus: 'unemployed' },
  { isCollegeGraduate: true, education: 'bachelor', major: '会计', jobIntent: '财务' },
  { birthDate: '1980-03-01', gender: 'female', registeredUnemployed: true, education: 'high_school', jobIntent: '仓库管理', preferredStreet: '双凤桥' },
  { birthDate: '1972-08-01', gender: 'male', registeredUnemployed: true, education: 'junior_high', jobIntent: '叉车司机', skills: ['叉车'] },
  { birthDate: '1978-01-01', gender: 'female', dibaoFamily: true, education: 'junior_high', jobIntent: '保洁' },
  { birthDate: '1976-01-01', gender: 'female', education: 'junior_high', jobIntent: '养老护理', preferredStreet: '木耳镇' },
  { education: 'vocational', jobIntent: '电工', skills: ['电工证'], preferredStreet: '龙兴镇' },
  { education: 'junior_high', jobIntent: '厨师', skills: ['中式烹调'] },
  { dibaoFamily: true, education: 'junior_high', preferredStreet: '回兴街道' },
  { disabled: true, education: 'high_school', jobIntent: '客服' },
  { zeroEmploymentFamily: true, education: 'high_school', desiredWorkTypes: ['public_welfare'] },
  { veteran: true, education: 'high_school', jobIntent: '司机', expectedWage: 6000 },
  { migrantWorker: true, education: 'junior_high', jobIntent: '汽车装配', preferredStreet: '龙兴镇' },
  { retiredFisher: true, education: 'junior_high', preferredStreet: '洛碛镇' },
  { isCollegeGraduate: true, education: 'bachelor', jobIntent: '人工智能训练师' },
  { education: 'associate', jobIntent: '社区工作者', isCollegeGraduate: true, graduationDate: '2025-06-30' },
  { jobIntent: '飞行员', education: 'bachelor' },
  {},
];

interface Prepared {
  rows: Record<string, unknown>[];
  vectors: Float32Array[];
}

/** The demo rows in stored form with their embeddings, computed once for every database. */
function prepare(count: number): Prepared {
  const raw = generateDemoVacancies({ count, asOf: AS_OF });
  const rows: Record<string, unknown>[] = [];
  const vectors: Float32Array[] = [];
  const inputs = [];
  // Through the importer's reader (in parts: it takes MAX_IMPORT_ROWS at a time).
  for (let i = 0; i < raw.length; i += MAX_IMPORT_ROWS) inputs.push(...readVacancies({ format: 'json', data: raw.slice(i, i + MAX_IMPORT_ROWS) }).rows.map((r) => r.row));
  for (const input of inputs) {
    const { sourceId, status, postedOn, ...rest } = input;
    rows.push({ ...rest, source: 'bench', sourceId, status, postedOn: postedOn ?? AS_OF, isDemo: true, contentHash: sha256(input), embeddingModel: localEmbedder().model, tokens: vacancyTokens(input) });
    vectors.push(Float32Array.from(embedLocal(vacancyText(input))));
  }
  return { rows, vectors };
}

async function insertRange(db: Database, p: Prepared, from: number, to: number) {
  for (let i = from; i < to; i += INSERT_CHUNK) {
    const end = Math.min(to, i + INSERT_CHUNK);
    const values = p.rows.slice(i, end).map((row, j) => ({ ...row, embedding: Array.from(p.vectors[i + j]!) }));
    await db.db.insert(vacancies).values(values as never);
  }
}

async function rebuildIndex(db: Database) {
  await db.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local maintenance_work_mem = '${db.driver === 'pglite' ? '512MB' : '2GB'}'`));
    await tx.execute(sql`create index vacancies_embedding_idx on vacancies using hnsw (embedding vector_cosine_ops)`);
  });
  await db.rows(sql`analyze vacancies`);
}

interface Query {
  vector: number[];
  /** The full-text branch's query, when the seeker used words. */
  tsquery?: string;
  filters: { asOf: string; education?: Person['education']; groups: ReturnType<typeof knownGroups>; restrictedWorkTypes: (typeof WORK_TYPES)[number][] };
}

function queries(): Query[] {
  const labels = { groups: zh.jobs.groups, workTypes: zh.jobs.workTypes, neutral: zh.jobs.neutralQuery };
  return SEEKERS.map((person) => {
    const p = seekerProfile(person, AS_OF);
    const text = seekerQueryText(p, labels);
    return {
      vector: embedLocal(text),
      tsquery: p.hasIntent ? toTsQuery(text) || undefined : undefined,
      filters: { asOf: AS_OF, education: p.education, groups: knownGroups(p), restrictedWorkTypes: WORK_TYPES.filter((w) => mayTake(p, w) === false) },
    };
  });
}

/** Tie-aware recall@10: returned rows within the exact 10th distance, over 10. */
async function recallAt10(db: Database, qs: Query[], search: { efSearch?: number; iterative?: boolean; limit: number; words?: boolean }) {
  let sum = 0;
  for (const q of qs) {
    const exact = await vacancyCandidates(db, { ...q.filters, vector: q.vector, limit: 10, search: { exact: true } });
    if (exact.length === 0) {
      sum += 1;
      continue;
    }
    const kth = exact[exact.length - 1]!.similarity;
    const found = search.words
      ? await matchCandidates(db, { ...q.filters, vector: q.vector, limit: search.limit, tsquery: q.tsquery })
      : await vacancyCandidates(db, { ...q.filters, vector: q.vector, limit: search.limit, search });
    const approx = found
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, 10);
    sum += approx.filter((c) => c.similarity >= kth - 1e-6).length / exact.length;
  }
  return sum / qs.length;
}

async function timeIt<T>(fn: () => Promise<T>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function measure(db: Database, qs: Query[]) {
  const embedder = localEmbedder();
  for (const person of SEEKERS.slice(0, 5)) await matchVacanciesForPerson({ database: db, embedder }, { person, k: 5, asOf: AS_OF });
  const match: number[] = [];
  const candidates: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const person = SEEKERS[i % SEEKERS.length]!;
    match.push(await timeIt(() => matchVacanciesForPerson({ database: db, embedder }, { person, k: 5, asOf: AS_OF })));
    const q = qs[i % qs.length]!;
    candidates.push(await timeIt(() => matchCandidates(db, { ...q.filters, vector: q.vector, limit: CANDIDATES, tsquery: q.tsquery })));
  }
  const exact: number[] = [];
  for (const q of qs.slice(0, 10)) exact.push(await timeIt(() => vacancyCandidates(db, { ...q.filters, vector: q.vector, limit: CANDIDATES, search: { exact: true } })));
  [match, candidates, exact].forEach((xs) => xs.sort((a, b) => a - b));
  return {
    'match p50 ms': round(percentile(match, 50)),
    'match p95 ms': round(percentile(match, 95)),
    'candidates p50 ms': round(percentile(candidates, 50)),
    'candidates p95 ms': round(percentile(candidates, 95)),
    'exact scan p50 ms': round(percentile(exact, 50)),
    'recall@10 HNSW + full-text (as matching runs)': Number((await recallAt10(db, qs, { limit: CANDIDATES, words: true })).toFixed(3)),
    [`recall@10 HNSW alone (ef ${efSearchFor(CANDIDATES)}, iterative)`]: Number((await recallAt10(db, qs, { limit: CANDIDATES })).toFixed(3)),
    'recall@10 HNSW defaults (ef 40)': Number((await recallAt10(db, qs, { limit: 10, efSearch: 40, iterative: false })).toFixed(3)),
  };
}

const round = (x: number) => Number(x.toFixed(1));

export async function runMatchBench() {
  const rows: Record<string, unknown>[] = [];
  const largest = Math.max(...SIZES);
  const started = performance.now();
  const prepared = prepare(largest);
  const prepareS = (performance.now() - started) / 1000;
  console.log(`\nprepared ${largest} demo vacancies with local embeddings in ${prepareS.toFixed(0)} s`);
  const qs = queries();

  const targets: { label: string; open(): Promise<{ db: Database; drop(): Promise<void> }> }[] = [
    {
      label: 'PGlite',
      // In memory, as the tests run it; BENCH_PGLITE_DIR=1 puts it in a data directory like `npm start`.
      open: async () => {
        if (!process.env.BENCH_PGLITE_DIR) return { db: await openDatabase({ driver: 'pglite' }), drop: async () => {} };
        const dir = mkdtempSync(join(tmpdir(), 'yb-bench-match-'));
        return { db: await openDatabase({ driver: 'pglite', dataDir: dir }), drop: async () => rmSync(dir, { recursive: true, force: true }) };
      },
    },
  ];
  if (process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL) {
    targets.push({
      label: 'PostgreSQL',
      open: async () => {
        const b = await benchDatabase();
        return { db: await openDatabase({ driver: 'postgres', url: b.env.DATABASE_URL!, poolMax: 4 }), drop: b.drop };
      },
    });
  }

  for (const target of targets) {
    const { db, drop } = await target.open();
    try {
      let have = 0;
      // Measured at the last size: seconds per inserted row, and seconds per indexed row.
      let perRow: { insert: number; index: number } | undefined;
      for (const size of [...SIZES].sort((a, b) => a - b)) {
        // HNSW builds grow a little faster than linearly: a 25% margin on the index part.
        const projected = perRow ? perRow.insert * (size - have) + perRow.index * size * 1.25 : 0;
        if (projected > BUDGET_S) {
          const rates = `${(1 / perRow!.insert).toFixed(0)} rows/s inserted, ${(1 / perRow!.index).toFixed(0)} rows/s indexed`;
          rows.push({ database: target.label, vacancies: size, note: `skipped: projected build ${projected.toFixed(0)} s (${rates}) exceeds ${BUDGET_S} s` });
          console.log(`${target.label} ${size}: skipped, projected build ${projected.toFixed(0)} s (${rates})`);
          continue;
        }
        // Insert without the index (it is rebuilt for each size), as a bulk load would.
        await db.rows(sql`drop index if exists vacancies_embedding_idx`);
        const t0 = performance.now();
        await insertRange(db, prepared, have, size);
        const insertS = (performance.now() - t0) / 1000;
        const t1 = performance.now();
        await rebuildIndex(db);
        const indexS = (performance.now() - t1) / 1000;
        perRow = { insert: insertS / (size - have), index: indexS / size };
        have = size;
        console.log(`${target.label} ${size}: inserted in ${insertS.toFixed(1)} s, index built in ${indexS.toFixed(1)} s; measuring…`);
        rows.push({ database: target.label, vacancies: size, 'insert s': round(insertS), 'index s': round(indexS), ...(await measure(db, qs)) });
      }
    } finally {
      await db.close();
      await drop();
    }
  }

  const machine = { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  console.log(`\nVacancy matching (${SEEKERS.length} seeker profiles, ${RUNS} matches per size; k = 5, ${CANDIDATES} HNSW candidates at ef_search ${efSearchFor(CANDIDATES)}; local embedding; ${machine.cpus} cores, ${machine.memoryGiB} GiB)`);
  console.table(rows);
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/match.json', import.meta.url), JSON.stringify({ date: new Date().toISOString(), machine, prepareSeconds: round(prepareS), rows }, null, 2));
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runMatchBench();
