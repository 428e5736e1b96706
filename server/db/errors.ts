/**
 * Whether a database call failed because the connection to PostgreSQL was lost (terminated
 * backend, restart, network), as opposed to the statement itself being refused. Such a failure
 * says nothing about the statement: a read can simply be run again, a write only when running it
 * twice does no harm (ADR 0011). Looks through drizzle's wrapper to the driver's error.
 */
export function isConnectionError(e: unknown): boolean {
  for (let err = e as { code?: unknown; cause?: unknown } | undefined, depth = 0; err && depth < 5; err = err.cause as typeof err, depth++) {
    const code = typeof err.code === 'string' ? err.code : '';
    if (DRIVER_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08')) return true;
  }
  return false;
}

/** postgres.js's own codes for a connection that is gone, and the socket's. */
const DRIVER_CODES = new Set(['CONNECTION_CLOSED', 'CONNECTION_DESTROYED', 'CONNECTION_ENDED', 'CONNECT_TIMEOUT', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/**
 * SQLSTATEs with which the server ends the session (class 08 is matched by prefix):
 * admin_shutdown (pg_terminate_backend), crash_shutdown, cannot_connect_now, idle_session_timeout,
 * idle_in_transaction_session_timeout, transaction_timeout.
 */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '57P05', '25P03', '25P04']);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn`, again after a short growing pause (100 ms, 200 ms, … at most `maxDelayMs`) while it
 * fails with a lost connection, for at most `attempts` runs. Any other failure, or the last one,
 * is thrown. Only for work that is safe to run twice.
 */
export async function retryOnConnectionLoss<T>(fn: () => Promise<T>, { attempts = 4, maxDelayMs = 1000 }: { attempts?: number; maxDelayMs?: number } = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= attempts || !isConnectionError(e)) throw e;
      await sleep(Math.min(100 * 2 ** (attempt - 1), maxDelayMs));
    }
  }
}
