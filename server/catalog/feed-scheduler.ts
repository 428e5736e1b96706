/**
 * The scheduled vacancy feed (VACANCY_FEED_URL, every VACANCY_FEED_INTERVAL_MINUTES): pull the
 * feed's JSON or CSV and run it through the same importer as staff uploads. The feed is the
 * publisher's complete list, so a post it stops listing is withdrawn (a snapshot import); a pull
 * that cannot be read whole withdraws nothing. A failed pull is logged and tried again at the next
 * interval — it never stops the server. Pulls never overlap: the next one is scheduled when the
 * previous one ends.
 */
import { repeatEvery } from '../repeat.ts';
import type { Database } from '../db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { type Logger, safeErrorMessage } from '../log.ts';
import { today } from '../rules/dates.ts';
import type { ImportReport } from './embedded-import.ts';
import type { ImportFormat } from './feed-records.ts';
import { importVacancies } from './vacancy-import.ts';

/** Rows from the scheduled feed are stored under this source. */
export const FEED_SOURCE = 'feed';
const FETCH_TIMEOUT_MS = 60_000;
/** Largest feed body read; a bigger one is refused rather than exhausting memory. */
const MAX_FEED_BYTES = 50 * 1024 * 1024;

export interface FeedOptions {
  url: string;
  intervalMs: number;
  database: Database;
  embedder: Embedder;
  log: Logger;
  source?: string;
  /** The day rows are imported on; defaults to today in China. */
  today?: () => string;
}

export interface FeedScheduler {
  /** Pulls once now (outside the schedule); rejects on failure. */
  pullNow(): Promise<ImportReport>;
  /** Stops the schedule and waits for a pull in progress. */
  stop(): Promise<void>;
}

/** JSON when the server says so or the body starts like a JSON array; CSV otherwise. */
export function feedFormat(contentType: string | null, body: string): ImportFormat {
  if (contentType && /json/i.test(contentType)) return 'json';
  if (contentType && /csv/i.test(contentType)) return 'csv';
  return /^\uFEFF?\s*\[/.test(body) ? 'json' : 'csv';
}

export async function pullFeed(opts: FeedOptions): Promise<ImportReport> {
  const res = await fetch(opts.url, {
    headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(zh.jobs.import.feedFailed(res.status));
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_FEED_BYTES) throw new Error(`feed body of ${length} bytes exceeds ${MAX_FEED_BYTES}`);
  const body = await res.text();
  if (body.length > MAX_FEED_BYTES) throw new Error(`feed body exceeds ${MAX_FEED_BYTES} characters`);
  const format = feedFormat(res.headers.get('content-type'), body);
  return importVacancies(opts.database, opts.embedder, { format, data: body }, {
    source: opts.source ?? FEED_SOURCE,
    withdrawMissing: true,
    today: (opts.today ?? today)(),
  });
}

export function startVacancyFeed(opts: FeedOptions): FeedScheduler {
  const { log } = opts;
  const schedule = repeatEvery({
    name: 'vacancy feed imported',
    intervalMs: opts.intervalMs,
    firstAfterMs: 0,
    log,
    failureLevel: 'warn',
    failureMessage: 'vacancy feed pull failed',
    run: async () => {
      const started = Date.now();
      const r = await pullFeed(opts);
      if (r.errors.length) log.warn({ source: r.source, firstErrors: r.errors.slice(0, 5) }, 'vacancy feed had bad rows');
      return { report: r, ms: Date.now() - started };
    },
    describe: ({ report: r, ms }) => ({ source: r.source, received: r.received, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, withdrawn: r.withdrawn, badRows: r.errors.length, ms }),
    // The URL may hold a token: log the host only.
    describeError: (e) => ({ host: safeHost(opts.url), err: safeErrorMessage(e), retryInMs: opts.intervalMs }),
  });
  return { pullNow: () => pullFeed(opts), stop: schedule.stop };
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(invalid url)';
  }
}
