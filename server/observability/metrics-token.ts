import type { MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { HTTPException } from 'hono/http-exception';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';

/**
 * GET /metrics behind `Authorization: Bearer <METRICS_TOKEN>` when the token is set (unset, the
 * proxy restricts it). Hono's bearerAuth compares the token in constant time (SHA-256 of both,
 * then a comparison that reads every character) and sets `WWW-Authenticate`; its refusals (no
 * header, a malformed one, a wrong token) are answered as our 401 in the API's error shape.
 */
export function metricsToken(token: string | undefined): MiddlewareHandler {
  if (!token) return (_c, next) => next();
  const check = bearerAuth({ token });
  return async (c, next) => {
    let passed = false;
    try {
      // Only the check is guarded here: what the route itself throws goes to the error handler as it is.
      await check(c, async () => {
        passed = true;
      });
    } catch (e) {
      if (!(e instanceof HTTPException)) throw e;
      const challenge = e.getResponse().headers.get('WWW-Authenticate');
      if (challenge) c.header('WWW-Authenticate', challenge);
      throw new AppError(401, 'unauthorized', zh.errors.metricsToken);
    }
    if (passed) await next();
  };
}
