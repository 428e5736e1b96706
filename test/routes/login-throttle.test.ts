import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStaffUser } from '../../server/auth/accounts.ts';
import { createTestApp } from '../support/app.ts';

/**
 * Login throttling slows a password guesser without locking the owner out: counters per account
 * and address and per address (shared in the database), growing delays, Retry-After on every 429.
 * The clock is the test's, so "waiting" as Retry-After says costs nothing.
 */
let now = Date.parse('2026-12-07T09:00:00+08:00');
const clock = () => now;
let t: Awaited<ReturnType<typeof createTestApp>>;
const password = 'Correct-horse-42!';
beforeAll(async () => {
  t = await createTestApp({ corpus: false, clock, env: { TRUSTED_PROXIES: 'loopback' } });
  await createStaffUser(t.database, { username: 'owner', displayName: '管理员', role: 'admin', password });
  await createStaffUser(t.database, { username: 'colleague', displayName: '同事', role: 'staff', password });
  await createStaffUser(t.database, { username: 'newcomer', displayName: '新同事', role: 'staff', password });
});
afterAll(() => t?.close());

/** A login through the proxy at 127.0.0.1 from the client `address`. */
const login = (username: string, pw: string, address: string) =>
  t.app.request(
    '/api/auth/login',
    { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost', 'x-forwarded-for': address }, body: JSON.stringify({ username, password: pw }) },
    { incoming: { socket: { remoteAddress: '127.0.0.1' } } },
  );

const OFFICE = '198.51.100.10';
const ATTACKER = '203.0.113.66';
const HOME = '192.0.2.44';

describe(`login throttling on ${inject('databaseUnderTest')}`, () => {
  it('the owner still signs in from their usual address while an attacker elsewhere has failed 50 times', async () => {
    expect((await login('owner', password, OFFICE)).status).toBe(200);
    expect((await login('colleague', password, ATTACKER)).status).toBe(200); // a colleague who works from there

    let failures = 0;
    let throttled = 0;
    const delays: number[] = [];
    while (failures < 50) {
      const res = await login('owner', `guess-${failures}`, ATTACKER);
      if (res.status === 401) {
        failures++;
        continue;
      }
      expect(res.status).toBe(429);
      const retryAfter = res.headers.get('retry-after');
      expect(retryAfter).toMatch(/^\d+$/);
      expect((await res.json()).error.code).toBe('throttled');
      delays.push(Number(retryAfter));
      throttled++;
      now += Number(retryAfter) * 1000; // waits exactly as long as told
    }
    // The first guesses are free, then each costs more than the last, up to a cap (never a lockout).
    expect(throttled).toBeGreaterThan(10);
    expect(delays[0]).toBeLessThanOrEqual(2);
    expect(Math.max(...delays)).toBeGreaterThanOrEqual(60);
    expect(Math.max(...delays)).toBeLessThanOrEqual(15 * 60);

    // Right after the 50th failure: the owner, from the office, gets straight in.
    expect((await login('owner', password, OFFICE)).status).toBe(200);
    // A colleague who signed in from the attacker's address before is not held back by it either.
    expect((await login('colleague', password, ATTACKER)).status).toBe(200);
    // The attacker's address is slowed for every account it has not signed in to before.
    const stranger = await login('newcomer', password, ATTACKER);
    expect(stranger.status).toBe(429);
    expect(Number(stranger.headers.get('retry-after'))).toBeGreaterThan(0);
    // The owner from a new address (at home): a short wait at most, then in.
    let res = await login('owner', password, HOME);
    if (res.status === 429) {
      const wait = Number(res.headers.get('retry-after'));
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(60);
      now += wait * 1000;
      res = await login('owner', password, HOME);
    }
    expect(res.status).toBe(200);
  }, 120_000); // 50 password hashes: slow on a busy 2-core machine, not a limit of the product

  it('a throttled attempt is refused before the password is checked, and does not count', async () => {
    await createStaffUser(t.database, { username: 'target', displayName: 't', role: 'staff', password });
    for (let i = 0; i < 5; i++) expect((await login('target', 'bad', '192.0.2.80')).status).toBe(401);
    const refused = await login('target', password, '192.0.2.80');
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    // Hammering during the wait neither gets in nor lengthens it.
    for (let i = 0; i < 5; i++) expect(Number((await login('target', 'bad', '192.0.2.80')).headers.get('retry-after'))).toBeLessThanOrEqual(wait);
    now += wait * 1000;
    expect((await login('target', password, '192.0.2.80')).status).toBe(200);
    // A success forgets that pair's failures: the next typo is free again.
    expect((await login('target', 'bad', '192.0.2.80')).status).toBe(401);
  }, 120_000);
});
