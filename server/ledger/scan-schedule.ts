import type { Database } from '../db/client.ts';
import type { Logger } from '../log.ts';
import { repeatEvery } from '../repeat.ts';
import { runOutreachScan, type ScanSummary } from './scan.ts';

export interface OutreachSchedule {
  /** Scans once now, outside the schedule. */
  scanNow(): Promise<ScanSummary>;
  /** Stops the schedule and waits for a scan in progress. */
  stop(): Promise<void>;
}

/**
 * The proactive scan every `intervalMs` (OUTREACH_SCAN_INTERVAL_MINUTES), first shortly after
 * start. Scans never overlap in a process; several processes scanning at once is harmless because
 * the scan is idempotent. A failed scan is logged and tried again at the next interval.
 */
export function startOutreachScan({ database, intervalMs, log, firstAfterMs = 5_000 }: { database: Database; intervalMs: number; log: Logger; firstAfterMs?: number }): OutreachSchedule {
  const schedule = repeatEvery({ name: 'outreach scan', intervalMs, firstAfterMs, log, run: () => runOutreachScan(database) });
  return { scanNow: schedule.runNow, stop: schedule.stop };
}
