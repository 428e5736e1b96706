import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { staffUsers } from './auth.ts';
import { cases } from './cases.ts';
import { conversations, seekers } from './chat.ts';

/**
 * A message left outside the duty hours asking to be called back (issue 16): the phone (its 11
 * digits, the number to call; shown masked everywhere except the access-logged full view), the
 * question in its PII-masked form, when consent to be called was given, and the case it opened
 * in the queue. One open request per conversation; a second one replaces its phone and message.
 */
export const callbackRequests = pgTable(
  'callback_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id, { onDelete: 'cascade' }),
    seekerId: uuid('seeker_id').notNull().references(() => seekers.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    phone: text('phone').notNull(),
    message: text('message').notNull().default(''),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: uuid('handled_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('callback_requests_one_open_idx').on(t.conversationId).where(sql`handled_at is null`),
    index('callback_requests_case_idx').on(t.caseId),
  ],
);
export type CallbackRequest = typeof callbackRequests.$inferSelect;
