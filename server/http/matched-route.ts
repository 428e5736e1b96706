import type { Context } from 'hono';

/** The handlers (not middleware) the router matched for this request. */
export const handlers = (c: Context) => c.req.matchedRoutes.filter((r) => r.method !== 'ALL' && !r.path.endsWith('*'));

/** The registered path of the route that will handle this request (not a wildcard middleware's). */
export function handlerRoute(c: Context): string {
  return handlers(c).at(-1)?.path ?? c.req.routePath;
}

/** The route's path parameters, read from its registered pattern (a middleware's own `param()` has none). */
export function routeParams(c: Context): Record<string, string> {
  const pattern = handlerRoute(c).split('/');
  const actual = c.req.path.split('/');
  const params: Record<string, string> = {};
  pattern.forEach((part, i) => {
    if (!part.startsWith(':') || actual[i] === undefined) return;
    try {
      params[part.slice(1).replace(/\{.*$/, '')] = decodeURIComponent(actual[i]!);
    } catch {
      params[part.slice(1)] = actual[i]!;
    }
  });
  return params;
}

