import { bigserial, boolean, index, integer, jsonb, pgTable, real, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.ts';
import { staffUsers } from './auth.ts';

/**
 * A person the service knows about: an anonymous chat seeker, or a real-name ledger record
 * (实名制台账) once they identify. `facts` holds the person facts of the eligibility contract.
 * Identity fields are shown masked except to roles allowed the full view (access-logged).
 */
export const seekers = pgTable(
  'seekers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facts: jsonb('facts').$type<Record<string, unknown>>().notNull().default({}),
    name: text('name'),
    phone: text('phone'),
    idNumber: text('id_number'),
    identityConsentAt: timestamp('identity_consent_at', { withTimezone: true }),
    /** unemployed | employed | flexible | self_employed | in_training | unknown */
    employmentStatus: text('employment_status'),
    intent: text('intent'),
    skills: text('skills').array(),
    trainingNeed: text('training_need'),
    counsellorId: uuid('counsellor_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    /** employed | training | startup | public_welfare_post | other */
    outcome: text('outcome'),
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // the responsibility model (server/auth/ownership.ts): a counsellor's seekers
  (t) => [index('seekers_counsellor_idx').on(t.counsellorId)],
);
export type Seeker = typeof seekers.$inferSelect;

/** One chat conversation. status: bot | queued | counsellor | closed. */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seekerId: uuid('seeker_id').notNull().references(() => seekers.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    status: text('status').notNull().default('bot'),
    channel: text('channel').notNull().default('web'),
    createdAt: createdAt(),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).defaultNow().notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Set when the retention job cleared what the seeker said (server/privacy/retention.ts). */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    /** The dialogue state (server/dialogue/state.ts), written by every turn; null before the first. */
    dialogueState: jsonb('dialogue_state').$type<Record<string, unknown>>(),
  },
  (t) => [index('conversations_activity_idx').on(t.lastActivityAt)],
);
export type Conversation = typeof conversations.$inferSelect;

/**
 * A message of a conversation. role: seeker | assistant | counsellor | system. status for
 * assistant messages is the turn's status code (answered, guardrail_injection, error_model …).
 * Text is stored in its PII-masked form.
 */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    role: text('role').notNull(),
    text: text('text').notNull(),
    citations: jsonb('citations').$type<{ clauseId: string; title: string; quote: string }[]>().notNull().default([]),
    toolCalls: jsonb('tool_calls').$type<{ name: string; input: unknown; output: unknown }[]>().notNull().default([]),
    model: text('model'),
    promptVersion: text('prompt_version'),
    latencyMs: integer('latency_ms'),
    status: text('status').notNull(),
    grounding: jsonb('grounding').$type<Record<string, unknown>>(),
    flagged: boolean('flagged').notNull().default(false),
    authorId: uuid('author_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    agentDrafted: boolean('agent_drafted').notNull().default(false),
    draftEditRatio: real('draft_edit_ratio'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('messages_conversation_seq_idx').on(t.conversationId, t.seq), index('messages_created_idx').on(t.createdAt)],
);
export type Message = typeof messages.$inferSelect;

/** What one turn did: each step's timing, what was retrieved, which tools ran. */
export const turnTraces = pgTable(
  'turn_traces',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id').notNull().references(() => conversations.id, { onDelete: 'cascade' }),
    seekerMessageId: uuid('seeker_message_id').notNull().references(() => messages.id, { onDelete: 'cascade' }),
    answerMessageId: uuid('answer_message_id').references(() => messages.id, { onDelete: 'set null' }),
    status: text('status').notNull(),
    steps: jsonb('steps').$type<{ name: string; ms: number; status?: string }[]>().notNull().default([]),
    retrieved: jsonb('retrieved').$type<{ clauseId: string; score: number }[]>().notNull().default([]),
    toolCalls: jsonb('tool_calls').$type<unknown[]>().notNull().default([]),
    model: text('model'),
    promptVersion: text('prompt_version'),
    totalMs: integer('total_ms'),
    /** From the turn's start to its first streamed text (null when nothing streamed). */
    firstDeltaMs: integer('first_delta_ms'),
    /**
     * How the remote model's calls went, when there was one: tokens used, retries before the first
     * chunk, tool calls refused, and — for a fallback turn — the cause and the remote tool calls.
     */
    modelCalls: jsonb('model_calls').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index('turn_traces_conversation_idx').on(t.conversationId)],
);

/** Thumbs up/down (+1/-1) with an optional comment on an assistant answer. */
export const feedback = pgTable('feedback', {
  id: uuid('id').primaryKey().defaultRandom(),
  messageId: uuid('message_id').notNull().references(() => messages.id, { onDelete: 'cascade' }),
  rating: smallint('rating').notNull(),
  comment: text('comment'),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('feedback_message_idx').on(t.messageId)]);

/** Live events per channel, kept so a reconnecting client resumes from Last-Event-ID. */
export const liveEvents = pgTable(
  'live_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    channel: text('channel').notNull(),
    type: text('type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('live_events_channel_idx').on(t.channel, t.id)],
);
