import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.ts';
import { staffUsers } from './auth.ts';
import { conversations, messages, seekers } from './chat.ts';

/**
 * A handoff to a person. status: queued → claimed → returned_to_bot | resolved. At most one open
 * (queued or claimed) case per conversation, enforced by a partial unique index.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id, { onDelete: 'cascade' }),
    seekerId: uuid('seeker_id').notNull().references(() => seekers.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    /** agent | guardrail | seeker | staff */
    source: text('source').notNull(),
    /** Lower is more urgent: 0 distress, 1 explicit request, 2 other. Ties by waiting time. */
    priority: integer('priority').notNull(),
    status: text('status').notNull().default('queued'),
    assignedTo: uuid('assigned_to').references(() => staffUsers.id, { onDelete: 'set null' }),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    outcome: text('outcome'),
    previousCaseId: uuid('previous_case_id').references((): AnyPgColumn => cases.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('cases_one_open_per_conversation_idx').on(t.conversationId).where(sql`status in ('queued', 'claimed')`),
    index('cases_queue_idx').on(t.status, t.priority, t.createdAt),
  ],
);
export type Case = typeof cases.$inferSelect;

/** Private staff notes on a case; never shown to the seeker. */
export const caseNotes = pgTable('case_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
  authorId: uuid('author_id').references(() => staffUsers.id, { onDelete: 'set null' }),
  text: text('text').notNull(),
  createdAt: createdAt(),
});

/** 个性化就业援助计划: goals and steps with an owner and due dates. */
export const assistancePlans = pgTable('assistance_plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  seekerId: uuid('seeker_id').notNull().references(() => seekers.id, { onDelete: 'cascade' }),
  caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
  ownerId: uuid('owner_id').references(() => staffUsers.id, { onDelete: 'set null' }),
  goals: text('goals').notNull(),
  steps: jsonb('steps').$type<{ text: string; dueOn?: string; doneAt?: string }[]>().notNull().default([]),
  status: text('status').notNull().default('active'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** 定期回访: a dated follow-up with its outcome once done. */
export const followUps = pgTable(
  'follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seekerId: uuid('seeker_id').notNull().references(() => seekers.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id').references(() => assistancePlans.id, { onDelete: 'set null' }),
    counsellorId: uuid('counsellor_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    dueOn: date('due_on').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    outcome: text('outcome'),
    createdAt: createdAt(),
  },
  (t) => [index('follow_ups_due_idx').on(t.counsellorId, t.dueOn)],
);

/**
 * The real-name ledger's service records (二（四）1): policy_briefing, career_guidance,
 * job_recommendation, course_recommendation, unemployment_registration.
 */
export const serviceRecords = pgTable(
  'service_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seekerId: uuid('seeker_id').notNull().references(() => seekers.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    refId: text('ref_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    conversationId: uuid('conversation_id').references(() => conversations.id, { onDelete: 'set null' }),
    messageId: uuid('message_id').references((): AnyPgColumn => messages.id, { onDelete: 'set null' }),
    deliveredBy: uuid('delivered_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    deliveredOn: date('delivered_on').notNull(),
    dueOn: date('due_on'),
    completedOn: date('completed_on'),
    createdAt: createdAt(),
  },
  (t) => [
    index('service_records_seeker_idx').on(t.seekerId, t.kind),
    uniqueIndex('service_records_once_idx').on(t.seekerId, t.kind, t.refId),
  ],
);
