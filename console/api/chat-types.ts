/** Shapes of the public chat API (DESIGN.md contracts; server/routes/chat.ts). */

export interface Citation {
  clauseId: string;
  title: string;
  quote: string;
}

export interface ToolCall {
  name: string;
  input: unknown;
  output: unknown;
}

export type Role = 'seeker' | 'assistant' | 'counsellor' | 'system';

/** One message of GET /api/chat/sessions/:id/messages. */
export interface TranscriptMessage {
  messageId: string;
  role: Role;
  text: string;
  citations?: Citation[] | null;
  toolCalls?: ToolCall[] | null;
  status?: string;
  createdAt?: string;
  /** Counsellor messages may name their author. */
  counsellor?: string;
  author?: string | null;
}

export interface Transcript {
  status: string;
  messages: TranscriptMessage[];
}

/** Events of POST …/messages with Accept: text/event-stream. */
export type TurnEvent =
  | { event: 'delta'; data: { text: string } }
  /** Discard what was streamed of this answer: it starts again (the server's model was replaced). */
  | { event: 'reset'; data: { reason: string } }
  | { event: 'tool'; data: ToolCall }
  | { event: 'citation'; data: Citation }
  | { event: 'handoff'; data: { caseId: string; reason: string } }
  | { event: 'done'; data: { messageId: string; text: string; citations: Citation[]; status?: string } }
  | { event: 'error'; data: { code: string; message: string } };

/** Events of GET …/events (what happens next in the conversation, from the live bus). */
export interface LiveEvent {
  id?: string;
  type: string;
  payload: {
    caseId?: string;
    messageId?: string;
    role?: Role;
    text?: string;
    citations?: Citation[];
    counsellor?: string;
    reason?: string;
    priority?: number;
  };
}

export interface Clause {
  clauseId: string;
  title: string;
  section?: string;
  path?: string;
  text: string;
  units?: string[];
  document?: { docKey: string; number?: string; title?: string; planTitle?: string; issuer?: string; issuedOn?: string };
}
