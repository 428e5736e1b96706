/**
 * The seeker's conversation as a pure reducer: the transcript restored on reload, a turn's stream
 * events, and live events from the counsellor side. Deltas are shown while they stream; `reset`
 * clears them (the answer starts again); `done.text` is the checked answer and replaces them
 * (docs/adr/0002-stream-then-ground.md, docs/adr/0014-model-calls-and-hold-back.md).
 */
import type { Citation, LiveEvent, Role, ToolCall, TranscriptMessage, TurnEvent } from '../api/chat-types.ts';

export interface ChatMessage {
  /** Stable key for rendering: the server's message id, or a local one until it is known. */
  key: string;
  messageId?: string;
  role: Role;
  text: string;
  citations: Citation[];
  toolCalls: ToolCall[];
  /** Deltas are still arriving; the text is provisional. */
  streaming?: boolean;
  /** The streamed text was replaced by a different checked answer. */
  replaced?: boolean;
  status?: string;
  /** The counsellor's display name on counsellor messages. */
  author?: string;
  error?: string;
  createdAt?: string;
}

export type ConversationStatus = 'bot' | 'queued' | 'counsellor' | 'closed' | string;

export interface ChatState {
  messages: ChatMessage[];
  status: ConversationStatus;
  /** A turn is running (the composer waits). */
  busy: boolean;
  caseId?: string;
}

export type ChatAction =
  | { type: 'restore'; status: string; messages: TranscriptMessage[] }
  | { type: 'send'; key: string; text: string; at?: string }
  | { type: 'turn'; key: string; event: TurnEvent }
  | { type: 'turnEnded'; key: string; error?: string }
  | { type: 'live'; event: LiveEvent }
  | { type: 'notice'; key: string; text: string }
  | { type: 'reset' };

export const initialChat: ChatState = { messages: [], status: 'bot', busy: false };

const answerKey = (key: string) => `answer:${key}`;

export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case 'reset':
      return { ...initialChat, messages: [] };
    case 'restore':
      return {
        ...state,
        status: action.status,
        busy: false,
        messages: action.messages.map((m) => ({
          key: m.messageId,
          messageId: m.messageId,
          role: m.role,
          text: m.text,
          citations: m.citations ?? [],
          toolCalls: m.toolCalls ?? [],
          status: m.status,
          createdAt: m.createdAt,
          ...(m.counsellor ? { author: m.counsellor } : {}),
        })),
      };
    case 'send':
      return {
        ...state,
        busy: true,
        messages: [
          ...state.messages,
          { key: action.key, role: 'seeker', text: action.text, citations: [], toolCalls: [], createdAt: action.at },
          { key: answerKey(action.key), role: 'assistant', text: '', citations: [], toolCalls: [], streaming: true },
        ],
      };
    case 'turn':
      return applyTurnEvent(state, action.key, action.event);
    case 'turnEnded': {
      const key = answerKey(action.key);
      const answer = state.messages.find((m) => m.key === key);
      let messages = state.messages;
      // The stream closed without `done`: keep what arrived, say it failed, or drop an empty bubble.
      if (answer?.streaming) {
        if (answer.text) messages = update(messages, key, (m) => ({ ...m, streaming: false }));
        else if (action.error) messages = update(messages, key, (m) => ({ ...m, streaming: false, error: action.error }));
        else messages = messages.filter((m) => m.key !== key);
      }
      return { ...state, busy: false, messages };
    }
    case 'live':
      return applyLiveEvent(state, action.event);
    case 'notice':
      if (state.messages.some((m) => m.key === action.key)) return state;
      return { ...state, messages: [...state.messages, { key: action.key, role: 'system', text: action.text, citations: [], toolCalls: [] }] };
  }
}

function applyTurnEvent(state: ChatState, key: string, event: TurnEvent): ChatState {
  const k = answerKey(key);
  switch (event.event) {
    case 'delta':
      return { ...state, messages: update(state.messages, k, (m) => ({ ...m, text: m.text + event.data.text })) };
    case 'reset':
      return { ...state, messages: update(state.messages, k, (m) => ({ ...m, text: '', toolCalls: [], citations: [] })) };
    case 'tool':
      return { ...state, messages: update(state.messages, k, (m) => ({ ...m, toolCalls: [...m.toolCalls, event.data] })) };
    case 'citation':
      return {
        ...state,
        messages: update(state.messages, k, (m) =>
          m.citations.some((c) => c.clauseId === event.data.clauseId) ? m : { ...m, citations: [...m.citations, event.data] },
        ),
      };
    case 'handoff':
      return { ...state, status: state.status === 'counsellor' ? state.status : 'queued', caseId: event.data.caseId };
    case 'done': {
      const { messageId, text, citations, status } = event.data;
      if (!text) return { ...state, busy: false, messages: state.messages.filter((m) => m.key !== k) };
      // The key stays the local one so the bubble is updated in place, not re-created.
      const messages = update(state.messages, k, (m) => ({
        ...m,
        messageId,
        text,
        citations: citations ?? m.citations,
        streaming: false,
        replaced: m.text !== '' && m.text.trim() !== text.trim(),
        status,
      }));
      return { ...state, busy: false, messages };
    }
    case 'error':
      return {
        ...state,
        busy: false,
        messages: update(state.messages, k, (m) => ({ ...m, streaming: false, error: event.data.message })),
      };
  }
}

function applyLiveEvent(state: ChatState, event: LiveEvent): ChatState {
  const p = event.payload;
  const has = (id: string | undefined) => !!id && state.messages.some((m) => m.messageId === id || m.key === id);
  switch (event.type) {
    case 'counsellor_joined':
    case 'counsellor_left': {
      const status = event.type === 'counsellor_joined' ? 'counsellor' : 'bot';
      if (!p.text || has(p.messageId)) return { ...state, status };
      const key = p.messageId ?? `live:${event.id ?? state.messages.length}`;
      return { ...state, status, messages: [...state.messages, { key, messageId: p.messageId, role: 'system', text: p.text, citations: [], toolCalls: [] }] };
    }
    case 'message': {
      // The seeker's own words come back on this stream while a counsellor holds the chat: already shown.
      if (p.role !== 'counsellor' || !p.text || has(p.messageId)) return state;
      const key = p.messageId ?? `live:${event.id ?? state.messages.length}`;
      return {
        ...state,
        messages: [
          ...state.messages,
          { key, messageId: p.messageId, role: 'counsellor', text: p.text, citations: p.citations ?? [], toolCalls: [], ...(p.counsellor ? { author: p.counsellor } : {}) },
        ],
      };
    }
    case 'handoff':
      return { ...state, status: state.status === 'counsellor' ? state.status : 'queued', caseId: p.caseId ?? state.caseId };
    default:
      return state;
  }
}

function update(messages: ChatMessage[], key: string, fn: (m: ChatMessage) => ChatMessage): ChatMessage[] {
  return messages.map((m) => (m.key === key ? fn(m) : m));
}
