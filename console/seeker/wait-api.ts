/** The seeker's wait (server/routes/chat-wait.ts): the handoff state and the call-back request. */
import { api } from '../api/client.ts';
import type { ChatSession } from '../api/chat.ts';

export interface WaitState {
  state: 'none' | 'waiting' | 'counsellor' | 'ended';
  conversationStatus: string;
  case: { id: string; reason: string; openedAt: string } | null;
  position: number | null;
  estimate: { minutes: number; samples: number } | null;
  counsellor: { displayName: string } | null;
  duty: { onDuty: boolean; until: string | null; nextStart: string | null; utcOffsetMinutes: number; hotline: { label: string; number: string } };
  callback: { phone: string; requestedAt: string } | null;
}

const base = (s: ChatSession) => `/api/chat/sessions/${encodeURIComponent(s.sessionId)}`;

export const getWait = (s: ChatSession) => api<WaitState>(`${base(s)}/wait`, { token: s.token });

export const requestCallback = (s: ChatSession, body: { phone: string; message?: string; consent: true }) =>
  api<{ caseId: string; phone: string; message: string }>(`${base(s)}/callback`, { body, token: s.token });
