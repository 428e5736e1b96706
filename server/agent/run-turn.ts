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

/**
 * Starts a turn: accepted (stored, turn taken) before this resolves, so the caller can still answer
 * 409; the answer then runs to the end whether or not anyone is still listening.
 */
export async function startTurn(deps: TurnDeps, req: TurnRequest, emit: (e: TurnEvent) => void) {
  const ctx: TurnContext = {
    deps,
    conversationId: req.conversationId,
    seekerId: req.seekerId,
    conversationStatus: req.conversationStatus,
    requestId: req.requestId,
    asOf: today(),
    startedAt: Date.now(),
    startedAtPerf: performance.now(),
    rawText: req.text,
    text: req.text,
    retrieved: [],
    toolCalls: [],
    answer: '',
    citations: [],
    model: '',
    promptVersion: '',
    steps: [],
    searches: new Map(),
    emit,
  };
  await acceptTurn(ctx);
  return { ctx, done: answerTurn(ctx) };
}
