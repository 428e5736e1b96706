import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, embedding, tsvector, updatedAt } from './columns.ts';

/** A policy document of the corpus (e.g. 渝北人社发〔2022〕38号). */
export const policyDocuments = pgTable('policy_documents', {
  docKey: text('doc_key').primaryKey(),
  number: text('number').notNull(),
  title: text('title').notNull(),
  planTitle: text('plan_title'),
  issuer: text('issuer').notNull(),
  issuedOn: date('issued_on').notNull(),
  source: text('source').notNull(),
  contentHash: text('content_hash').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
export type PolicyDocument = typeof policyDocuments.$inferSelect;

/** One clause, the unit the product retrieves and cites: `<docKey>:<path>`. */
export const policyClauses = pgTable(
  'policy_clauses',
  {
    id: text('id').primaryKey(),
    docKey: text('doc_key').notNull().references(() => policyDocuments.docKey, { onDelete: 'cascade' }),
    path: text('path').notNull(),
    ordinal: integer('ordinal').notNull(),
    section: text('section').notNull(),
    heading: text('heading').notNull(),
    text: text('text').notNull(),
    units: text('units').array().notNull().default(sql`'{}'::text[]`),
    keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
    /** Space-separated segmented tokens of heading + keywords + text, the lexical index's input. */
    tokens: text('tokens').notNull(),
    tsv: tsvector('tsv').generatedAlwaysAs(sql`to_tsvector('simple', tokens)`),
    contentHash: text('content_hash').notNull(),
    embeddingModel: text('embedding_model').notNull(),
    embedding: embedding().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('policy_clauses_doc_path_idx').on(t.docKey, t.path),
    index('policy_clauses_embedding_idx').using('hnsw', t.embedding.op('vector_cosine_ops')),
    index('policy_clauses_tsv_idx').using('gin', t.tsv),
  ],
);
export type PolicyClause = typeof policyClauses.$inferSelect;

/** Employment-service activities: the 附件2 calendar (source `corpus`) and imported events. */
export const events = pgTable(
  'events',
  {
    id: serial('id').primaryKey(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    timeText: text('time_text').notNull(),
    months: integer('months').array().notNull(),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    departments: text('departments').array().notNull().default(sql`'{}'::text[]`),
    location: text('location'),
    description: text('description'),
    clauseId: text('clause_id').references(() => policyClauses.id, { onDelete: 'set null' }),
    contentHash: text('content_hash').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('events_source_idx').on(t.source, t.sourceId), index('events_year_idx').on(t.year)],
);
export type EventRow = typeof events.$inferSelect;
