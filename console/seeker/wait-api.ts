/** The seeker's wait (server/routes/chat-wait.ts): the handoff state and the call-back request. */
import { api } from '../api/client.ts';
import type { ChatSession } from '../api/chat.ts';
import type { CallbackLeft, WaitState } from '../../server/contract/chat.ts';

export type { WaitState };


const base = (s: ChatSession) => `/api/chat/sessions/${encodeURIComponent(s.sessionId)}`;

export const getWait = (s: ChatSession) => api<WaitState>(`${base(s)}/wait`, { token: s.token });

export const requestCallback = (s: ChatSession, body: { phone: string; message?: string; consent: true }) =>
  api<CallbackLeft>(`${base(s)}/callback`, { body, token: s.token });
