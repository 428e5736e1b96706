import type { Database } from '../db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import type { LiveBus } from '../live/bus.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { Escalate } from './escalation.ts';
import type { ChatModels } from './models/index.ts';
import type { TurnStatus } from './statuses.ts';
import type { Grounding } from './guardrails/grounding.ts';
import { type Screening, screenInput } from './guardrails/screen.ts';
import type { ClauseHit } from '../policy/search.ts';
import type { DialogueTurn } from '../dialogue/turn.ts';

export interface Citation {
  clauseId: string;
  title: string;
  quote: string;
}
export interface ToolCallRecord {
  name: string;
  input: unknown;
  output: unknown;
}

/** Events a turn sends to the seeker while it runs (SSE), named as in the contract. */
export type TurnEvent =
  | { event: 'delta'; data: { text: string } }
  /** Discard the text streamed so far in this turn: the answer starts again (ADR 0014). */
  | { event: 'reset'; data: { reason: 'fallback' | 'tool_limit' | 'reasoning' | 'grounding' } }
  | { event: 'tool'; data: ToolCallRecord }
  | { event: 'citation'; data: Citation }
  | { event: 'handoff'; data: { caseId: string; reason: string } }
  | { event: 'done'; data: { messageId: string; text: string; citations: Citation[]; status: TurnStatus } }
  | { event: 'error'; data: { code: string; message: string } };

export interface TurnDeps {
  database: Database;
  embedder: Embedder;
  bus: LiveBus;
  models: ChatModels;
  log: Logger;
  maxToolSteps: number;
  /** A person takes the conversation over (casework's queue; server/agent/escalation.ts). */
  escalate: Escalate;
  metrics?: Metrics;
  /** Hold back a sentence with a figure or a claim until it is checked (default on; off only to measure its cost). */
  holdBack?: boolean;
  /** Whether a counsellor is on duty now (the duty hours, server/wait); unset: always. */
  onDuty?: () => boolean;
}

/** Everything one turn knows and produces; each step reads and writes its part. */
export interface TurnContext {
  deps: TurnDeps;
  conversationId: string;
  seekerId: string;
  conversationStatus: string;
  /** The HTTP request that started the turn, for the logs. */
  requestId?: string;
  asOf: string;
  startedAt: number;
  /** performance.now() at the start, for sub-millisecond timings. */
  startedAtPerf?: number;
  /** The seeker's words as typed, then masked. Only `text` goes anywhere after redaction. */
  rawText: string;
  text: string;
  idFacts?: { birthDate: string; gender: 'male' | 'female' };
  questionId?: string;
  /** The screen's verdict on `text`, worked out once (start_retrieval needs it before screen_input). */
  screening?: Screening;
  /** The conversation before this question, oldest first (read when the question is stored); the last answer with its tool calls and citations. */
  history?: { id: string; role: string; text: string; toolCalls?: ToolCallRecord[]; citations?: Citation[] }[];
  /** The conversation's stored dialogue state as the turn began (null before its first turn). */
  dialogueStored?: unknown;
  /** The dialogue manager's reading of this turn (server/dialogue/turn.ts), set by `understand`. */
  dialogue?: DialogueTurn;
  /** A counsellor's copilot draft rather than the bot's answer. */
  copilot?: boolean;
  /** The seeker's stored facts as the turn began; tools that save facts replace them. */
  seekerFacts?: Record<string, unknown>;
  retrieved: { clauseId: string; title: string; text: string; score: number }[];
  toolCalls: ToolCallRecord[];
  answer: string;
  citations: Citation[];
  model: string;
  promptVersion: string;
  grounding?: Grounding & { regenerated: boolean; replaced: boolean };
  handoff?: { caseId: string; reason: string };
  status?: TurnStatus;
  answerMessageId?: string;
  /** The turn's outcome is stored (store_turn committed): its question is no longer pending. */
  stored?: boolean;
  steps: { name: string; ms: number; status?: string }[];
  /** The text the seeker has been shown so far in this turn (since the last `reset`). */
  shownText?: string;
  /** Why the remote model was replaced by the offline one, and what it had done by then. */
  fallback?: { cause: string; message: string; remoteToolCalls: { name: string; input: unknown }[] };
  /** Model calls retried before their first chunk: why, and how long the turn waited. */
  modelRetries?: { cause: string; waitMs: number }[];
  /** Tool calls not run (unknown tool, arguments not JSON or cut off), with the reason the model was given. */
  refusedCalls?: { name: string; reason: string }[];
  /** Epoch ms by which the remote model's calls of this turn must be done (its turn budget). */
  modelDeadline?: number;
  /** Tokens the remote model reported for this turn's calls. */
  usage?: { input: number; output: number; calls: number };
  /** Milliseconds from the turn's start to its first streamed text. */
  firstDeltaMs?: number;
  /** Clause search results of this turn by query, shared by the retrieval step and search_policy. */
  searches: Map<string, Promise<ClauseHit[]>>;
  emit(e: TurnEvent): void;
  signal?: AbortSignal;
}

/** A step does one job over the context; returning a status ends the turn there. */
export interface Step {
  name: string;
  run(ctx: TurnContext): Promise<TurnStatus | void>;
}

/** What ties a turn's log lines together: the seeker message that started it is the turn's id. */
export const turnLogIds = (ctx: TurnContext) => ({ turnId: ctx.questionId, conversationId: ctx.conversationId, requestId: ctx.requestId });

/** The screen's verdict on the turn's (masked) text, computed on first use. */
export const screeningOf = (ctx: TurnContext): Screening => (ctx.screening ??= screenInput(ctx.text));
