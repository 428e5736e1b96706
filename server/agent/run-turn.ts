import { today } from '../rules/dates.ts';
import type { TurnContext, TurnDeps, TurnEvent } from './context.ts';
import { acceptTurn, answerTurn } from './pipeline.ts';

export interface TurnRequest {
  conversationId: string;
  seekerId: string;
  conversationStatus: string;
  text: string;
  requestId?: string;
}

/** The context a turn (or a copilot draft) starts from, over the seeker's `text`. */
export function newTurnContext(
  deps: TurnDeps,
  init: Pick<TurnContext, 'conversationId' | 'seekerId' | 'conversationStatus' | 'emit'> & { text: string; questionId?: string; requestId?: string },
): TurnContext {
  return {
    deps,
    conversationId: init.conversationId,
    seekerId: init.seekerId,
    conversationStatus: init.conversationStatus,
    requestId: init.requestId,
    asOf: today(),
    startedAt: Date.now(),
    startedAtPerf: performance.now(),
    rawText: init.text,
    text: init.text,
    questionId: init.questionId,
    retrieved: [],
    toolCalls: [],
    answer: '',
    citations: [],
    model: '',
    promptVersion: '',
    steps: [],
    searches: new Map(),
    emit: init.emit,
  };
}

/**
 * Starts a turn: accepted (stored, turn taken) before this resolves, so the caller can still answer
 * 409; the answer then runs to the end whether or not anyone is still listening.
 */
export async function startTurn(deps: TurnDeps, req: TurnRequest, emit: (e: TurnEvent) => void) {
  const ctx = newTurnContext(deps, { ...req, emit });
  await acceptTurn(ctx);
  return { ctx, done: answerTurn(ctx) };
}
