import type { OpenAPIHono } from '@hono/zod-openapi';
import type { RouteRule, RouteRules } from '../auth/permissions.ts';
import type { Access } from './define.ts';

/** `METHOD /path` as Hono registers it (`/api/staff/cases/:id`), from an OpenAPI path (`{id}`). */
export const routeKey = (method: string, openApiPath: string) => `${method.toUpperCase()} ${openApiPath.replace(/\{([^}]+)\}/g, ':$1')}`;

/** Every documented route with its access, keyed `METHOD /path` as registered. */
export function documentedRoutes(app: Pick<OpenAPIHono, 'openAPIRegistry'>): Map<string, Access> {
  const routes = new Map<string, Access>();
  for (const def of app.openAPIRegistry.definitions) {
    if (def.type !== 'route') continue;
    routes.set(routeKey(def.route.method, def.route.path), def.route as unknown as Access);
  }
  return routes;
}

/**
 * The staff permission table, derived from the routes' own definitions (server/api/define.ts):
 * `METHOD /path` → roles and ownership rule. Read lazily, so the middleware mounted before the
 * routes sees every route registered after it.
 */
export class RouteTable implements RouteRules {
  #rules: Map<string, RouteRule> | undefined;
  constructor(private readonly app: Pick<OpenAPIHono, 'openAPIRegistry'>) {}

  get rules(): ReadonlyMap<string, RouteRule> {
    if (!this.#rules) {
      this.#rules = new Map();
      for (const [key, access] of documentedRoutes(this.app)) {
        if (access['x-access'] === 'staff') this.#rules.set(key, { roles: access['x-roles'], owns: access['x-owns'] });
      }
    }
    return this.#rules;
  }

  ruleFor(method: string, path: string): RouteRule | undefined {
    return this.rules.get(`${method.toUpperCase()} ${path}`);
  }
}
