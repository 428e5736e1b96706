import pino from 'pino';

/**
 * Structured JSON logs. Callers log ids and counts, never message text, names, phone numbers or
 * tokens; the redact paths are a second line of defence for fields that must never appear.
 */
export type Logger = pino.Logger;

export function createLogger(level: string = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['token', 'password', 'authorization', 'cookie', '*.token', '*.password', 'req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
    },
    destination,
  );
}
