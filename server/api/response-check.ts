/**
 * The contract checked at run time, in tests: every JSON answer is parsed with the schema its
 * route documents for that status (an error body with `Error`), and a field the schema does not
 * declare is a violation too — TypeScript only catches a declared field that is wrong or missing.
 * A violation replaces the answer with a 500 naming the route, the status and the first problem,
 * so the route test that made the call fails and says why. Off in production (AppDeps.checkResponses).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { handlerRoute } from '../http/matched-route.ts';
import { ErrorBody } from '../contract/common.ts';
import { routeKey } from './route-table.ts';

type Responses = Record<string, { content?: Record<string, { schema?: unknown }> }>;

/** The zod schema a route documents for a JSON answer of `status`, if any. */
function documentedSchema(app: OpenAPIHono, key: string, status: number): z.ZodType | 'undocumented-route' | undefined {
  for (const def of app.openAPIRegistry.definitions) {
    if (def.type !== 'route' || routeKey(def.route.method, def.route.path) !== key) continue;
    const content = (def.route.responses as Responses)[String(status)]?.content;
    return content?.['application/json']?.schema as z.ZodType | undefined;
  }
  return 'undocumented-route';
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  in?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Paths of values' keys that `schema` does not declare (zod objects strip them silently). */
export function undeclaredKeys(schema: z.ZodType, value: unknown, path = ''): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return value === undefined || value === null ? [] : undeclaredKeys(def.innerType!, value, path);
    case 'lazy':
      return undeclaredKeys(def.getter!(), value, path);
    case 'pipe':
      return undeclaredKeys(def.in!, value, path);
    case 'array':
      return Array.isArray(value) ? value.flatMap((v, i) => undeclaredKeys(def.element!, v, `${path}.${i}`)) : [];
    case 'record':
      return value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => undeclaredKeys(def.valueType!, v, `${path}.${k}`)) : [];
    case 'intersection':
      return undeclaredKeys(def.left!, value, path).filter((p) => undeclaredKeys(def.right!, value, path).includes(p));
    case 'union': {
      // the first option the value parses as decides
      const option = def.options!.find((o) => o.safeParse(value).success);
      return option ? undeclaredKeys(option, value, path) : [];
    }
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
      const shape = def.shape!;
      return Object.entries(value).flatMap(([k, v]) => (k in shape ? undeclaredKeys(shape[k]!, v, `${path}.${k}`) : [`${path}.${k}`]));
    }
    default:
      return [];
  }
}

/** What is wrong with `body` as an answer of `schema`, or undefined. */
export function contractProblem(schema: z.ZodType, body: unknown): string | undefined {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `${issue.path.join('.') || '(body)'}: ${issue.message}`;
  }
  const extra = undeclaredKeys(schema, body);
  return extra.length ? `undeclared field ${extra[0]!.slice(1)}` : undefined;
}

export function responseCheck(app: OpenAPIHono, onViolation: (entry: Record<string, unknown>) => void): MiddlewareHandler {
  return async (c: Context, next) => {
    await next();
    if (!/application\/json/.test(c.res.headers.get('content-type') ?? '')) return;
    const key = `${c.req.method} ${handlerRoute(c)}`;
    const status = c.res.status;
    const documented = documentedSchema(app, key, status);
    if (documented === 'undocumented-route') return; // a 404 of no route, a middleware's refusal: the coverage test covers routes
    const schema = documented ?? (status >= 400 ? ErrorBody : undefined);
    const body = await c.res.clone().json().catch(() => undefined);
    const problem = schema ? contractProblem(schema, body) : `status ${status} is not documented`;
    if (!problem) return;
    onViolation({ msg: 'response breaks the documented contract', route: key, status, problem });
    c.res = c.json({ error: { code: 'contract_violation', message: `${key} → ${status}: ${problem}` } }, 500);
  };
}
