/**
 * The counsellor's daily helpers (server/routes/staff/{canned-replies,search,typing}.ts and
 * server/routes/chat-typing.ts): canned replies, conversation search, typing indicators.
 */
import type { Ok } from '../../server/contract/common.ts';
import type { TypingSent } from '../../server/contract/chat.ts';
import type { CannedReply, CannedReplyAnswer, CannedReplyList, ConversationHit, ConversationSearch } from '../../server/contract/counsellor.ts';
import { api } from './client.ts';

export type { CannedReply };

const CANNED = '/api/staff/canned-replies';
export const listCannedReplies = () => api<CannedReplyList>(CANNED).then((r) => r.items);
export const createCannedReply = (body: { code: string; text: string }) => api<CannedReplyAnswer>(CANNED, { body }).then((r) => r.item);
export const updateCannedReply = (id: string, body: { code?: string; text?: string }) =>
  api<CannedReplyAnswer>(`${CANNED}/${encodeURIComponent(id)}`, { method: 'PATCH', body }).then((r) => r.item);
export const deleteCannedReply = (id: string) => api<Ok>(`${CANNED}/${encodeURIComponent(id)}`, { method: 'DELETE' });

/** Canned replies whose code starts with (then contains) what was typed after "/". */
export function filterCanned(items: CannedReply[], typed: string): CannedReply[] {
  const q = typed.toLowerCase();
  const starts = items.filter((r) => r.code.toLowerCase().startsWith(q));
  const contains = items.filter((r) => !r.code.toLowerCase().startsWith(q) && (r.code.toLowerCase().includes(q) || r.text.toLowerCase().includes(q)));
  return [...starts, ...contains];
}

export type SearchResult = ConversationHit;
export const searchConversations = (q: string) => api<ConversationSearch>('/api/staff/search', { query: { q } });

// ── typing ──────────────────────────────────────────────────────────────────────────────────────

/** How long a typing event keeps the line shown; the server sends at most one per 2.5 s while typing. */
export const TYPING_SHOW_MS = 4000;
/** The page sends at most one typing ping per this long. */
export const TYPING_PING_MS = 2000;

export const counsellorTyping = (caseId: string) => api<TypingSent>(`/api/staff/cases/${encodeURIComponent(caseId)}/typing`, { method: 'POST' });
export const seekerTyping = (session: { sessionId: string; token: string }) =>
  api<TypingSent>(`/api/chat/sessions/${encodeURIComponent(session.sessionId)}/typing`, { method: 'POST', token: session.token });

type TypingListener = (payload: Record<string, unknown>) => void;
const typingListeners = new Map<string, Set<TypingListener>>();

/**
 * Typing events, taken off the live streams that already run (the seeker's conversation stream,
 * the case stream) so they neither reload the case nor reach the chat reducer. `key` is the
 * session or case id. Only live ones are passed on: an event replayed before `ready` is old.
 */
export function emitTyping(key: string, payload: Record<string, unknown>) {
  for (const l of typingListeners.get(key) ?? []) l(payload);
}
export function onTyping(key: string, listener: TypingListener): () => void {
  const set = typingListeners.get(key) ?? new Set();
  typingListeners.set(key, set);
  set.add(listener);
  return () => {
    set.delete(listener);
    if (!set.size) typingListeners.delete(key);
  };
}

/** Calls `fn` at most once per `ms` (the first call at once). */
export function throttle(fn: () => void, ms: number): () => void {
  let last = 0;
  return () => {
    const now = Date.now();
    if (now - last < ms) return;
    last = now;
    fn();
  };
}
