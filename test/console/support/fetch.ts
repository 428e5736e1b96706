/** A stand-in for the server in the console's component tests: answers by `METHOD path`, records every request. */
import { afterEach, vi } from 'vitest';

export interface SentRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}
type Reply = { status?: number; body: unknown } | ((req: SentRequest) => { status?: number; body: unknown });

afterEach(() => vi.unstubAllGlobals());

/** Replies from `routes` (`'POST /api/staff/cases/c1/assign'`); anything else is a 404 naming the route. */
export function fakeServer(routes: Record<string, Reply>) {
  const sent: SentRequest[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const u = new URL(input, 'http://localhost');
    const req: SentRequest = {
      method: init.method ?? 'GET',
      path: u.pathname,
      query: Object.fromEntries(u.searchParams),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    sent.push(req);
    const route = routes[`${req.method} ${req.path}`];
    const reply = typeof route === 'function' ? route(req) : (route ?? { status: 404, body: { error: { code: 'not_found', message: `no ${req.method} ${req.path}` } } });
    return new Response(JSON.stringify(reply.body), { status: reply.status ?? 200, headers: { 'content-type': 'application/json' } });
  });
  return { sent, last: () => sent.at(-1) };
}

/** Lets pending promises and Solid's updates run. */
export const settle = () => new Promise((r) => setTimeout(r, 0));

/** Sets an input's or select's value as the user would, firing input and change. */
export function type(el: Element | null, value: string) {
  const field = el as HTMLInputElement;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Submits a form as its submit button would (without the browser's own validation). */
export function submit(form: Element | null) {
  form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}
