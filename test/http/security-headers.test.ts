import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';
import { WIDGET_API_PATHS } from '../../server/http/widget-cors.ts';
import { zh } from '../../server/i18n/zh-CN/index.ts';
import { createLogger } from '../../server/log.ts';
import { createTestApp } from '../support/app.ts';
import { signIn } from '../support/staff.ts';

const SITE = 'https://www.ybjy.gov.cn';
const captured: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    captured.push(String(chunk));
    done();
  },
});

let plain: Awaited<ReturnType<typeof createTestApp>>;
let embedded: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  plain = await createTestApp({ corpus: false, log: createLogger('error', sink) });
  embedded = await createTestApp({ corpus: false, env: { CORS_ORIGINS: `${SITE}, http://localhost:8080`, WIDGET_FRAME_ANCESTORS: `'self' ${SITE}` } });
});
afterAll(async () => {
  await plain?.close();
  await embedded?.close();
});

/** A CSP header as directive → sources. */
const csp = (res: Response) =>
  Object.fromEntries(
    (res.headers.get('content-security-policy') ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );

describe(`security headers on ${inject('databaseUnderTest')}`, () => {
  it('gives API answers a CSP that loads nothing, no framing, no caching, no sniffing', async () => {
    const res = await plain.app.request('/api/events');
    expect(csp(res)).toMatchObject({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] });
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('gives the staff console a CSP the built pages pass (scripts from this origin only) and never lets it be framed', async () => {
    for (const path of ['/console', '/console/login', '/console/cases/x']) {
      const res = await embedded.app.request(path);
      const policy = csp(res);
      expect(policy['script-src'], path).toEqual(["'self'"]);
      expect(policy['style-src']).toEqual(["'self'"]);
      expect(policy['style-src-attr']).toEqual(["'unsafe-inline'"]); // ECharts tooltips
      expect(policy['object-src']).toEqual(["'none'"]);
      expect(policy['connect-src']).toEqual(["'self'"]);
      expect(policy['frame-ancestors']).toEqual(["'none'"]);
      expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-eval/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it("lets the seeker page and the widget be framed by 'self' by default, with X-Frame-Options SAMEORIGIN", async () => {
    for (const path of ['/', '/embed']) {
      const res = await plain.app.request(path);
      expect(csp(res)['frame-ancestors'], path).toEqual(["'self'"]);
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(csp(res)['script-src']).toEqual(["'self'"]);
    }
  });

  it("lets the centre's site frame the widget when WIDGET_FRAME_ANCESTORS names it (no X-Frame-Options then), still not the console", async () => {
    const widget = await embedded.app.request('/embed');
    expect(csp(widget)['frame-ancestors']).toEqual(["'self'", SITE]);
    expect(widget.headers.get('x-frame-options')).toBeNull();
    expect(widget.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const console = await embedded.app.request('/console');
    expect(csp(console)['frame-ancestors']).toEqual(["'none'"]);
    expect(console.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('CORS for the widget', () => {
  const preflight = (app: typeof plain.app, path: string, origin: string) =>
    app.request(path, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });

  it('allows the listed origins on the public widget API, without credentials', async () => {
    for (const pattern of WIDGET_API_PATHS) {
      const path = pattern.replace('/*', '/sessions');
      const pre = await preflight(embedded.app, path, SITE);
      expect(pre.status, path).toBe(204);
      expect(pre.headers.get('access-control-allow-origin'), path).toBe(SITE);
      expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
      expect(pre.headers.get('access-control-allow-methods')).toBe('GET,POST');
    }
    const res = await embedded.app.request('/api/chat/sessions', { method: 'POST', headers: { origin: SITE } });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/origin/i);
  });

  it('gives any other origin nothing', async () => {
    const res = await embedded.app.request('/api/policy/search?q=补贴', { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight(embedded.app, '/api/eligibility', 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never opens staff, sign-in, metrics or health routes to another origin, even a listed one', async () => {
    const staff = await signIn(embedded.database, 'supervisor');
    for (const path of ['/api/staff/reviews/queue', '/api/staff/metrics', '/api/auth/login', '/api/auth/me', '/metrics', '/healthz']) {
      const pre = await preflight(embedded.app, path, SITE);
      expect(pre.headers.get('access-control-allow-origin'), path).toBeNull();
      const res = await embedded.app.request(path, { headers: { ...staff.headers, origin: SITE } });
      expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
    }
    const login = await embedded.app.request('/api/auth/login', { method: 'POST', headers: { origin: SITE, 'content-type': 'application/json' }, body: '{"username":"a","password":"b"}' });
    expect(login.status).toBe(403);
    expect(login.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends no CORS headers at all when CORS_ORIGINS is unset', async () => {
    const res = await plain.app.request('/api/chat/sessions', { method: 'POST', headers: { origin: SITE } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('errors', () => {
  it('answers an internal failure with the generic message: no stack, no internal message', async () => {
    const secret = 'relation "secret_table" does not exist at /work/main/server/db/client.ts:42:7 password=hunter2';
    const spy = vi.spyOn(plain.database.db, 'select').mockImplementation(() => {
      throw new Error(secret);
    });
    try {
      const res = await plain.app.request('/api/events');
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: zh.errors.internal } });
      for (const leak of ['secret_table', 'hunter2', 'client.ts', 'at /', 'Error']) expect(text).not.toContain(leak);
    } finally {
      spy.mockRestore();
    }
    expect(captured.join('')).toContain('secret_table'); // logged for operators, not shown
  });
});

describe('configuration of the web security settings', () => {
  it.each([
    ['CORS_ORIGINS', { CORS_ORIGINS: 'https://ok.example, https://bad.example/path' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: '*' }],
    ['WIDGET_FRAME_ANCESTORS', { WIDGET_FRAME_ANCESTORS: '*' }],
    ['WIDGET_FRAME_ANCESTORS', { WIDGET_FRAME_ANCESTORS: "'none' https://a.example" }],
    ['RETENTION_DAYS', { RETENTION_DAYS: '0' }],
    ['REVIEW_SAMPLE_SIZE', { REVIEW_SAMPLE_SIZE: '-1' }],
  ])('a bad %s stops start-up with a message naming it', (name, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it('defaults: no CORS, the widget framable by itself, 180 days, 20 answers a day', () => {
    expect(loadConfig({})).toMatchObject({ CORS_ORIGINS: [], WIDGET_FRAME_ANCESTORS: ["'self'"], RETENTION_DAYS: 180, REVIEW_SAMPLE_SIZE: 20 });
    expect(loadConfig({ WIDGET_FRAME_ANCESTORS: "'self' https://*.ybjy.gov.cn" }).WIDGET_FRAME_ANCESTORS).toEqual(["'self'", 'https://*.ybjy.gov.cn']);
  });
});
