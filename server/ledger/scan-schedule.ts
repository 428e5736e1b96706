import type { Database } from '../db/client.ts';
import type { Logger } from '../log.ts';
import { runOutreachScan, type ScanSummary } from './scan.ts';

export interface OutreachSchedule {
  /** Scans once now, outside the schedule. */
  scanNow(): Promise<ScanSummary>;
  /** Stops the schedule and waits for a scan in progress. */
  stop(): Promise<void>;
}

/**
 * The proactive scan every `intervalMs` (OUTREACH_SCAN_INTERVAL_MINUTES), first shortly after
 * start. Scans never overlap in a process (the next is scheduled when one ends); several processes
 * scanning at once is harmless because the scan is idempotent. A failed scan is logged and tried
 * again at the next interval.
 */
export function startOutreachScan({ database, intervalMs, log, firstAfterMs = 5_000 }: { database: Database; intervalMs: number; log: Logger; firstAfterMs?: number }): OutreachSchedule {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = false;

  const scanNow = () => {
    const scan = runOutreachScan(database);
    running = scan.catch(() => {}).finally(() => (running = undefined));
    return scan;
  };
  const tick = async () => {
    try {
      const summary = await scanNow();
      log.info({ ...summary }, 'outreach scan');
    } catch (e) {
      log.error({ err: (e as Error).message?.slice(0, 300) }, 'outreach scan failed');
    }
    if (!stopped) timer = setTimeout(tick, intervalMs).unref();
  };
  timer = setTimeout(tick, firstAfterMs).unref();
  return {
    scanNow,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
