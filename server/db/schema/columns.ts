import { customType, timestamp, vector } from 'drizzle-orm/pg-core';

/**
 * Dimension of every embedding column. The local embedding hashes into this many buckets, and a
 * configured OpenAI-compatible model is asked for vectors of this size (`dimensions`), so the
 * schema never changes with the model.
 */
export const EMBEDDING_DIM = 512;

export const embedding = () => vector('embedding', { dimensions: EMBEDDING_DIM });

/** PostgreSQL full-text vector over pre-segmented Chinese tokens (the `simple` configuration). */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const createdAt = () => timestamp('created_at', { withTimezone: true }).defaultNow().notNull();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).defaultNow().notNull();
