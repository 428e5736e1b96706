import { expect } from 'vitest';
import type { Hono } from 'hono';

/** A chat session as the seeker's page holds it. */
export interface Session {
  sessionId: string;
  token: string;
}

type Fetch = (path: string, init?: RequestInit) => Promise<Response>;

/** Calls for tests of casework: the seeker's chat and the staff API, on an app or a real server. */
export function caseworkClient(fetch: Fetch) {
  const json = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
    fetch(path, { method, headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return {
    fetch,
    async session(): Promise<Session> {
      const res = await fetch('/api/chat/sessions', { method: 'POST' });
      expect(res.status).toBe(201);
      return res.json();
    },
    /** The seeker sends a message and gets the JSON answer. */
    async say(s: Session, text: string) {
      const res = await json('POST', `/api/chat/sessions/${s.sessionId}/messages`, { authorization: `Bearer ${s.token}`, accept: 'application/json' }, { text });
      expect(res.status, await res.clone().text()).toBe(200);
      return res.json();
    },
    /** The seeker's live stream; `after` resumes after that event id (Last-Event-ID). */
    seekerEvents(s: Session, after?: string | number) {
      return fetch(`/api/chat/sessions/${s.sessionId}/events`, { headers: { authorization: `Bearer ${s.token}`, ...(after !== undefined ? { 'last-event-id': String(after) } : {}) } });
    },
    transcript: async (s: Session) => (await fetch(`/api/chat/sessions/${s.sessionId}/messages`, { headers: { authorization: `Bearer ${s.token}` } })).json(),
    staff: (headers: Record<string, string>) => ({
      get: (path: string) => fetch(path, { headers }),
      post: (path: string, body?: unknown) => json('POST', path, headers, body),
      patch: (path: string, body?: unknown) => json('PATCH', path, headers, body),
      delete: (path: string) => json('DELETE', path, headers),
      events: (path: string, after?: string | number) => fetch(path, { headers: { ...headers, ...(after !== undefined ? { 'last-event-id': String(after) } : {}) } }),
    }),
  };
}

export const appFetch = (app: Hono): Fetch => (path, init) => Promise.resolve(app.request(path, init));

/** Same-origin headers for a real server at `base` (the CSRF check compares the Origin). */
export const serverFetch = (base: string): Fetch => (path, init) => globalThis.fetch(`${base}${path}`, init);

export async function body(res: Response, status: number) {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return text ? JSON.parse(text) : undefined;
}
