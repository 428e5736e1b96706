/**
 * Candidate generation for matching: the nearest active, unexpired rows to the seeker's query
 * vector through the pgvector HNSW index, with the hard filters that SQL can apply (education,
 * excluded groups, restricted kinds of post) in the same query, so that at 100k+ vacancies the
 * index still returns posts the seeker can take. Inside one transaction (SET LOCAL, on both
 * drivers), `hnsw.ef_search` is widened for the number of candidates wanted, `hnsw.iterative_scan`
 * lets the index keep scanning when the filters remove rows (pgvector ≥ 0.8), and sorting is
 * disabled so the planner takes the index rather than a full scan.
 */
import { and, arrayOverlaps, eq, gte, inArray, isNull, not, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { trainingCourses, vacancies } from '../db/schema/index.ts';
import type { CourseCandidate } from './course-match.ts';
import type { VacancyCandidate } from './match.ts';
import { educationsAtOrBelow, type Education, type Group, type WorkType } from './vocabulary.ts';

export interface VacancyFilters {
  asOf: string;
  /** The seeker's education: posts asking for more are left out. */
  education?: Education;
  /** Groups the seeker is known to belong to: posts excluding any of them are left out. */
  groups?: Group[];
  /** Kinds of post the seeker is known not to qualify for (见习, 公益性, 基层). */
  restrictedWorkTypes?: WorkType[];
  /** Only posts in these 镇街 (the place asked about). */
  streets?: string[];
}

const vectorLiteral = (v: number[]) => `[${v.join(',')}]`;

/** Matchable now: active and not expired on `asOf` (an expiry date is the last day it is open). */
export const vacancyLive = (asOf: string) => and(eq(vacancies.status, 'active'), or(isNull(vacancies.expiresOn), gte(vacancies.expiresOn, asOf)))!;
export const courseLive = (asOf: string) => and(eq(trainingCourses.status, 'active'), or(isNull(trainingCourses.endsOn), gte(trainingCourses.endsOn, asOf)))!;

function vacancyConditions(f: VacancyFilters): SQL[] {
  const where: SQL[] = [vacancyLive(f.asOf)];
  if (f.education) where.push(or(isNull(vacancies.educationMin), inArray(vacancies.educationMin, educationsAtOrBelow(f.education)))!);
  if (f.groups?.length) where.push(not(arrayOverlaps(vacancies.excludedGroups, f.groups)));
  if (f.restrictedWorkTypes?.length) where.push(notInArray(vacancies.workType, f.restrictedWorkTypes));
  if (f.streets?.length) where.push(inArray(vacancies.street, f.streets));
  return where;
}

const vacancyColumns = {
  id: vacancies.id,
  title: vacancies.title,
  employer: vacancies.employer,
  description: vacancies.description,
  district: vacancies.district,
  street: vacancies.street,
  address: vacancies.address,
  educationMin: vacancies.educationMin,
  majors: vacancies.majors,
  skills: vacancies.skills,
  wageMin: vacancies.wageMin,
  wageMax: vacancies.wageMax,
  headcount: vacancies.headcount,
  workType: vacancies.workType,
  suitableGroups: vacancies.suitableGroups,
  excludedGroups: vacancies.excludedGroups,
  contact: vacancies.contact,
  postedOn: vacancies.postedOn,
  expiresOn: vacancies.expiresOn,
  status: vacancies.status,
  isDemo: vacancies.isDemo,
};

/**
 * How the nearest rows are found. The default widens the HNSW search to the candidates wanted;
 * `exact` scans without the index (what recall is measured against); `efSearch` and `iterative`
 * override the defaults (the benchmark compares them).
 */
export interface SearchOptions {
  exact?: boolean;
  efSearch?: number;
  iterative?: boolean;
  /** Leave the plan to the planner (the full-text branch: a GIN scan and sort is often best there). */
  planner?: boolean;
}

/**
 * The HNSW search breadth for `limit` candidates: twice the candidates (pgvector's maximum is
 * 1000). Measured on 10k demo posts with the local embedding (bench/match.ts): recall@10 against
 * an exact scan is 0.85 at ef_search = 200 and 0.90 at 400 — the hashed lexical vectors of short
 * queries are a hard case for HNSW — for about 1 ms more per query.
 */
export const efSearchFor = (limit: number) => Math.min(1000, Math.max(40, 2 * limit));

type Tx = Parameters<Parameters<Database['db']['transaction']>[0]>[0];

/** Runs `query` in a transaction with the search settings applied (SET LOCAL: they end with it). */
async function withSearch<T>(database: Database, limit: number, search: SearchOptions, query: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(async (tx) => {
    if (search.exact) {
      await tx.execute(sql.raw(`set local enable_indexscan = off`));
      await tx.execute(sql.raw(`set local enable_bitmapscan = off`));
    } else {
      const ef = Math.round(search.efSearch ?? efSearchFor(limit));
      await tx.execute(sql.raw(`set local hnsw.ef_search = ${ef}`));
      if (search.iterative ?? true) await tx.execute(sql.raw(`set local hnsw.iterative_scan = relaxed_order`));
      // The order must come from the vector index: with a wide ef_search the planner otherwise
      // prices a full scan and top-N sort below the HNSW scan up to ~100k rows, and takes 10–20×
      // longer (measured: 50 ms against 3 ms at 10k on PostgreSQL).
      if (!search.planner) await tx.execute(sql.raw(`set local enable_sort = off`));
    }
    return query(tx);
  });
}

/**
 * The embedding model of the query vector. Given, only rows embedded by the same model are compared
 * with it: after a model change, rows not yet re-embedded (server/embeddings/reembed.ts) have
 * vectors of another space, whose cosine with the query means nothing (0.02 for a good match was
 * seen). The nearest-neighbour search leaves them out; the full-text search still finds them, with
 * no similarity.
 */
type ModelOf = { model?: string };

const similarityOf = (d: unknown) => (d === null || d === undefined ? 0 : 1 - Number(d));

/** The `limit` nearest matchable vacancies to `vector`, with their cosine similarity. */
export async function vacancyCandidates(
  database: Database,
  { vector, model, limit, search = {}, ...filters }: VacancyFilters & ModelOf & { vector: number[]; limit: number; search?: SearchOptions },
): Promise<VacancyCandidate[]> {
  const q = vectorLiteral(vector);
  const distance = sql`${vacancies.embedding} <=> ${q}::vector`;
  const rows = await withSearch(database, limit, search, (tx) =>
    tx
      .select({ ...vacancyColumns, distance: sql<number>`${distance}` })
      .from(vacancies)
      .where(and(...vacancyConditions(filters), model ? eq(vacancies.embeddingModel, model) : undefined))
      .orderBy(distance)
      .limit(limit),
  );
  return rows.map(({ distance: d, ...v }) => ({ ...(v as Omit<VacancyCandidate, 'similarity'>), similarity: similarityOf(d) }));
}

/**
 * The nearest matchable vacancies among those containing the seeker's words (`tsquery`, from
 * toTsQuery): the GIN index finds them whatever the HNSW graph does. Hashed lexical vectors of
 * short queries are a hard case for HNSW — at 100k demo posts it misses a third of the exact top 10
 * (bench/match.ts) — so matching takes the union of both.
 */
export async function vacancyWordCandidates(
  database: Database,
  { vector, model, tsquery, limit, ...filters }: VacancyFilters & ModelOf & { vector: number[] | null; tsquery: string; limit: number },
): Promise<VacancyCandidate[]> {
  const q = vector && vectorLiteral(vector);
  // Without a vector (the embeddings model is down) or for a row of another model: no similarity,
  // ranked by the full-text rank instead.
  const distance = !q
    ? sql`null::float8`
    : model
      ? sql`case when ${vacancies.embeddingModel} = ${model} then ${vacancies.embedding} <=> ${q}::vector end`
      : sql`${vacancies.embedding} <=> ${q}::vector`;
  const match = sql`to_tsquery('simple', ${tsquery})`;
  const rank = sql`ts_rank_cd(${vacancies.tsv}, ${match}, 1)`;
  const rows = await withSearch(database, limit, { planner: true }, (tx) =>
    tx
      .select({ ...vacancyColumns, distance: sql<number | null>`${distance}` })
      .from(vacancies)
      .where(and(...vacancyConditions(filters), sql`${vacancies.tsv} @@ ${match}`))
      .orderBy(...(q ? [sql`${distance} asc nulls last`] : []), sql`${rank} desc`, sql`${vacancies.postedOn} desc`, vacancies.id)
      .limit(limit),
  );
  return rows.map(({ distance: d, ...v }) => ({ ...(v as Omit<VacancyCandidate, 'similarity'>), similarity: similarityOf(d) }));
}

/** Matchable vacancies, newest first, with no similarity: the candidates of a neutral query when the embeddings model is down. */
export async function recentVacancyCandidates(database: Database, { limit, ...filters }: VacancyFilters & { limit: number }): Promise<VacancyCandidate[]> {
  const rows = await database.db
    .select(vacancyColumns)
    .from(vacancies)
    .where(and(...vacancyConditions(filters)))
    .orderBy(sql`${vacancies.postedOn} desc`, vacancies.id)
    .limit(limit);
  return rows.map((v) => ({ ...(v as Omit<VacancyCandidate, 'similarity'>), similarity: 0 }));
}

/**
 * Matching's candidates: the HNSW nearest, and when the seeker used words, the nearest among the
 * posts containing them; one row per post.
 */
export async function matchCandidates(
  database: Database,
  { tsquery, vector, ...args }: VacancyFilters & ModelOf & { vector: number[] | null; limit: number; tsquery?: string },
): Promise<VacancyCandidate[]> {
  // No vector: the embeddings model failed (server/embeddings/query.ts); the words alone, else the newest posts.
  if (!vector) return tsquery ? vacancyWordCandidates(database, { ...args, vector, tsquery }) : recentVacancyCandidates(database, args);
  const nearest = await vacancyCandidates(database, { ...args, vector });
  if (!tsquery) return nearest;
  const worded = await vacancyWordCandidates(database, { ...args, vector, tsquery });
  const byId = new Map(nearest.map((c) => [c.id, c]));
  for (const c of worded) if (!byId.has(c.id)) byId.set(c.id, c);
  return [...byId.values()];
}

/** Why matchable vacancies are out of the seeker's reach, counted over the whole table (for the shortfall message). */
export async function vacancyReach(database: Database, f: VacancyFilters): Promise<{ live: number; education: number; excludedGroup: number; restricted: number }> {
  const count = (cond: SQL | undefined) => (cond ? sql<number>`count(*) filter (where ${cond})::int` : sql<number>`0`);
  const [row] = await database.db
    .select({
      live: sql<number>`count(*)::int`,
      education: count(f.education ? and(sql`${vacancies.educationMin} is not null`, notInArray(vacancies.educationMin, educationsAtOrBelow(f.education))) : undefined),
      excludedGroup: count(f.groups?.length ? arrayOverlaps(vacancies.excludedGroups, f.groups) : undefined),
      restricted: count(f.restrictedWorkTypes?.length ? inArray(vacancies.workType, f.restrictedWorkTypes) : undefined),
    })
    .from(vacancies)
    .where(and(vacancyLive(f.asOf), f.streets?.length ? inArray(vacancies.street, f.streets) : undefined));
  return { live: Number(row?.live ?? 0), education: Number(row?.education ?? 0), excludedGroup: Number(row?.excludedGroup ?? 0), restricted: Number(row?.restricted ?? 0) };
}

const courseColumns = {
  id: trainingCourses.id,
  title: trainingCourses.title,
  provider: trainingCourses.provider,
  category: trainingCourses.category,
  description: trainingCourses.description,
  street: trainingCourses.street,
  address: trainingCourses.address,
  startsOn: trainingCourses.startsOn,
  endsOn: trainingCourses.endsOn,
  subsidised: trainingCourses.subsidised,
  fee: trainingCourses.fee,
  seats: trainingCourses.seats,
  contact: trainingCourses.contact,
  suitableGroups: trainingCourses.suitableGroups,
  status: trainingCourses.status,
  isDemo: trainingCourses.isDemo,
};

/** The `limit` nearest open courses (active, not ended on `asOf`) to `vector`. */
export async function courseCandidates(
  database: Database,
  { vector, model, limit, asOf }: ModelOf & { vector: number[]; limit: number; asOf: string },
): Promise<CourseCandidate[]> {
  const q = vectorLiteral(vector);
  const distance = sql`${trainingCourses.embedding} <=> ${q}::vector`;
  const rows = await withSearch(database, limit, {}, (tx) =>
    tx
      .select({ ...courseColumns, distance: sql<number>`${distance}` })
      .from(trainingCourses)
      .where(and(courseLive(asOf), model ? eq(trainingCourses.embeddingModel, model) : undefined))
      .orderBy(distance)
      .limit(limit),
  );
  return rows.map(({ distance: d, ...c }) => ({ ...(c as Omit<CourseCandidate, 'similarity'>), similarity: similarityOf(d) }));
}

/**
 * Open courses by the seeker's words, with no similarity: the candidates when the embeddings model
 * is down. Courses have no full-text index (a few hundred rows at most), so the words are counted
 * in the title, category and description; most words first, then the soonest start.
 */
export async function courseWordCandidates(database: Database, { terms, limit, asOf }: { terms: string[]; limit: number; asOf: string }): Promise<CourseCandidate[]> {
  const haystack = sql`(${trainingCourses.title} || ' ' || ${trainingCourses.category} || ' ' || ${trainingCourses.description})`;
  const hits = terms.length ? sql.join(terms.map((t) => sql`(case when strpos(${haystack}, ${t}) > 0 then 1 else 0 end)`), sql` + `) : sql`0`;
  const rows = await database.db
    .select(courseColumns)
    .from(trainingCourses)
    .where(courseLive(asOf))
    .orderBy(sql`${hits} desc`, sql`${trainingCourses.startsOn} asc nulls last`, trainingCourses.id)
    .limit(limit);
  return rows.map((c) => ({ ...(c as Omit<CourseCandidate, 'similarity'>), similarity: 0 }));
}

export async function countLiveCourses(database: Database, asOf: string): Promise<number> {
  return database.db.$count(trainingCourses, courseLive(asOf));
}
