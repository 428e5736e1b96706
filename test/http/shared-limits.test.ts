import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createChatModels } from '../../server/agent/models/index.ts';
import { TurnRegistry } from '../../server/agent/turns.ts';
import { createStaffUser } from '../../server/auth/accounts.ts';
import { loadConfig } from '../../server/config.ts';
import { localEmbedder } from '../../server/embeddings/local.ts';
import { LiveBus } from '../../server/live/bus.ts';
import { createLogger } from '../../server/log.ts';
import { createTestApp } from '../support/app.ts';

/**
 * Two server instances on one database (as two processes behind a load balancer are) share every
 * limit: the counters live in the database, not in either instance's memory.
 */
let a: Awaited<ReturnType<typeof createTestApp>>;
let b: ReturnType<typeof createApp>;
let bus: LiveBus;
const chatLimits = { sessionsPerIpPerHour: 3, messagesPerSessionPerMinute: 100, messagesPerIpPerMinute: 100 };
beforeAll(async () => {
  a = await createTestApp({ corpus: false, chatLimits });
  bus = new LiveBus(a.database);
  await bus.start();
  const config = loadConfig({});
  b = createApp({ config, database: a.database, embedder: localEmbedder(), log: createLogger('silent'), bus, models: createChatModels(config), turns: new TurnRegistry(), chatLimits });
});
afterAll(async () => {
  await bus?.stop();
  await a?.close();
});

const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

describe(`limits shared by two app instances on ${inject('databaseUnderTest')}`, () => {
  it('new chat sessions: 2 on one instance and 1 on the other use up a limit of 3', async () => {
    const open = (app: { request: typeof b.request }) => app.request('/api/chat/sessions', { method: 'POST' }, from('203.0.113.9'));
    expect((await open(a.app)).status).toBe(201);
    expect((await open(a.app)).status).toBe(201);
    expect((await open(b)).status).toBe(201);
    const refusedB = await open(b);
    expect(refusedB.status).toBe(429);
    expect(Number(refusedB.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await open(a.app)).status).toBe(429);
  });

  it('login failures counted on one instance throttle the same account and address on the other', async () => {
    const password = 'Correct-horse-42!';
    await createStaffUser(a.database, { username: 'shared', displayName: 's', role: 'staff', password });
    const login = (app: { request: typeof b.request }, pw: string) =>
      app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost' }, body: JSON.stringify({ username: 'shared', password: pw }) }, from('203.0.113.10'));
    for (let i = 0; i < 5; i++) expect((await login(i % 2 ? a.app : b, 'wrong')).status).toBe(401);
    const refused = await login(b, password);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(a.app, password)).status).toBe(429);
  });
});
