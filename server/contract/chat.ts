/**
 * The public chat API: sessions, the transcript, an answer (JSON, or the turn's server-sent events),
 * the live events of a conversation, feedback, identity, typing, the wait for a person.
 */
import { z } from 'zod';
import { TURN_STATUSES } from '../agent/statuses.ts';
import { Timestamp, Uuid } from './common.ts';
import { Citation } from './policy.ts';

export const Role = z.enum(['seeker', 'assistant', 'counsellor', 'system']);

/** A tool the assistant called for the answer: its name, input and output (server/agent/tools). */
export const ToolCall = z.object({ name: z.string(), input: z.unknown(), output: z.unknown() }).meta({ id: 'ToolCall' });

export const Session = z.object({ sessionId: Uuid, token: z.string().meta({ description: 'the bearer token of this session’s other calls' }) });

export const TranscriptMessage = z
  .object({
    messageId: Uuid,
    role: Role,
    text: z.string(),
    citations: z.array(Citation),
    toolCalls: z.array(ToolCall),
    /** An assistant message's turn status (answered, handoff_requested …); `visible` for a system line. */
    status: z.string(),
    createdAt: Timestamp,
    /** A counsellor's line names them. */
    counsellor: z.string().optional(),
  })
  .meta({ id: 'TranscriptMessage' });

export const Transcript = z.object({ status: z.enum(['bot', 'queued', 'counsellor', 'closed']).or(z.string()), messages: z.array(TranscriptMessage) });

export const TurnStatus = z.enum(TURN_STATUSES);
export const Handoff = z.object({ caseId: Uuid, reason: z.string() });
/** POST …/handoff: the case opened, or the one already open (`created: false`). */
export const HandoffOpened = z.object({ caseId: Uuid, reason: z.string(), created: z.boolean() });

/** POST …/messages without `Accept: text/event-stream`: the whole answer at once. */
export const Answer = z.object({
  messageId: Uuid,
  text: z.string(),
  citations: z.array(Citation),
  toolCalls: z.array(ToolCall),
  handoff: Handoff.nullable(),
  status: TurnStatus,
});

/** The events of POST …/messages with `Accept: text/event-stream`, in order. */
export const TurnEvent = z.discriminatedUnion('event', [
  z.object({ event: z.literal('delta'), data: z.object({ text: z.string() }) }),
  /** Discard what was streamed of this answer: it starts again (ADR 0014). */
  z.object({ event: z.literal('reset'), data: z.object({ reason: z.enum(['fallback', 'tool_limit', 'reasoning', 'grounding']) }) }),
  z.object({ event: z.literal('tool'), data: ToolCall }),
  z.object({ event: z.literal('citation'), data: Citation }),
  z.object({ event: z.literal('handoff'), data: Handoff }),
  z.object({ event: z.literal('done'), data: z.object({ messageId: Uuid, text: z.string(), citations: z.array(Citation), status: TurnStatus }) }),
  z.object({ event: z.literal('error'), data: z.object({ code: z.string(), message: z.string() }) }),
]);

/** An event of GET …/events: what happens next in the conversation (server/live/bus.ts). */
export const LiveEvent = z.object({
  id: z.string().optional(),
  type: z.string().meta({ description: 'message, handoff, counsellor_joined, counsellor_left, case_closed, typing, callback_requested …' }),
  payload: z
    .object({
      caseId: Uuid.optional(),
      messageId: Uuid.optional(),
      role: Role.optional(),
      text: z.string().optional(),
      citations: z.array(Citation).optional(),
      counsellor: z.string().optional(),
      reason: z.string().optional(),
      priority: z.number().optional(),
      from: z.enum(['seeker', 'counsellor']).optional(),
    })
    .catchall(z.unknown()),
});

export const FeedbackBody = z.object({
  messageId: z.uuid('必须是消息编号'),
  rating: z.union([z.literal(1), z.literal(-1)], { error: '必须是 1（有帮助）或 -1（没帮助）' }),
  comment: z.string().trim().max(500).optional(),
});

export const ConsentText = z.object({ text: z.string() });
/** What was recorded, masked as staff without the full view see it. */
export const IdentitySaved = z.object({
  identified: z.boolean(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  identityConsentAt: Timestamp.nullable(),
  message: z.string(),
});
export const TypingSent = z.object({ sent: z.boolean() });

export const Duty = z.object({ onDuty: z.boolean(), until: Timestamp.nullable(), nextStart: Timestamp.nullable(), utcOffsetMinutes: z.number(), hotline: z.object({ label: z.string(), number: z.string() }) });
/** The median wait of the last cases that waited at the same place, in whole minutes, and how many there were. */
export const WaitEstimate = z.object({ minutes: z.number(), samples: z.number() });
export const WaitState = z.object({
  state: z.enum(['none', 'waiting', 'counsellor', 'ended']),
  conversationStatus: z.string(),
  case: z.object({ id: Uuid, reason: z.string(), openedAt: Timestamp }).nullable(),
  position: z.number().nullable(),
  estimate: WaitEstimate.nullable(),
  counsellor: z.object({ displayName: z.string() }).nullable(),
  duty: Duty,
  callback: z.object({ phone: z.string().nullable(), requestedAt: Timestamp }).nullable(),
});
export const CallbackLeft = z.object({ caseId: Uuid, phone: z.string(), message: z.string() });

export type Role = z.infer<typeof Role>;
export type ToolCall = z.infer<typeof ToolCall>;
export type Session = z.infer<typeof Session>;
export type TranscriptMessage = z.infer<typeof TranscriptMessage>;
export type Transcript = z.infer<typeof Transcript>;
export type Answer = z.infer<typeof Answer>;
export type TurnEvent = z.infer<typeof TurnEvent>;
export type LiveEvent = z.infer<typeof LiveEvent>;
export type WaitState = z.infer<typeof WaitState>;
export type HandoffOpened = z.infer<typeof HandoffOpened>;
export type IdentitySaved = z.infer<typeof IdentitySaved>;
export type CallbackLeft = z.infer<typeof CallbackLeft>;
export type TypingSent = z.infer<typeof TypingSent>;
export type ConsentText = z.infer<typeof ConsentText>;
export type Duty = z.infer<typeof Duty>;
export type TurnStatus = z.infer<typeof TurnStatus>;
export type Handoff = z.infer<typeof Handoff>;
export type WaitEstimate = z.infer<typeof WaitEstimate>;
