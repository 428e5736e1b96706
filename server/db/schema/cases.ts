import { sql } from 'drizzle-orm';
import { bigserial, date, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
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
    // the responsibility model (server/auth/ownership.ts): a seeker's cases and who held them
    index('cases_seeker_idx').on(t.seekerId, t.assignedTo),
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
export type CaseNote = typeof caseNotes.$inferSelect;

/** 个性化就业援助计划: goals and steps with an owner and due dates. */
export const assistancePlans = pgTable('assistance_plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  seekerId: uuid('seeker_id').notNull().references(() => seekers.id, { onDelete: 'cascade' }),
  caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
  ownerId: uuid('owner_id').references(() => staffUsers.id, { onDelete: 'set null' }),
  goals: text('goals').notNull(),
  steps: jsonb('steps').$type<{ text: string; dueOn?: string; doneAt?: string; owner?: string }[]>().notNull().default([]),
  status: text('status').notNull().default('active'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
export type AssistancePlan = typeof assistancePlans.$inferSelect;

/** 定期回访: a dated follow-up with its outcome once done. */
export const followUps = pgTable(
  'follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seekerId: uuid('seeker_id').notNull().references(() => seekers.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id').references(() => assistancePlans.id, { onDelete: 'set null' }),
    counsellorId: uuid('counsellor_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    dueOn: date('due_on').notNull(),
    /** What to ask or check on the call or visit. */
    note: text('note'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    outcome: text('outcome'),
    createdAt: createdAt(),
  },
  (t) => [index('follow_ups_due_idx').on(t.counsellorId, t.dueOn)],
);
export type FollowUp = typeof followUps.$inferSelect;

/**
 * The real-name ledger's service records (二（四）1): policy_briefing, career_guidance,
 * job_recommendation, course_recommendation, unemployment_registration, policy_application_help
 * (refId: the benefit code).
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
export type ServiceRecord = typeof serviceRecords.$inferSelect;

/**
 * A case's history, in order: opened, claimed, released, transferred, assigned, returned_to_bot,
 * resolved — who did it and to whom — so a supervisor can see who held a case when.
 */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    actorId: uuid('actor_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    /** The counsellor the case went to (claim, transfer, assignment). */
    toStaffId: uuid('to_staff_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.id), index('case_events_to_staff_idx').on(t.toStaffId, t.caseId)],
);
export type CaseEvent = typeof caseEvents.$inferSelect;

/**
 * A reply the agent suggested to the counsellor holding a case (the copilot), with what the turn
 * retrieved, which tools ran and its grounding check. Never shown to the seeker; when the
 * counsellor sends it, `sentMessageId` names the message and the message records the edit ratio.
 */
export const copilotDrafts = pgTable(
  'copilot_drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id, { onDelete: 'cascade' }),
    counsellorId: uuid('counsellor_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    seekerMessageId: uuid('seeker_message_id').references((): AnyPgColumn => messages.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    citations: jsonb('citations').$type<{ clauseId: string; title: string; quote: string }[]>().notNull().default([]),
    toolCalls: jsonb('tool_calls').$type<{ name: string; input: unknown; output: unknown }[]>().notNull().default([]),
    retrieved: jsonb('retrieved').$type<{ clauseId: string; score: number }[]>().notNull().default([]),
    grounding: jsonb('grounding').$type<Record<string, unknown>>(),
    steps: jsonb('steps').$type<{ name: string; ms: number; status?: string }[]>().notNull().default([]),
    model: text('model'),
    promptVersion: text('prompt_version'),
    latencyMs: integer('latency_ms'),
    status: text('status').notNull(),
    sentMessageId: uuid('sent_message_id').references((): AnyPgColumn => messages.id, { onDelete: 'set null' }),
    /** Share of the draft the counsellor changed before sending: 0 unchanged … 1 rewritten. */
    editRatio: real('edit_ratio'),
    createdAt: createdAt(),
  },
  (t) => [index('copilot_drafts_case_idx').on(t.caseId)],
);
export type CopilotDraft = typeof copilotDrafts.$inferSelect;

/**
 * 主动服务: what the proactive scan found for a ledger seeker — a benefit they appear eligible for
 * or a service of 二（四）1 still owed — with the reason and clause, listed for their counsellor.
 * One row per (seeker, kind, code), so running the scan again changes nothing; `clearedOn` is set
 * when a later scan no longer finds it. status: open | contacted | dismissed.
 */
export const outreachItems = pgTable(
  'outreach_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seekerId: uuid('seeker_id').notNull().references(() => seekers.id, { onDelete: 'cascade' }),
    counsellorId: uuid('counsellor_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    /** benefit | service */
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    reason: text('reason').notNull(),
    clauseId: text('clause_id').notNull(),
    status: text('status').notNull().default('open'),
    firstFoundOn: date('first_found_on').notNull(),
    lastFoundOn: date('last_found_on').notNull(),
    clearedOn: date('cleared_on'),
    actedBy: uuid('acted_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    actedAt: timestamp('acted_at', { withTimezone: true }),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('outreach_items_once_idx').on(t.seekerId, t.kind, t.code),
    index('outreach_items_counsellor_idx').on(t.counsellorId, t.status),
  ],
);
export type OutreachItem = typeof outreachItems.$inferSelect;

/**
 * A counsellor's or supervisor's correction of what the service knows about a seeker — one row per
 * fact changed (`person.hukou`, or `role` for the conversation's 咨询身份), with the value before
 * and after — so an auditor can see who changed what, when, long after the case closed. Kept
 * apart from the transcript: the seeker never sees it. The actor's name is copied so the record
 * still reads if the account is later removed.
 */
export const factCorrections = pgTable(
  'fact_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seekerId: uuid('seeker_id').notNull().references(() => seekers.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    conversationId: uuid('conversation_id').references(() => conversations.id, { onDelete: 'set null' }),
    actorId: uuid('actor_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    actorName: text('actor_name').notNull(),
    path: text('path').notNull(),
    oldValue: jsonb('old_value').$type<unknown>(),
    newValue: jsonb('new_value').$type<unknown>(),
    createdAt: createdAt(),
  },
  (t) => [index('fact_corrections_seeker_idx').on(t.seekerId, t.createdAt)],
);
export type FactCorrection = typeof factCorrections.$inferSelect;
