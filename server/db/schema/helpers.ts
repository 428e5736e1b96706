import { sql } from 'drizzle-orm';
import { pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.ts';
import { staffUsers } from './auth.ts';

/**
 * Canned replies (快捷回复) kept by staff for the reply box: a short code typed after "/" and the
 * text it inserts, shared by the team. Codes are unique regardless of case.
 */
export const cannedReplies = pgTable(
  'canned_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    text: text('text').notNull(),
    createdBy: uuid('created_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('canned_replies_code_idx').on(sql`lower(${t.code})`)],
);
export type CannedReply = typeof cannedReplies.$inferSelect;
