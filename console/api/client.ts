/**
 * The one HTTP client of the console and the chat page. Same-origin fetch, so the browser sends
 * the staff cookie and the Origin header the server's CSRF check wants; errors come back as
 * `ApiError` carrying the server's `{ error: { code, message, field? } }`.
 */
import { readSse, type SseMessage, SseParser } from './sse.ts';
import { t, zh } from '../i18n.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  /**
   * The route is not there (yet): screens built ahead of their API say so instead of failing. An
   * unknown /api/staff route is refused with 403 by the role check before it can 404, so a 403
   * there reads "not provided, or not for your role".
   */
  get unavailable(): 'missing' | 'forbidden' | undefined {
    if (this.status === 404 && this.message === zh.errors.routeNotFound) return 'missing';
    if (this.status === 403 && this.code === 'forbidden') return 'forbidden';
    return undefined;
  }
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  /** Raw body (a File for uploads); sent as is with `contentType`. */
  raw?: BodyInit;
  contentType?: string;
  token?: string;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** Called on every 401 from a staff route, so the console can send the user to the login page. */
let onUnauthenticated: (() => void) | undefined;
export function setUnauthenticatedHandler(fn: (() => void) | undefined) {
  onUnauthenticated = fn;
}

/** Called on a staff route's 403 `password_change_required` (a one-time password), so the console opens the password page. */
let onPasswordChangeRequired: (() => void) | undefined;
export function setPasswordChangeRequiredHandler(fn: (() => void) | undefined) {
  onPasswordChangeRequired = fn;
}

export function url(path: string, query?: RequestOptions['query']) {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

function init(opts: RequestOptions, accept: string): RequestInit {
  const headers: Record<string, string> = { accept, ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: BodyInit | undefined;
  if (opts.raw !== undefined) {
    body = opts.raw;
    if (opts.contentType) headers['content-type'] = opts.contentType;
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] = 'application/json';
  }
  const method = opts.method ?? (body === undefined ? 'GET' : 'POST');
  return { method, headers, body, credentials: 'same-origin', signal: opts.signal };
}

async function failure(path: string, res: Response): Promise<ApiError> {
  let code = '';
  let message = '';
  let field: string | undefined;
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; field?: string } };
    code = body.error?.code ?? '';
    message = body.error?.message ?? '';
    field = body.error?.field;
  } catch {
    // not JSON: a proxy's or the network's page
  }
  if (res.status === 401 && path.startsWith('/api/staff')) onUnauthenticated?.();
  if (res.status === 403 && code === 'password_change_required') onPasswordChangeRequired?.();
  return new ApiError(res.status, code, message || t.common.httpError(res.status), field);
}

/** A JSON request; resolves to the parsed body, rejects with ApiError. */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url(path, opts.query), init(opts, 'application/json'));
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', t.common.networkError);
  }
  if (!res.ok) throw await failure(path, res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** A request answered with text/event-stream: yields each event as it arrives. */
export async function* stream(path: string, opts: RequestOptions & { lastEventId?: string; parser?: SseParser } = {}): AsyncGenerator<SseMessage> {
  const request = init(opts, 'text/event-stream');
  if (opts.lastEventId) (request.headers as Record<string, string>)['last-event-id'] = opts.lastEventId;
  let res: Response;
  try {
    res = await fetch(url(path, opts.query), request);
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', t.common.networkError);
  }
  if (!res.ok) throw await failure(path, res);
  yield* readSse(res, opts.parser);
}

/** Loader helper for screens built ahead of their API: `{ unavailable: true }` on a 404. */
export type Maybe<T> = { unavailable: undefined; data: T } | { unavailable: 'missing' | 'forbidden' };
export async function maybe<T>(p: Promise<T>): Promise<Maybe<T>> {
  try {
    return { unavailable: undefined, data: await p };
  } catch (e) {
    if (e instanceof ApiError && e.unavailable) return { unavailable: e.unavailable };
    throw e;
  }
}
