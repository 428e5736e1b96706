/** The case workspace (issue 16): the seeker's other conversations, the call-back, the typing line. */
import { z } from 'zod';
import { Timestamp, Uuid } from './common.ts';
import { Citation } from './policy.ts';

export const SeekerConversation = z
  .object({
    id: Uuid,
    /** bot | queued | counsellor | closed */
    status: z.string(),
    createdAt: Timestamp,
    lastActivityAt: Timestamp,
    anonymisedAt: Timestamp.nullable(),
    messageCount: z.number().int(),
    /** The latest case's status and outcome, if it had one. */
    caseStatus: z.string().nullable(),
    outcome: z.string().nullable(),
    resolvedAt: Timestamp.nullable(),
    /** Anonymised by the retention job: the transcript is cleared. */
    cleared: z.boolean(),
  })
  .meta({ id: 'SeekerConversation' });

export const SeekerConversations = z.object({ conversations: z.array(SeekerConversation) });

export const HistoryMessage = z.object({
  id: Uuid,
  seq: z.number().int(),
  role: z.string(),
  text: z.string(),
  citations: z.array(Citation),
  status: z.string(),
  authorName: z.string().nullable(),
  createdAt: Timestamp,
});

export const SeekerConversationTranscript = z
  .object({
    conversationId: Uuid,
    transcript: z.array(HistoryMessage),
    cases: z.array(z.object({ id: Uuid, status: z.string(), outcome: z.string().nullable(), createdAt: Timestamp, resolvedAt: Timestamp.nullable() })),
  })
  .meta({ id: 'SeekerConversationTranscript' });

/** The call-back a seeker left: the number masked unless `revealed` (then access-logged). */
export const CaseCallback = z
  .object({ id: Uuid, phone: z.string(), revealed: z.boolean(), message: z.string(), requestedAt: Timestamp, handledAt: Timestamp.nullable() })
  .meta({ id: 'CaseCallback' });

export const CallbackAnswer = z.object({ callback: CaseCallback.nullable() });
export const CallbackHandled = z.object({ callback: z.object({ id: Uuid, handledAt: Timestamp.nullable() }) });

/** Whether the typing signal went out (false: throttled, one went out moments ago). */
export { TypingSent } from './chat.ts';

export type SeekerConversation = z.infer<typeof SeekerConversation>;
export type HistoryMessage = z.infer<typeof HistoryMessage>;
export type SeekerConversationTranscript = z.infer<typeof SeekerConversationTranscript>;
export type CaseCallback = z.infer<typeof CaseCallback>;
export type CallbackHandled = z.infer<typeof CallbackHandled>;
export type SeekerConversations = z.infer<typeof SeekerConversations>;
export type CallbackAnswer = z.infer<typeof CallbackAnswer>;
