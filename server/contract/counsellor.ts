/** The counsellor's daily helpers: canned replies, conversation search, the console's Ask session. */
import { z } from 'zod';
import { Timestamp, Uuid } from './common.ts';

/** A canned reply (快捷回复): the team's short code and text for the reply box's "/" picker. */
export const CannedReply = z
  .object({ id: Uuid, code: z.string(), text: z.string(), updatedAt: Timestamp, updatedBy: z.string().nullable() })
  .meta({ id: 'CannedReply' });
export const CannedReplyList = z.object({ items: z.array(CannedReply) });
export const CannedReplyAnswer = z.object({ item: CannedReply });

/** The words around a match, split so the page can mark it without reading HTML. */
const Snippet = z.object({ before: z.string(), match: z.string(), after: z.string(), cutStart: z.boolean(), cutEnd: z.boolean() });

/** A conversation with a matching message: its latest match, the seeker masked, its latest case. */
export const ConversationHit = z
  .object({
    conversationId: Uuid,
    messageId: Uuid,
    role: z.string(),
    at: Timestamp,
    /** Matching messages in the conversation. */
    hits: z.number().int(),
    snippet: Snippet,
    seeker: z.object({ id: Uuid, name: z.string().nullable(), phone: z.string().nullable() }),
    caseId: Uuid.nullable(),
    caseStatus: z.string().nullable(),
  })
  .meta({ id: 'ConversationHit' });
/** `more`: there were more matching conversations than the page shows. */
export const ConversationSearch = z.object({ q: z.string(), more: z.boolean(), results: z.array(ConversationHit) });

/** A chat session on the staff channel for the console's Ask page (use it as a chat session). */

export type CannedReply = z.infer<typeof CannedReply>;
export type ConversationHit = z.infer<typeof ConversationHit>;
export type ConversationSearch = z.infer<typeof ConversationSearch>;
export type CannedReplyList = z.infer<typeof CannedReplyList>;
export type CannedReplyAnswer = z.infer<typeof CannedReplyAnswer>;
