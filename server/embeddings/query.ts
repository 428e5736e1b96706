/**
 * A seeker's query vector, or none: retrieval never fails a turn because the embeddings model is
 * down. Clause search, vacancy matching and course recommendation ask here; on `null` they rank by
 * full-text / keywords alone (server/policy/search.ts, server/catalog/candidates.ts).
 *
 * - A remote embedder's query gets `remote.queryTimeoutMs` (EMBEDDINGS_QUERY_TIMEOUT_MS), once.
 * - After a failure the model is left alone for COOL_DOWN_MS (a circuit breaker): during an outage
 *   a turn that searches four times waits for one timeout, not four, and only the first seeker after
 *   each cool-down waits at all. The first query after it tries the model again.
 * - Each fallback is reported to the observers the app registered (observeQueryFallbacks: a warning
 *   in the log, `embeddings_query_fallbacks_total` in /metrics).
 */
import type { Embedder } from './embedder.ts';

export type QueryUse = 'clauses' | 'vacancies' | 'courses';
/** `error`: the model answered with an error; `timeout`: it did not answer in time; `cooling_down`: not asked, it failed moments ago. */
export type FallbackReason = 'error' | 'timeout' | 'cooling_down';

export interface QueryFallback {
  use: QueryUse;
  model: string;
  reason: FallbackReason;
  /** The failure (absent when cooling down). */
  error?: unknown;
  /** How long the query waited before giving up. */
  waitedMs: number;
}

export type QueryFallbackObserver = (f: QueryFallback) => void;

export const COOL_DOWN_MS = 30_000;

class QueryTimeout extends Error {
  constructor(ms: number) {
    super(`embeddings query took longer than ${ms} ms`);
    this.name = 'QueryTimeout';
  }
}

const breakers = new WeakMap<Embedder, { openUntil: number }>();
const observers = new WeakMap<Embedder, Set<QueryFallbackObserver>>();

/** Registers `observer` for the fallbacks of `embedder`; returns the function that removes it. */
export function observeQueryFallbacks(embedder: Embedder, observer: QueryFallbackObserver): () => void {
  const set = observers.get(embedder) ?? new Set();
  set.add(observer);
  observers.set(embedder, set);
  return () => set.delete(observer);
}

/** Whether the embedder failed a query within the last COOL_DOWN_MS (the health report shows it). */
export function coolingDown(embedder: Embedder, now = Date.now()): boolean {
  return (breakers.get(embedder)?.openUntil ?? 0) > now;
}

const isTimeout = (e: unknown) =>
  e instanceof QueryTimeout || (e instanceof Error && (/timeout/i.test(e.name) || /timed? ?out/i.test(e.message) || (e as { code?: string }).code === 'ETIMEDOUT'));

function report(embedder: Embedder, f: QueryFallback) {
  for (const o of observers.get(embedder) ?? []) {
    try {
      o(f);
    } catch {
      /* an observer must not fail the search */
    }
  }
}

/** The query's vector, or `null` when the model failed, timed out or is cooling down after a failure. */
export async function queryVector(embedder: Embedder, text: string, use: QueryUse): Promise<number[] | null> {
  const started = Date.now();
  if (coolingDown(embedder, started)) {
    report(embedder, { use, model: embedder.model, reason: 'cooling_down', waitedMs: 0 });
    return null;
  }
  const timeoutMs = embedder.remote?.queryTimeoutMs;
  let timer: NodeJS.Timeout | undefined;
  try {
    const pending = embedder.embedQuery(text);
    const vector = timeoutMs
      ? await Promise.race([
          pending,
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new QueryTimeout(timeoutMs)), timeoutMs);
          }),
        ])
      : await pending;
    breakers.delete(embedder);
    return vector;
  } catch (error) {
    breakers.set(embedder, { openUntil: Date.now() + COOL_DOWN_MS });
    report(embedder, { use, model: embedder.model, reason: isTimeout(error) ? 'timeout' : 'error', error, waitedMs: Date.now() - started });
    return null;
  } finally {
    clearTimeout(timer);
  }
}
