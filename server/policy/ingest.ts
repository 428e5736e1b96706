import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { events, policyClauses, policyDocuments } from '../db/schema/index.ts';
import type { Embedder } from '../embeddings/index.ts';
import { words } from '../text/segment.ts';
import { forgetClauseTexts } from './clause-texts.ts';
import { type CorpusDocument, searchableText, sha256 } from './corpus.ts';

export interface IngestReport {
  docKey: string;
  embedded: number;
  unchanged: number;
  removed: number;
  events: number;
}

/**
 * Puts corpus documents into the database. Idempotent and keyed by content hash: a clause whose
 * text (or the embedding model) changed is re-embedded and updated, an unchanged one is left alone,
 * one no longer in the file is removed. Each document is written in one transaction, so a failure
 * (an embeddings endpoint going down mid-way, say) leaves the previous version whole.
 */
export async function ingestCorpus(database: Database, embedder: Embedder, docs: CorpusDocument[]): Promise<IngestReport[]> {
  const reports: IngestReport[] = [];
  try {
    for (const doc of docs) reports.push(await ingestDocument(database, embedder, doc));
  } finally {
    forgetClauseTexts(database);
  }
  return reports;
}

async function ingestDocument(database: Database, embedder: Embedder, doc: CorpusDocument): Promise<IngestReport> {
  const { db } = database;
  const stored = await db
    .select({ id: policyClauses.id, contentHash: policyClauses.contentHash, model: policyClauses.embeddingModel })
    .from(policyClauses)
    .where(eq(policyClauses.docKey, doc.docKey));
  const storedById = new Map(stored.map((s) => [s.id, s]));
  const changed = doc.clauses.filter((c) => {
    const s = storedById.get(c.id);
    return !s || s.contentHash !== c.contentHash || s.model !== embedder.model;
  });
  // Embed before opening the transaction: a slow remote model must not hold database locks.
  const vectors = await embedder.embedDocuments(changed.map(searchableText));
  const ids = doc.clauses.map((c) => c.id);

  const removed = await db.transaction(async (tx) => {
    const { clauses: _c, events: _e, ...meta } = doc;
    const docRow = { ...meta, planTitle: meta.planTitle ?? null };
    await tx
      .insert(policyDocuments)
      .values(docRow)
      .onConflictDoUpdate({
        target: policyDocuments.docKey,
        set: { ...docRow, updatedAt: sql`now()` },
        setWhere: sql`${policyDocuments.contentHash} <> excluded.content_hash`,
      });
    for (const [i, c] of changed.entries()) {
      const row = {
        id: c.id,
        docKey: c.docKey,
        path: c.path,
        ordinal: c.ordinal,
        section: c.section,
        heading: c.heading,
        text: c.text,
        units: c.units,
        keywords: c.keywords,
        tokens: words(searchableText(c)).join(' '),
        contentHash: c.contentHash,
        embeddingModel: embedder.model,
        embedding: vectors[i]!,
      };
      await tx.insert(policyClauses).values(row).onConflictDoUpdate({ target: policyClauses.id, set: { ...row, updatedAt: sql`now()` } });
    }
    // Ordinals of unchanged clauses may shift when a clause is inserted before them.
    for (const c of doc.clauses) {
      if (!changed.includes(c)) await tx.update(policyClauses).set({ ordinal: c.ordinal }).where(and(eq(policyClauses.id, c.id), sql`${policyClauses.ordinal} <> ${c.ordinal}`));
    }
    const gone = await tx
      .delete(policyClauses)
      .where(and(eq(policyClauses.docKey, doc.docKey), notInArray(policyClauses.id, ids)))
      .returning({ id: policyClauses.id });
    for (const e of doc.events) {
      const row = {
        source: 'corpus',
        sourceId: `${e.docKey}:${e.seq}`,
        year: e.year,
        name: e.name,
        timeText: e.time,
        months: e.months,
        departments: e.departments,
        clauseId: e.clauseId,
      };
      const withHash = { ...row, contentHash: sha256(row) };
      await tx
        .insert(events)
        .values(withHash)
        .onConflictDoUpdate({
          target: [events.source, events.sourceId],
          set: { ...withHash, updatedAt: sql`now()` },
          setWhere: sql`${events.contentHash} <> excluded.content_hash`,
        });
    }
    return gone.length;
  });
  return { docKey: doc.docKey, embedded: changed.length, unchanged: doc.clauses.length - changed.length, removed, events: doc.events.length };
}
