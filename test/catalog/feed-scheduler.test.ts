import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { Database } from '../../server/db/client.ts';
import { vacancies } from '../../server/db/schema/index.ts';
import { feedFormat, FEED_SOURCE, pullFeed, startVacancyFeed } from '../../server/catalog/feed-scheduler.ts';
import { createLogger } from '../../server/log.ts';
import { openTestDatabase } from '../support/db.ts';
import { countingEmbedder, vacancy } from './support.ts';

/** A local feed server whose answer each test sets. */
let answer: () => Response = () => new Response('[]', { headers: { 'content-type': 'application/json' } });
let requests = 0;
let server: ReturnType<typeof serve>;
let url: string;
let database: Database;
const lines: Record<string, unknown>[] = [];
const log = createLogger(
  'info',
  new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  }),
);

beforeAll(async () => {
  const app = new Hono().get('/feed', () => {
    requests++;
    return answer();
  });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed?token=secret-token`;
  database = await openTestDatabase({ corpus: false });
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await database?.close();
});

const json = (rows: unknown[]) => () => new Response(JSON.stringify(rows), { headers: { 'content-type': 'application/json; charset=utf-8' } });
const csv = (text: string, type = 'text/csv') => () => new Response(text, { headers: { 'content-type': type } });
const statuses = async () =>
  Object.fromEntries((await database.db.select({ id: vacancies.sourceId, status: vacancies.status }).from(vacancies)).map((r) => [r.id, r.status]));

describe(`scheduled vacancy feed against a local server (${inject('databaseUnderTest')})`, () => {
  it('tells JSON from CSV by content type, or by the body when the type says nothing', () => {
    expect(feedFormat('application/json', 'x')).toBe('json');
    expect(feedFormat('text/csv; charset=utf-8', '[')).toBe('csv');
    expect(feedFormat('application/octet-stream', '\uFEFF [ {}]')).toBe('json');
    expect(feedFormat(null, '岗位编号,岗位名称')).toBe('csv');
  });

  it('pulls on start and every interval through the importer, as a snapshot; survives a failing feed; stops cleanly', async () => {
    const embedder = countingEmbedder();
    answer = json([vacancy('F1'), vacancy('F2'), vacancy('F3')]);
    const feed = startVacancyFeed({ url, intervalMs: 40, database, embedder, log, today: () => '2026-11-30' });
    try {
      await vi.waitFor(async () => expect(await statuses()).toEqual({ F1: 'active', F2: 'active', F3: 'active' }), { timeout: 10_000, interval: 20 });
      const embedded = embedder.documents;
      expect(embedded).toBe(3);

      // The same feed again and again: nothing re-embedded.
      const seen = requests;
      await vi.waitFor(() => expect(requests).toBeGreaterThan(seen + 2), { timeout: 10_000, interval: 20 });
      expect(embedder.documents).toBe(embedded);

      // The publisher drops F2 and sends CSV with one bad row.
      answer = csv(
        ['岗位编号,岗位名称,用人单位,镇街,截止日期', 'F1,仓库管理员,重庆临空物流有限公司,两路街道,2027-01-31', 'F3,仓库管理员,重庆临空物流有限公司,两路街道,2027-01-31', 'F4,,重庆临空物流有限公司,两路街道,2027-01-31'].join('\r\n'),
        'text/plain',
      );
      await vi.waitFor(async () => expect((await statuses()).F2).toBe('withdrawn'), { timeout: 10_000, interval: 20 });
      await vi.waitFor(() => expect(lines.some((l) => l.msg === 'vacancy feed had bad rows')).toBe(true), { timeout: 10_000, interval: 20 });

      // The feed fails: logged (host only, never the token), retried, the server carries on.
      expect(lines.filter((l) => l.msg === 'vacancy feed pull failed')).toEqual([]);
      answer = () => new Response('down', { status: 503 });
      const failedFrom = requests;
      await vi.waitFor(() => expect(lines.filter((l) => l.msg === 'vacancy feed pull failed').length).toBeGreaterThanOrEqual(2), { timeout: 10_000, interval: 20 });
      expect(requests).toBeGreaterThan(failedFrom + 1);
      const failure = lines.find((l) => l.msg === 'vacancy feed pull failed')!;
      expect(failure.err).toContain('503');
      expect(failure).toMatchObject({ level: 40, host: new URL(url).host, retryInMs: 40 });
      expect(JSON.stringify(lines)).not.toContain('secret-token');
      expect(Object.values(await statuses()).filter((s) => s === 'active')).toHaveLength(2);

      // It recovers at the next interval.
      answer = json([vacancy('F1'), vacancy('F2'), vacancy('F3')]);
      await vi.waitFor(async () => expect((await statuses()).F2).toBe('active'), { timeout: 10_000, interval: 20 });
    } finally {
      await feed.stop();
    }
    const after = requests;
    await new Promise((r) => setTimeout(r, 200));
    expect(requests).toBe(after);
  });

  it('pullNow imports once and reports, under the feed source', async () => {
    answer = json([vacancy('N1')]);
    const r = await pullFeed({ url, intervalMs: 60_000, database, embedder: countingEmbedder(), log, today: () => '2026-11-30' });
    expect(r).toMatchObject({ source: FEED_SOURCE, received: 1, inserted: 1 });
    answer = () => new Response('nope', { status: 404 });
    await expect(pullFeed({ url, intervalMs: 60_000, database, embedder: countingEmbedder(), log })).rejects.toThrow('404');
  });
});
