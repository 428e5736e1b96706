import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from '../../server/http/client-address.ts';
import { ConfigError, loadConfig } from '../../server/config.ts';
import { createTestApp } from '../support/app.ts';

/** A request as @hono/node-server hands it over: the socket's peer address in the bindings. */
const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

describe('TRUSTED_PROXIES (Express "trust proxy" semantics)', () => {
  const trust = (v: string) => parseTrustedProxies(v);

  it('unset: the socket address is the client, X-Forwarded-For is never read', () => {
    expect(clientAddress('10.0.0.5', '203.0.113.7', trust(''))).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', '203.0.113.7', trust('false'))).toBe('10.0.0.5');
  });

  it('a list: the rightmost address that is not a trusted proxy', () => {
    const t = trust('10.0.0.0/8, 192.0.2.1');
    expect(clientAddress('10.0.0.5', '203.0.113.7', t)).toBe('203.0.113.7');
    // A client that sends its own X-Forwarded-For cannot choose its address: the proxy appended the real one.
    expect(clientAddress('10.0.0.5', '1.1.1.1, 203.0.113.7', t)).toBe('203.0.113.7');
    // Two trusted hops (192.0.2.1 then 10.0.0.5).
    expect(clientAddress('10.0.0.5', '1.1.1.1, 203.0.113.7, 192.0.2.1', t)).toBe('203.0.113.7');
    // From an address that is no trusted proxy, X-Forwarded-For is ignored.
    expect(clientAddress('198.51.100.9', '203.0.113.7', t)).toBe('198.51.100.9');
    // No header: the socket.
    expect(clientAddress('10.0.0.5', undefined, t)).toBe('10.0.0.5');
  });

  it('names: loopback, linklocal, uniquelocal; IPv6 and IPv4-mapped addresses', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.7', trust('loopback'))).toBe('203.0.113.7');
    expect(clientAddress('::1', '2001:db8::7', trust('loopback'))).toBe('2001:db8::7');
    expect(clientAddress('::ffff:127.0.0.1', '203.0.113.7', trust('loopback'))).toBe('203.0.113.7');
    expect(clientAddress('::ffff:198.51.100.9', '203.0.113.7', trust('loopback'))).toBe('198.51.100.9');
    expect(clientAddress('172.20.0.3', '203.0.113.7', trust('uniquelocal'))).toBe('203.0.113.7');
    expect(clientAddress('fd00::3', '203.0.113.7', trust('loopback,uniquelocal'))).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.5', '203.0.113.7', trust('fd00::/8'))).toBe('10.0.0.5');
  });

  it('a hop count: the address that many hops from the socket', () => {
    expect(clientAddress('10.0.0.5', '1.1.1.1, 203.0.113.7', trust('1'))).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.5', '1.1.1.1, 203.0.113.7, 192.0.2.1', trust('2'))).toBe('203.0.113.7');
    // Fewer entries than hops: the leftmost there is.
    expect(clientAddress('10.0.0.5', '203.0.113.7', trust('3'))).toBe('203.0.113.7');
  });

  it('a malformed entry is never taken as the client: the last well-formed address before it is', () => {
    const t = trust('10.0.0.0/8');
    expect(clientAddress('10.0.0.5', 'garbage, 10.0.0.9', t)).toBe('10.0.0.9');
    expect(clientAddress('10.0.0.5', 'not-an-ip', t)).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', ' 203.0.113.7:5555 ', t)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.5', '[2001:db8::7]:443', t)).toBe('2001:db8::7');
  });

  it('a bad value stops start-up naming TRUSTED_PROXIES; "true" (trust every hop) is refused', () => {
    for (const v of ['true', '10.0.0.0/33', 'proxy.example', '-1', '1.2.3']) {
      expect(() => loadConfig({ TRUSTED_PROXIES: v })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUSTED_PROXIES: v })).toThrow(/TRUSTED_PROXIES/);
    }
    expect(loadConfig({ TRUSTED_PROXIES: 'loopback, 10.0.0.0/8' }).TRUSTED_PROXIES).toBeTruthy();
  });
});

describe(`the chat's per-address limit behind a proxy on ${inject('databaseUnderTest')}`, () => {
  const limits = { sessionsPerIpPerHour: 2, messagesPerSessionPerMinute: 100, messagesPerIpPerMinute: 100 };
  let proxied: Awaited<ReturnType<typeof createTestApp>>;
  let direct: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    proxied = await createTestApp({ corpus: false, chatLimits: limits, env: { TRUSTED_PROXIES: '10.0.0.0/8' } });
    direct = await createTestApp({ corpus: false, chatLimits: limits });
  });
  afterAll(async () => {
    await proxied?.close();
    await direct?.close();
  });
  const open = (t: typeof proxied, remote: string, xff?: string) =>
    t.app.request('/api/chat/sessions', { method: 'POST', headers: xff ? { 'x-forwarded-for': xff } : {} }, from(remote));

  it('through the trusted proxy, each seeker has their own limit (the 3rd seeker is not refused)', async () => {
    for (let i = 1; i <= 5; i++) expect((await open(proxied, '10.0.0.5', `203.0.113.${i}`)).status).toBe(201);
    expect((await open(proxied, '10.0.0.5', '203.0.113.1')).status).toBe(201);
    const third = await open(proxied, '10.0.0.5', '203.0.113.1');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('a seeker cannot escape the limit by sending their own X-Forwarded-For', async () => {
    expect((await open(proxied, '10.0.0.5', '1.1.1.1, 203.0.113.50')).status).toBe(201);
    expect((await open(proxied, '10.0.0.5', '1.1.1.2, 203.0.113.50')).status).toBe(201);
    expect((await open(proxied, '10.0.0.5', '1.1.1.3, 203.0.113.50')).status).toBe(429);
  });

  it('from an address that is no trusted proxy, or with TRUSTED_PROXIES unset, X-Forwarded-For is ignored', async () => {
    expect((await open(proxied, '198.51.100.9', '203.0.113.60')).status).toBe(201);
    expect((await open(proxied, '198.51.100.9', '203.0.113.61')).status).toBe(201);
    expect((await open(proxied, '198.51.100.9', '203.0.113.62')).status).toBe(429);
    expect((await open(direct, '10.0.0.5', '203.0.113.70')).status).toBe(201);
    expect((await open(direct, '10.0.0.5', '203.0.113.71')).status).toBe(201);
    expect((await open(direct, '10.0.0.5', '203.0.113.72')).status).toBe(429);
  });
});
