import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isConnectionError } from '../db/errors.ts';
import { serializeError } from '../log.ts';
import { AppError } from './errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';

type Log = (entry: Record<string, unknown>) => void;

/**
 * `app.onError` handler: AppErrors go to the client as they are; Hono's own HTTP exceptions
 * (malformed JSON, body limit) become the same error shape; a lost database connection is a 503
 * the client may retry in a second (ADR 0011); anything else is logged with its stack and answered
 * with a generic message, never the stack or the internal message. What is logged went through
 * `serializeError` (server/log.ts): a failed query's parameters never reach the log.
 */
export function errorHandler(log: Log = (e) => console.error(JSON.stringify(e))) {
  return (err: Error, c: Context) => {
    if (err instanceof AppError) return c.json(err.toBody(), err.status);
    if (err instanceof HTTPException) {
      const status = err.status;
      const message = status === 413 ? zh.errors.bodyTooLarge : status === 400 ? zh.errors.bodyNotJson : zh.errors.badRequest;
      const code = status === 413 ? 'payload_too_large' : 'bad_request';
      return c.json({ error: { code, message } }, status);
    }
    if (isConnectionError(err)) {
      log({ msg: 'database unavailable', path: c.req.path, err: serializeError(err) });
      c.header('Retry-After', '1');
      return c.json({ error: { code: 'unavailable', message: zh.errors.unavailable } }, 503);
    }
    log({ msg: 'unhandled', path: c.req.path, err: serializeError(err) });
    return c.json({ error: { code: 'internal', message: zh.errors.internal } }, 500);
  };
}

export function notFoundHandler(c: Context) {
  return c.json({ error: { code: 'not_found', message: zh.errors.routeNotFound } }, 404);
}
