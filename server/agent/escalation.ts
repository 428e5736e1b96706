/**
 * How the agent hands a conversation to a person. The agent says why; casework decides what that
 * means (a case in the queue, its source and place in it: server/cases/open-case.ts
 * `caseEscalation`), and is wired in where the turn's dependencies are built (server/app.ts). The
 * agent never imports casework: casework runs the agent (the copilot), not the reverse.
 */

/**
 * `distress`: the screen read distress in the seeker's words (a person at once); `requested`: the
 * seeker asked for a person (转人工); `agent`: the model called request_counsellor.
 */
export type EscalationCause = 'distress' | 'requested' | 'agent';

export interface Escalation {
  conversationId: string;
  seekerId: string;
  /** Why, in Chinese, as the counsellor's queue shows it. */
  reason: string;
  cause: EscalationCause;
}

/** Opens the conversation's case, or finds the one already open, and says which it is. */
export type Escalate = (escalation: Escalation) => Promise<{ caseId: string }>;
