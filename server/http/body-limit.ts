import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { zh } from '../i18n/zh-CN/index.ts';
import { AppError } from './errors.ts';

/** Refuses a request body over `maxSize` bytes with a 413 in the API's error shape. */
export const limitBody = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError(413, 'payload_too_large', zh.errors.bodyTooLarge);
    },
  });

/**
 * The default limit on every path except those matching `except`, which carry their own (feed
 * imports): two stacked limits would let the smaller one win.
 */
export function limitBodyExcept(maxSize: number, except: RegExp) {
  const limit = limitBody(maxSize);
  return createMiddleware(async (c, next) => (except.test(c.req.path) ? next() : limit(c, next)));
}
