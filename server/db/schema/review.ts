import { pgTable, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.ts';
import { staffUsers } from './auth.ts';
import { messages } from './chat.ts';

/** A supervisor's rubric scores (1–5) for one assistant answer; one per reviewer per answer. */
export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: uuid('message_id').notNull().references(() => messages.id, { onDelete: 'cascade' }),
    reviewerId: uuid('reviewer_id').notNull().references(() => staffUsers.id, { onDelete: 'cascade' }),
    accuracy: smallint('accuracy').notNull(),
    citation: smallint('citation').notNull(),
    completeness: smallint('completeness').notNull(),
    tone: smallint('tone').notNull(),
    safety: smallint('safety').notNull(),
    comment: text('comment'),
    createdAt: createdAt(),
    /** Last re-scoring by the same reviewer (the scores are replaced, not versioned). */
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('reviews_message_reviewer_idx').on(t.messageId, t.reviewerId)],
);
export type Review = typeof reviews.$inferSelect;
