/** The seeker's side of the API: chat sessions, turns, live events, handoff, feedback, clauses. */
import { api, stream } from './client.ts';
import { emitTyping } from './helpers.ts';
import type { SseParser } from './sse.ts';
import { jsonData } from './sse.ts';
import type { Clause } from '../../server/contract/policy.ts';
import type { HandoffOpened, IdentitySaved, LiveEvent, Session, Transcript, TurnEvent } from '../../server/contract/chat.ts';
import type { Ok } from '../../server/contract/common.ts';

export type ChatSession = Session;

const base = (id: string) => `/api/chat/sessions/${encodeURIComponent(id)}`;

export const createSession = () => api<Session>('/api/chat/sessions', { method: 'POST' });

export const getTranscript = (s: ChatSession) => api<Transcript>(`${base(s.sessionId)}/messages`, { token: s.token });

/** Sends the seeker's message and yields the turn's events as they stream. */
export async function* sendMessage(s: ChatSession, text: string, signal?: AbortSignal): AsyncGenerator<TurnEvent> {
  for await (const m of stream(`${base(s.sessionId)}/messages`, { method: 'POST', body: { text }, token: s.token, signal })) {
    const data = jsonData<TurnEvent['data']>(m);
    if (data !== undefined) yield { event: m.event, data } as TurnEvent;
  }
}

/** What happens next in the conversation (counsellor joined, their messages, left, handoff). */
export async function* liveEvents(s: ChatSession, opts: { signal?: AbortSignal; parser?: SseParser; lastEventId?: string }): AsyncGenerator<LiveEvent> {
  let ready = false;
  for await (const m of stream(`${base(s.sessionId)}/events`, { token: s.token, ...opts })) {
    if (m.event === 'ping') continue;
    if (m.event === 'ready') ready = true;
    // the counsellor typing goes to the typing line (api/helpers.ts); one replayed before `ready` is old
    if (m.event === 'typing') {
      if (ready) emitTyping(s.sessionId, jsonData<Record<string, unknown>>(m) ?? {});
      continue;
    }
    const payload = jsonData<LiveEvent['payload']>(m);
    if (payload) yield { type: m.event, payload, ...(m.id ? { id: m.id } : {}) };
  }
}

export const requestPerson = (s: ChatSession) =>
  api<HandoffOpened>(`${base(s.sessionId)}/handoff`, { method: 'POST', token: s.token });

export const sendFeedback = (s: ChatSession, body: { messageId: string; rating: 1 | -1; comment?: string }) =>
  api<Ok>(`${base(s.sessionId)}/feedback`, { method: 'POST', body, token: s.token });

export const getClause = (clauseId: string) => api<Clause>(`/api/policy/clauses/${encodeURIComponent(clauseId)}`);

/** 实名登记: the seeker chooses to give name and phone (consent recorded) for follow-up in the ledger. */
export const identify = (s: ChatSession, body: { name: string; phone: string; consent: true }) =>
  api<IdentitySaved>(`${base(s.sessionId)}/identity`, { body, token: s.token });
