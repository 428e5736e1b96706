import { createMiddleware } from 'hono/factory';
import { badRequest } from './errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** A JSON media type (application/json, application/*+json), parameters ignored. */
export const isJsonType = (contentType: string | undefined) => JSON_TYPE.test((contentType ?? '').split(';')[0]!.trim());

/**
 * The dotted path of the first string (or key) holding a NUL character, which PostgreSQL cannot
 * store in text: refused here as a 400 naming the field instead of failing in the database.
 */
export function nulPath(value: unknown): string | undefined {
  // iterative, with parent links: a body may nest as deep as its size allows
  const keys: { parent: number; key: string }[] = [{ parent: -1, key: '' }];
  const pathOf = (node: number, last?: string) => {
    const parts = last === undefined ? [] : [last];
    for (let n = node; n > 0; n = keys[n]!.parent) parts.unshift(keys[n]!.key);
    return parts.join('.') || '(body)';
  };
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, node] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return pathOf(node);
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (k.includes('\u0000')) return pathOf(node, k.replaceAll('\u0000', ''));
        keys.push({ parent: node, key: k });
        stack.push([child, keys.length - 1]);
      }
    }
  }
  return undefined;
}

/**
 * The body must be JSON. Hono's json validator would otherwise see `{}` for a form or text body
 * and report a missing field instead of the real problem.
 */
export const jsonBody = createMiddleware(async (c, next) => {
  if (!isJsonType(c.req.header('content-type'))) throw badRequest('(body)', zh.errors.bodyNotJson);
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw badRequest('(body)', zh.errors.bodyNotJson);
  }
  const nul = nulPath(body);
  if (nul) throw badRequest(nul, zh.errors.fieldInvalid(nul, zh.errors.nulCharacter));
  await next();
});
