/**
 * The import algorithm vacancies and training courses share (both are embedded, both have a status):
 *
 * 1. compare each valid row with what is stored under (source, sourceId): a content hash (every
 *    field but the status) and the embedding model;
 * 2. embed only new and changed rows, before the transaction, so a slow model holds no locks;
 * 3. in one transaction: upsert the changed rows, apply status-only changes without re-embedding,
 *    and for a snapshot import withdraw the source's active rows the file no longer lists.
 *
 * An unchanged row is not written at all, so a re-import leaves updated_at and the embedding alone.
 * A row staff withdrew stays withdrawn whatever the feed says (its content still updates); a row
 * withdrawn because a snapshot left it out comes back when the feed lists it again.
 */
import { and, eq, getTableColumns, getTableName, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.ts';
import { sha256 } from '../policy/corpus.ts';
import type { Embedder } from '../embeddings/index.ts';
import type { ImportReport } from '../contract/catalog.ts';
import type { ReadResult } from './feed-records.ts';
import type { Status, WithdrawnBy } from './vocabulary.ts';

/** What an import did (the answer of the import routes): server/contract/catalog.ts. */
export type { ImportReport };

export interface ImportOptions {
  source: string;
  /** The import is the source's complete list: its active rows missing from the file are withdrawn. */
  withdrawMissing?: boolean;
  isDemo?: boolean;
  /** The import day: the posting date of rows that give none. */
  today: string;
}

/** The control columns both embedded tables have. */
interface ControlColumns {
  source: PgColumn;
  sourceId: PgColumn;
  status: PgColumn;
  withdrawnBy: PgColumn;
  contentHash: PgColumn;
  embeddingModel: PgColumn;
}

export interface EmbeddedTable<Row extends { sourceId: string; status: Status }> {
  table: PgTable & ControlColumns;
  /** The text embedded for a row. */
  text(row: Row): string;
  /** The stored columns of a row, without the control columns. */
  values(row: Row, today: string): Record<string, unknown>;
  /** Columns kept as stored on update when the row does not give them (e.g. posted_on). */
  keepWhenAbsent?: (row: Row) => string[];
}

interface Stored {
  sourceId: string;
  contentHash: string;
  embeddingModel: string;
  status: string;
  withdrawnBy: string | null;
}

const WRITE_CHUNK = 200;
const EMBED_CHUNK = 256;

const contentHashOf = (row: { status: Status }, isDemo: boolean) => {
  const { status: _status, ...content } = row;
  return sha256({ ...content, isDemo });
};

const chunks = <T>(xs: T[], size: number): T[][] => Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

const stored = (status: Status): { status: Status; withdrawnBy: WithdrawnBy | null } =>
  status === 'withdrawn' ? { status, withdrawnBy: 'source' } : { status, withdrawnBy: null };

export async function importEmbedded<Row extends { sourceId: string; status: Status }>(
  database: Database,
  embedder: Embedder,
  spec: EmbeddedTable<Row>,
  read: ReadResult<Row>,
  opts: ImportOptions,
): Promise<ImportReport> {
  const { table } = spec;
  const isDemo = opts.isDemo ?? false;
  const ids = read.rows.map((r) => r.row.sourceId);
  const existing = new Map<string, Stored>();
  for (const part of chunks(ids, 5000)) {
    const rows = (await database.db
      .select({
        sourceId: table.sourceId,
        contentHash: table.contentHash,
        embeddingModel: table.embeddingModel,
        status: table.status,
        withdrawnBy: table.withdrawnBy,
      })
      .from(table)
      .where(and(eq(table.source, opts.source), inArray(table.sourceId, part)))) as Stored[];
    for (const r of rows) existing.set(r.sourceId, r);
  }

  const toWrite: { row: Row; hash: string }[] = [];
  const statusChanges = new Map<Status, string[]>([['active', []], ['withdrawn', []]]);
  let unchanged = 0;
  let withdrawn = 0;
  let reactivated = 0;
  let inserted = 0;
  for (const { row } of read.rows) {
    const hash = contentHashOf(row, isDemo);
    const before = existing.get(row.sourceId);
    const wasActive = before?.status === 'active';
    const staffHold = before?.withdrawnBy === 'staff';
    const willBeActive = staffHold ? false : row.status === 'active';
    if (!before || before.contentHash !== hash || before.embeddingModel !== embedder.model) {
      toWrite.push({ row, hash });
      if (!before) inserted++;
    } else if (!staffHold && before.status !== row.status) {
      statusChanges.get(row.status)!.push(row.sourceId);
    } else {
      unchanged++;
      continue;
    }
    if (before && wasActive && !willBeActive) withdrawn++;
    if (before && !wasActive && willBeActive) reactivated++;
  }

  const vectors: number[][] = [];
  for (const part of chunks(toWrite, EMBED_CHUNK)) vectors.push(...(await embedder.embedDocuments(part.map((w) => spec.text(w.row)))));

  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const excluded = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, sql.raw(`excluded."${columns[k]!.name}"`)])) as Record<string, SQL>;
  const tableName = sql.identifier(getTableName(table));

  const withdrawnMissing = await database.db.transaction(async (tx) => {
    // Rows with the same set of “keep when absent” columns share one upsert statement.
    const groups = new Map<string, { row: Row; hash: string; vector: number[] }[]>();
    toWrite.forEach((w, i) => {
      const keep = (spec.keepWhenAbsent?.(w.row) ?? []).join(',');
      groups.set(keep, [...(groups.get(keep) ?? []), { ...w, vector: vectors[i]! }]);
    });
    for (const [keepKey, members] of groups) {
      const keep = new Set(keepKey ? keepKey.split(',') : []);
      for (const part of chunks(members, WRITE_CHUNK)) {
        const values = part.map((w) => ({
          ...spec.values(w.row, opts.today),
          source: opts.source,
          sourceId: w.row.sourceId,
          ...stored(w.row.status),
          isDemo,
          contentHash: w.hash,
          embeddingModel: embedder.model,
          embedding: w.vector,
        }));
        const updatable = Object.keys(values[0]!).filter((k) => k !== 'source' && k !== 'sourceId' && k !== 'status' && k !== 'withdrawnBy' && !keep.has(k));
        await tx
          .insert(table)
          .values(values as never)
          .onConflictDoUpdate({
            target: [table.source, table.sourceId],
            set: {
              ...excluded(updatable),
              // Staff withdrawal holds; otherwise the row's own status applies.
              status: sql`case when ${tableName}."withdrawn_by" = 'staff' then ${tableName}."status" else excluded."status" end`,
              withdrawnBy: sql`case when ${tableName}."withdrawn_by" = 'staff' then 'staff' else excluded."withdrawn_by" end`,
              updatedAt: sql`now()`,
            } as never,
          });
      }
    }
    for (const [status, sourceIds] of statusChanges) {
      for (const part of chunks(sourceIds, 5000)) {
        await tx
          .update(table)
          .set({ ...stored(status), updatedAt: sql`now()` } as never)
          .where(and(eq(table.source, opts.source), inArray(table.sourceId, part), sql`${table.withdrawnBy} is distinct from 'staff'`));
      }
    }
    // A file that could not be read whole (bad JSON, a quote left open, a missing column) is no
    // complete list: withdrawing by it could empty the source.
    if (!opts.withdrawMissing || read.rows.length === 0 || read.errors.some((e) => e.field === '(file)')) return 0;
    const listed = [...read.seenIds];
    const gone = await tx
      .update(table)
      .set({ status: 'withdrawn', withdrawnBy: 'missing', updatedAt: sql`now()` } as never)
      .where(and(eq(table.source, opts.source), eq(table.status, 'active'), listed.length ? notInArray(table.sourceId, listed) : sql`true`))
      .returning({ id: table.sourceId });
    return gone.length;
  });

  return {
    source: opts.source,
    received: read.received,
    valid: read.rows.length,
    inserted,
    updated: toWrite.length - inserted + [...statusChanges.values()].reduce((n, ids) => n + ids.length, 0),
    unchanged,
    withdrawn: withdrawn + withdrawnMissing,
    reactivated,
    embedded: toWrite.length,
    errors: read.errors,
    ignoredColumns: read.ignored,
  };
}
