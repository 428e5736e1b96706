import { request } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp } from '../support/app.ts';
import { signIn } from '../support/staff.ts';

/**
 * Issue 14, finding 9: input that used to answer 500 (or reset the socket) is a 4xx in the API's
 * error shape naming the field — through the real app, and for bodies over the limit through a real
 * HTTP server, since the reset only shows on a socket.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let supervisor: Awaited<ReturnType<typeof signIn>>;
let admin: Awaited<ReturnType<typeof signIn>>;
let seekerId = '';
beforeAll(async () => {
  t = await createTestApp({ corpus: false });
  [supervisor, admin] = await Promise.all([signIn(t.database, 'supervisor'), signIn(t.database, 'admin')]);
  const res = await t.app.request('/api/staff/ledger', {
    method: 'POST',
    headers: { ...supervisor.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ name: '张三', phone: '13812345678', consent: true }),
  });
  seekerId = (await res.json()).seekerId;
});
afterAll(() => t?.close());

async function expect4xx(res: Response, field: string | RegExp, status?: number) {
  const text = await res.text();
  expect(res.status, text).toBeGreaterThanOrEqual(400);
  expect(res.status, text).toBeLessThan(500);
  if (status) expect(res.status, text).toBe(status);
  const error = JSON.parse(text).error;
  expect(error, text).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  if (typeof field === 'string') expect(error.field, text).toBe(field);
  else expect(error.field, text).toMatch(field);
  expect(error.message).toMatch(/[\u4e00-\u9fff]/);
}

const get = (path: string, who = supervisor) => t.app.request(path, { headers: who.headers });
const send = (method: string, path: string, body: unknown, who = supervisor) =>
  t.app.request(path, { method, headers: { ...who.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe(`bad input is a 4xx naming the field, on ${inject('databaseUnderTest')}`, () => {
  it('Origin: null and malformed Origin or Referer headers are refused as 403, naming the header', async () => {
    // behind a server the Host header is set; that is where a malformed Origin used to throw
    const post = (headers: Record<string, string>) =>
      t.app.request('http://127.0.0.1:3000/api/staff/ledger', { method: 'POST', headers: { cookie: supervisor.headers.cookie, host: '127.0.0.1:3000', 'content-type': 'application/json', ...headers }, body: '{}' });
    for (const origin of ['null', 'foo', 'http://[x', ':::', 'http://']) await expect4xx(await post({ origin }), 'origin', 403);
    for (const referer of ['null', 'nonsense', 'http://[x']) await expect4xx(await post({ referer }), 'referer', 403);
    // the login form is checked the same way
    const login = await t.app.request('http://127.0.0.1:3000/api/auth/login', { method: 'POST', headers: { host: '127.0.0.1:3000', origin: 'null', 'content-type': 'application/json' }, body: '{"username":"a","password":"b"}' });
    await expect4xx(login, 'origin', 403);
    // a well-formed same-origin request still passes the check (and reaches validation)
    await expect4xx(await post({ origin: 'http://127.0.0.1:3000' }), /^(name|phone|consent)$/, 400);
  });

  it('?q=%00 on the ledger, vacancy and course searches is a 400 naming q', async () => {
    for (const path of ['/api/staff/ledger?q=%00', '/api/staff/vacancies?q=%00', '/api/staff/courses?q=%00', '/api/staff/ledger?q=a%00b']) await expect4xx(await get(path), 'q', 400);
  });

  it('from=0000-01-01 on the access log, the review export, list, queue and agreement is a 400 naming from', async () => {
    for (const path of ['/api/staff/access-log', '/api/staff/reviews/export', '/api/staff/reviews/agreement', '/api/staff/reviews', '/api/staff/reviews/queue']) {
      await expect4xx(await get(`${path}?from=0000-01-01`), 'from', 400);
      await expect4xx(await get(`${path}?to=9999-12-31`), 'to', 400);
    }
    await expect4xx(await get('/api/staff/reviews/queue?date=0000-01-01'), 'date', 400);
  });

  it('far-future and ancient metric periods are a 400 naming the field', async () => {
    await expect4xx(await get('/api/staff/metrics?to=9999-12-31', admin), 'to', 400);
    await expect4xx(await get('/api/staff/metrics?from=9999-01-01&to=9999-12-31', admin), 'from', 400);
    await expect4xx(await get('/api/staff/metrics?from=0001-01-01&to=0001-12-31', admin), 'from', 400);
    await expect4xx(await get('/api/staff/metrics?from=0050-01-01&to=0050-12-31', admin), 'from', 400);
    // the last day accepted still works
    expect((await get('/api/staff/metrics?to=2100-12-31', admin)).status).toBe(200);
  });

  it('dates outside 1900–2100 in bodies and queries are a 400 naming the field', async () => {
    for (const d of ['0000-01-01', '9999-12-31']) {
      await expect4xx(await send('POST', `/api/staff/ledger/${seekerId}/services`, { kind: 'career_guidance', deliveredOn: d }), 'deliveredOn', 400);
      await expect4xx(await send('POST', `/api/staff/ledger/${seekerId}/services`, { kind: 'unemployment_registration', appliedOn: d }), 'appliedOn', 400);
      await expect4xx(await send('POST', `/api/staff/ledger/${seekerId}/follow-ups`, { dueOn: d }), 'dueOn', 400);
      await expect4xx(await send('POST', '/api/staff/outreach/scan', { asOf: d }), 'asOf', 400);
      await expect4xx(await get(`/api/staff/follow-ups?asOf=${d}`), 'asOf', 400);
      await expect4xx(await t.app.request('/api/vacancies/match', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ person: {}, asOf: d }) }), 'asOf', 400);
    }
  });
});

describe('a body over the limit is a 413 over a real socket, not a reset', () => {
  let server: ServerType;
  let base = '';
  beforeAll(async () => {
    server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  /** Sends `size` bytes as fast as the socket takes them (chunked: no Content-Length to refuse early). */
  const chunked = (path: string, size: number, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...headers } }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      const pump = () => {
        while (sent < size) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });

  it('20 MB with a Content-Length, to the chat: 413 in the error shape', async () => {
    const res = await fetch(`${base}/api/chat/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(20_000_000) }) });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: 'payload_too_large', field: '(body)' });
  });

  /**
   * A client that sends the whole body before it reads (Python's http.client, requests, many
   * scripts): a server that answers early and closes resets the socket under it, and it never sees
   * the answer. Resolves with the raw response, rejects on a reset (EPIPE, ECONNRESET).
   */
  const sendAllThenRead = (path: string, size: number) =>
    new Promise<string>((resolve, reject) => {
      const { port } = server.address() as AddressInfo;
      const socket = connect(port, '127.0.0.1');
      let response = '';
      socket.on('error', reject);
      socket.on('data', (d) => (response += d));
      socket.on('end', () => resolve(response));
      socket.pause(); // nothing is read until everything is written
      socket.on('connect', async () => {
        socket.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\nConnection: close\r\n\r\n`);
        const chunk = Buffer.alloc(256 * 1024, 'x');
        for (let sent = 0; sent < size; sent += chunk.length) {
          if (!socket.write(sent + chunk.length > size ? chunk.subarray(0, size - sent) : chunk)) await new Promise((r) => socket.once('drain', r));
        }
        socket.resume();
      });
    });

  it('100 MB from a client that sends all before reading: it reads the 413, not a reset', async () => {
    for (const size of [100_000_000, 5_000_000]) {
      const raw = await sendAllThenRead('/api/chat/sessions', size);
      expect(raw).toMatch(/^HTTP\/1\.1 413 /);
      expect(raw).toContain('"code":"payload_too_large"');
    }
  });

  it('20 MB chunked, to a chat message and to a staff import (its own larger limit): 413', async () => {
    const chat = await chunked('/api/chat/sessions', 20_000_000);
    expect(chat.status).toBe(413);
    expect(JSON.parse(chat.body).error.code).toBe('payload_too_large');
    const imported = await chunked('/api/staff/vacancies/import', 20_000_000, { cookie: supervisor.headers.cookie, origin: base, host: base.slice('http://'.length) });
    expect([401, 403, 413]).toContain(imported.status);
    expect(JSON.parse(imported.body).error).toBeDefined();
  });

  it('the connection still serves the next request after a 413', async () => {
    const first = await fetch(`${base}/api/chat/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(200_000) });
    expect(first.status).toBe(413);
    await first.text();
    const second = await fetch(`${base}/api/events`);
    expect(second.status).toBe(200);
  });
});
