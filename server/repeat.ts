import type { Logger } from './log.ts';

export interface Repeating<T> {
  /** Runs once now, outside the schedule. */
  runNow(): Promise<T>;
  /** Stops the schedule and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `run` shortly after start (`firstAfterMs`) and then `intervalMs` after each run ends, so
 * runs never overlap in a process. Each run's summary is logged as `name`; a failed run is logged
 * and tried again at the next interval. The timer does not keep the process alive.
 */
export function repeatEvery<T extends object>(opts: {
  name: string;
  intervalMs: number;
  firstAfterMs: number;
  log: Logger;
  run: () => Promise<T>;
  /** What to log of a run (default: its summary as it is). */
  describe?: (result: T) => Record<string, unknown>;
  /** What to log of a failure (default: the error's message), and at which level (default error). */
  describeError?: (e: Error) => Record<string, unknown>;
  failureLevel?: 'warn' | 'error';
  /** The failure's log message (default: `<name> failed`). */
  failureMessage?: string;
}): Repeating<T> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = false;

  const runNow = () => {
    const run = opts.run();
    running = run.catch(() => {}).finally(() => (running = undefined));
    return run;
  };
  const tick = async () => {
    try {
      const result = await runNow();
      opts.log.info(opts.describe ? opts.describe(result) : { ...result }, opts.name);
    } catch (e) {
      opts.log[opts.failureLevel ?? 'error'](opts.describeError ? opts.describeError(e as Error) : { err: e }, opts.failureMessage ?? `${opts.name} failed`);
    }
    if (!stopped) timer = setTimeout(tick, opts.intervalMs).unref();
  };
  timer = setTimeout(tick, opts.firstAfterMs).unref();
  return {
    runNow,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
