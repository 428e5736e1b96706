/**
 * Event import: validated rows upserted by (source, sourceId) and content hash, in one
 * transaction; an unchanged row is not written. The 附件2 calendar arrives with the corpus under
 * source `corpus`, which imports may not use.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { events } from '../db/schema/index.ts';
import { sha256 } from '../policy/corpus.ts';
import type { ImportReport } from './embedded-import.ts';
import { EVENT_COLUMNS, EventRowSchema, toEventInput } from './event-row.ts';
import { readRows, type ImportInput } from './feed-records.ts';

export function readEvents(input: ImportInput) {
  return readRows(input, EVENT_COLUMNS, EventRowSchema, toEventInput);
}

export async function importEvents(database: Database, input: ImportInput, opts: { source: string }): Promise<ImportReport> {
  const read = readEvents(input);
  const ids = read.rows.map((r) => r.row.sourceId);
  const stored = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await database.db
      .select({ sourceId: events.sourceId, contentHash: events.contentHash })
      .from(events)
      .where(and(eq(events.source, opts.source), inArray(events.sourceId, ids.slice(i, i + 5000))));
    for (const r of rows) stored.set(r.sourceId, r.contentHash);
  }
  const changed = read.rows
    .map(({ row }) => ({ ...row, source: opts.source, contentHash: sha256(row) }))
    .filter((r) => stored.get(r.sourceId) !== r.contentHash);
  await database.db.transaction(async (tx) => {
    for (let i = 0; i < changed.length; i += 500) {
      await tx
        .insert(events)
        .values(changed.slice(i, i + 500))
        .onConflictDoUpdate({
          target: [events.source, events.sourceId],
          set: {
            year: sql`excluded.year`,
            name: sql`excluded.name`,
            timeText: sql`excluded.time_text`,
            months: sql`excluded.months`,
            startsOn: sql`excluded.starts_on`,
            endsOn: sql`excluded.ends_on`,
            departments: sql`excluded.departments`,
            location: sql`excluded.location`,
            description: sql`excluded.description`,
            contentHash: sql`excluded.content_hash`,
            updatedAt: sql`now()`,
          },
        });
    }
  });
  const inserted = changed.filter((r) => !stored.has(r.sourceId)).length;
  return {
    source: opts.source,
    received: read.received,
    valid: read.rows.length,
    inserted,
    updated: changed.length - inserted,
    unchanged: read.rows.length - changed.length,
    withdrawn: 0,
    reactivated: 0,
    embedded: 0,
    errors: read.errors,
    ignoredColumns: read.ignored,
  };
}
