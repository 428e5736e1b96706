import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { zh } from '../i18n/zh-CN/index.ts';
import { AppError } from './errors.ts';

/**
 * How long a refused body is read (and thrown away) before the 413 goes out. A client that sends
 * its whole body before it reads the answer (Python's http.client and requests, many scripts) would
 * otherwise have the socket reset under it when the server closes an unread connection, and never
 * see the 413. Past this, the answer goes out anyway with `Connection: close`.
 */
const DISCARD_MS = 30_000;

const tooLarge = (maxSize: number) => new AppError(413, 'payload_too_large', zh.errors.bodyTooLargeMax(Math.floor(maxSize / 1024)), '(body)');

/** Reads the rest of a body and drops it; false when it did not end within DISCARD_MS. */
async function discard(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), DISCARD_MS)));
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), timeout]);
      if (next === 'timeout') {
        await reader.cancel().catch(() => {});
        return false;
      }
      if (next.done) return true;
    }
  } catch {
    return false; // the client went away
  } finally {
    clearTimeout(timer);
  }
}

async function refuse(c: Context, reader: ReadableStreamDefaultReader<Uint8Array>, maxSize: number): Promise<never> {
  if (!(await discard(reader))) c.header('connection', 'close');
  throw tooLarge(maxSize);
}

/**
 * Refuses a request body over `maxSize` bytes with a 413 in the API's error shape, naming the body.
 * A declared Content-Length over the limit is refused without buffering; a chunked body is counted
 * as it arrives. Either way the rest is read off before answering (see DISCARD_MS).
 */
export const limitBody = (maxSize: number) =>
  createMiddleware(async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const declared = c.req.raw.headers.get('content-length');
    if (declared !== null && !c.req.raw.headers.has('transfer-encoding')) {
      if (!(Number.parseInt(declared, 10) > maxSize)) return next();
      return refuse(c, body.getReader(), maxSize);
    }
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxSize) return refuse(c, reader, maxSize);
      chunks.push(value);
    }
    const whole = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      whole.set(chunk, offset);
      offset += chunk.length;
    }
    c.req.raw = new Request(c.req.raw, { body: whole });
    return next();
  });

/**
 * The default limit on every path except those matching `except`, which carry their own (feed
 * imports): two stacked limits would let the smaller one win.
 */
export function limitBodyExcept(maxSize: number, except: RegExp) {
  const limit = limitBody(maxSize);
  return createMiddleware(async (c, next) => (except.test(c.req.path) ? next() : limit(c, next)));
}
