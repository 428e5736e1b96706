/**
 * Re-embedding after a model change. Every table with an `embedding` column stores the model that
 * made it (`embedding_model`); a vector of another model lives in another space, and its cosine with
 * a query of this model means nothing (match scores fell from 0.25 to 0.15 and a good post showed
 * “语义相似度：0.02” when only the clauses had been re-embedded). At start the server re-embeds, in
 * the background, every row whose model is not the configured one, in every embedded table, from the
 * text stored in the row — the same text the import embedded (vacancyText, courseText,
 * searchableText) — so nothing needs to be imported again.
 *
 * Until a row is done the vector searches leave it out (they compare only rows of the query's model)
 * and full-text still finds it. Each batch is its own transaction, keyed by id, so the work resumes
 * where it stopped; an embeddings failure is retried every RETRY_MS until it succeeds or the server
 * stops. A row an import re-embedded meanwhile (already this model) is left as the import wrote it.
 */
import { and, asc, eq, gt, ne } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.ts';
import { policyClauses, trainingCourses, vacancies } from '../db/schema/index.ts';
import { courseText } from '../catalog/course-row.ts';
import { vacancyText } from '../catalog/vacancy-row.ts';
import { vacancyTextColumns } from '../catalog/vacancy-text-columns.ts';
import type { Logger } from '../log.ts';
import { searchableText } from '../policy/corpus.ts';
import { forgetClauseTexts } from '../policy/clause-texts.ts';
import type { Embedder } from './embedder.ts';

interface EmbeddedTable {
  table: PgTable;
  id: PgColumn;
  model: PgColumn;
  /** The columns the text is made of, selected for each row. */
  columns: Record<string, PgColumn>;
  text(row: Record<string, unknown>): string;
}

/** Every embedded table, by its SQL name (a test checks the schema has no other). */
export const EMBEDDED_TABLES: Record<'policy_clauses' | 'vacancies' | 'training_courses', EmbeddedTable> = {
  policy_clauses: {
    table: policyClauses,
    id: policyClauses.id,
    model: policyClauses.embeddingModel,
    columns: { heading: policyClauses.heading, keywords: policyClauses.keywords, text: policyClauses.text },
    text: (r) => searchableText(r as Parameters<typeof searchableText>[0]),
  },
  vacancies: {
    table: vacancies,
    id: vacancies.id,
    model: vacancies.embeddingModel,
    columns: vacancyTextColumns,
    text: (r) => vacancyText(r as Parameters<typeof vacancyText>[0]),
  },
  training_courses: {
    table: trainingCourses,
    id: trainingCourses.id,
    model: trainingCourses.embeddingModel,
    columns: {
      title: trainingCourses.title,
      category: trainingCourses.category,
      provider: trainingCourses.provider,
      description: trainingCourses.description,
      street: trainingCourses.street,
      suitableGroups: trainingCourses.suitableGroups,
    },
    text: (r) => courseText(r as Parameters<typeof courseText>[0]),
  },
};

export type EmbeddedTableName = keyof typeof EMBEDDED_TABLES;
export type PerTable = Record<EmbeddedTableName, number>;

const BATCH = 200;
export const RETRY_MS = 60_000;
/** Whole passes over the tables one job makes; more means rows of another model keep being written. */
const MAX_PASSES = 3;

const entries = () => Object.entries(EMBEDDED_TABLES) as [EmbeddedTableName, EmbeddedTable][];

/** Rows of each embedded table whose vector is not of `model` (the health report shows them). */
export async function staleRows(database: Database, model: string): Promise<PerTable> {
  const counts = await Promise.all(entries().map(async ([name, t]) => [name, await database.db.$count(t.table, ne(t.model, model))] as const));
  return Object.fromEntries(counts) as PerTable;
}

/**
 * Re-embeds every row not of `embedder.model`, table by table, BATCH rows per transaction; returns
 * how many it re-embedded in each. `shouldStop` is asked between batches.
 */
