import type { Database } from '../db/client.ts';
import type { Logger } from '../log.ts';
import { repeatEvery } from '../repeat.ts';
import { anonymiseExpiredConversations, type RetentionSummary } from './retention.ts';

/** How often the retention job looks for conversations past the period. */
export const RETENTION_INTERVAL_MS = 6 * 3_600_000;

export interface RetentionSchedule {
  /** Runs once now, outside the schedule. */
  runNow(): Promise<RetentionSummary>;
  /** Stops the schedule and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * The retention job (RETENTION_DAYS), shortly after start and then every six hours. Runs never
 * overlap in a process; several processes are safe (each skips rows another has locked). A failed
 * run is logged and tried again at the next interval.
 */
export function startRetention({ database, retentionDays, log, intervalMs = RETENTION_INTERVAL_MS, firstAfterMs = 10_000 }: { database: Database; retentionDays: number; log: Logger; intervalMs?: number; firstAfterMs?: number }): RetentionSchedule {
  return repeatEvery({
    name: 'retention',
    intervalMs,
    firstAfterMs,
    log,
    run: () => anonymiseExpiredConversations(database, { retentionDays }),
    describe: (summary) => ({ ...summary, retentionDays }),
  });
}
