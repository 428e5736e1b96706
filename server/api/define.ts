/**
 * Routes defined once, with their contract (ADR 0017): every route is a `createRoute` config —
 * request and response schemas and who may call it — registered with `app.openapi(route, handler)`
 * on an `api()` app. The same config validates the request, types the handler's responses, feeds
 * `/openapi.json` (server/api/document.ts) and, for staff routes, the permission table the staff
 * middleware checks (server/api/route-table.ts).
 */
import { createRoute, OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Owns } from '../auth/ownership.ts';
import type { StaffRole } from '../auth/principal.ts';
import { issueError, malformedError } from '../http/validate.ts';

/**
 * Who may call a route: anyone (`public`); the holder of a chat session's token (`seeker`); a
 * signed-in staff member of one of `x-roles`, on the objects `x-owns` allows (`staff`); any
 * signed-in staff member whatever the role (`signed-in`, the account's own routes); the metrics
 * scraper (`metrics`, bearer METRICS_TOKEN when set).
 */
export type Access =
  | { 'x-access': 'public' | 'seeker' | 'signed-in' | 'metrics' }
  | { 'x-access': 'staff'; 'x-roles': readonly StaffRole[]; 'x-owns': Owns };

/** OpenAPI's security requirement (a mutable array, as createRoute's type wants it). */
const requires = (scheme: string) => [{ [scheme]: [] as string[] }];
export const publicAccess = { 'x-access': 'public' } as const;
export const seekerAccess = { 'x-access': 'seeker' as const, security: requires('chatToken') };
export const signedInAccess = { 'x-access': 'signed-in' as const, security: requires('staffSession') };
export const metricsAccess = { 'x-access': 'metrics' as const, security: requires('metricsToken') };
export const staffAccess = (roles: readonly StaffRole[], owns: Owns) => ({ 'x-access': 'staff' as const, 'x-roles': roles, 'x-owns': owns, security: requires('staffSession') });

/** A route config that must say who may call it. */
export function defineRoute<R extends RouteConfig & Access>(config: R): R {
  return createRoute(config);
}

type Labels = Readonly<Record<string, string>>;
type HookResult = { target: string } & ({ success: true; data: unknown } | { success: false; error: z.ZodError; data?: unknown });

/**
 * After each request part is validated: malformed text (NUL, control characters, lone surrogates)
 * is refused first, then the schema's first failure — both as a 400 naming the field, in Chinese
 * when a form's `labels` are given (server/http/validate.ts), never zod's raw error.
 */
export function validationHook(labels?: Labels) {
  return (result: HookResult, _c: Context): undefined => {
    const bad = malformedError(result.data);
    if (bad) throw bad;
    if (!result.success) throw issueError(result.error.issues[0]!, '', labels);
    return undefined;
  };
}

/** An app whose routes are validated by the hook above; every router of the API is one. */
export const api = () => new OpenAPIHono({ defaultHook: validationHook() });
export type Api = ReturnType<typeof api>;

/** A JSON response of `schema`, described. */
export const json = <S extends z.ZodType>(schema: S, description: string) => ({ content: { 'application/json': { schema } }, description });

/** A JSON request body of `schema`; `required: false` when the action's body may be left out. */
export const jsonRequest = <S extends z.ZodType>(schema: S, required = true) => ({ content: { 'application/json': { schema } }, required });