export async function reembedStale(
  database: Database,
  embedder: Embedder,
  { batch = BATCH, shouldStop = () => false, onBatch }: { batch?: number; shouldStop?: () => boolean; onBatch?: (table: EmbeddedTableName, rows: number) => void } = {},
): Promise<PerTable> {
  const done: PerTable = { policy_clauses: 0, vacancies: 0, training_courses: 0 };
  for (const [name, t] of entries()) {
    let after: string | undefined;
    for (;;) {
      if (shouldStop()) return done;
      const rows = (await database.db
        .select({ id: t.id, ...t.columns })
        .from(t.table)
        .where(and(ne(t.model, embedder.model), after === undefined ? undefined : gt(t.id, after)))
        .orderBy(asc(t.id))
        .limit(batch)) as ({ id: string } & Record<string, unknown>)[];
      if (rows.length === 0) break;
      // Embed outside the transaction: a slow model holds no locks.
      const vectors = await embedder.embedDocuments(rows.map((r) => t.text(r)));
      await database.db.transaction(async (tx) => {
        for (const [i, r] of rows.entries()) {
          await tx
            .update(t.table)
            .set({ embedding: vectors[i]!, embeddingModel: embedder.model } as never)
            .where(and(eq(t.id, r.id), ne(t.model, embedder.model)));
        }
      });
      done[name] += rows.length;
      after = rows.at(-1)!.id;
      onBatch?.(name, rows.length);
    }
    if (name === 'policy_clauses' && done[name]) forgetClauseTexts(database);
  }
  return done;
}

export interface Reembedding {
  /** Resolves when every row is of the model (or the job was stopped), with the rows re-embedded. */
  readonly done: Promise<PerTable>;
  /** Stops between batches and waits for the batch in flight. */
  stop(): Promise<void>;
}

/**
 * The start-up job: counts the stale rows, and when there are any re-embeds them in the background,
 * logging progress; a failure is logged and the job tries again after `retryMs`.
 */
export function startReembedding(database: Database, embedder: Embedder, log: Logger, { retryMs = RETRY_MS, batch = BATCH } = {}): Reembedding {
  let stopped = false;
  let wake: (() => void) | undefined;
  const total: PerTable = { policy_clauses: 0, vacancies: 0, training_courses: 0 };
  const run = async (): Promise<PerTable> => {
    let passes = 0;
    for (let attempt = 1; !stopped; attempt++) {
      try {
        const stale = await staleRows(database, embedder.model);
        const count = Object.values(stale).reduce((a, b) => a + b, 0);
        if (count === 0) {
          if (passes > 0) log.info({ model: embedder.model, reembedded: total }, 're-embedding done: every embedded row is of the configured model');
          return total;
        }
        if (passes >= MAX_PASSES) {
          // Rows of another model keep arriving: another process writes with another EMBEDDINGS_MODEL.
          log.warn({ model: embedder.model, stale }, 'rows of another embedding model keep arriving; is another server configured with a different EMBEDDINGS_MODEL?');
          return total;
        }
        log.info({ model: embedder.model, stale }, 'embedding model changed: re-embedding rows of other models in the background');
        await reembedStale(database, embedder, {
          batch,
          shouldStop: () => stopped,
          onBatch: (table, rows) => {
            total[table] += rows;
            log.debug({ table, reembedded: total[table] }, 're-embedding progress');
          },
        });
        passes++;
      } catch (err) {
        if (stopped) break;
        log.warn({ err, model: embedder.model, attempt, retryInMs: retryMs }, 're-embedding failed; rows of other models are found by full-text only until it succeeds');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, retryMs);
          timer.unref?.();
          wake = () => (clearTimeout(timer), resolve());
        });
        wake = undefined;
      }
    }
    return total;
  };
  const done = run();
  return {
    done,
    async stop() {
      stopped = true;
      wake?.();
      await done.catch(() => {});
    },
  };
}
