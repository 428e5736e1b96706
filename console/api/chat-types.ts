/** Shapes of the public chat API: the contract's own types (server/contract), not copies. */
export type { Citation, Clause } from '../../server/contract/policy.ts';
export type { LiveEvent, Role, ToolCall, Transcript, TranscriptMessage, TurnEvent } from '../../server/contract/chat.ts';
