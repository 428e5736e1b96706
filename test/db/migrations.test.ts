import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, MIGRATIONS_FOLDER } from '../../server/db/client.ts';
import { accessLog } from '../../server/db/schema/index.ts';
import { openTestDatabase } from '../support/db.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase({ corpus: false });
});
afterAll(() => database?.close());

describe(`migrations on ${inject('databaseUnderTest')}`, () => {
  it('create every table of the product', async () => {
    const rows = await database.rows<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(rows.map((r) => r.table_name)).toEqual(expect.arrayContaining([
      'access_log', 'assistance_plans', 'case_notes', 'cases', 'conversations', 'events', 'feedback', 'follow_ups',
      'live_events', 'messages', 'policy_clauses', 'policy_documents', 'reviews', 'seekers', 'service_records',
      'staff_sessions', 'staff_users', 'training_courses', 'turn_traces', 'vacancies',
    ]));
  });

  it('install pgvector and HNSW indexes on every embedding', async () => {
    const ext = await database.rows<{ extname: string }>(sql`select extname from pg_extension where extname = 'vector'`);
    expect(ext).toHaveLength(1);
    const idx = await database.rows<{ indexname: string }>(
      sql`select indexname from pg_indexes where indexdef ilike '%using hnsw%vector_cosine_ops%' order by 1`,
    );
    expect(idx.map((r) => r.indexname)).toEqual(['policy_clauses_embedding_idx', 'training_courses_embedding_idx', 'vacancies_embedding_idx']);
  });

  it('make the access log append-only: updates and deletes are refused by the database', async () => {
    await database.db.insert(accessLog).values({ actorRole: 'supervisor', action: 'view_identity', fields: ['phone'], reason: 'test' });
    await expect(database.db.update(accessLog).set({ reason: 'changed' })).rejects.toThrow();
    await expect(database.db.delete(accessLog)).rejects.toThrow();
    const rows = await database.db.select().from(accessLog);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.reason).toBe('test');
  });

  it('are recorded once each: every migration of the journal, none twice', async () => {
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
    const rows = await database.rows<{ n: number; distinct_hashes: number }>(
      sql`select count(*)::int as n, count(distinct hash)::int as distinct_hashes from drizzle.__drizzle_migrations`,
    );
    expect(rows[0]).toEqual({ n: journal.entries.length, distinct_hashes: journal.entries.length });
  });
});
