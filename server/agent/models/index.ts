import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Config } from '../../config.ts';
import type { DialogueTurn } from '../../dialogue/turn.ts';
import { OFFLINE_MODEL_NAME, OfflineChatModel } from './offline/model.ts';
import { openAIChatModel, probeChatServer } from './openai.ts';

/** How long a turn's remote model calls may take (ADR 0014). */
export interface ModelLimits {
  callMs: number;
  idleMs: number;
  turnBudgetMs: number;
  retries: number;
}

export interface ChatModels {
  /** The configured model's name as stored on answers. */
  name: string;
  /** The model for a turn on `asOf`; the offline one (carrying out the turn's plan) when nothing is configured. */
  forTurn(asOf: string, turn?: DialogueTurn): BaseChatModel;
  /** The deterministic offline model: the default, and the fallback when a remote model fails. */
  offline(asOf: string, turn?: DialogueTurn): BaseChatModel;
  remote: boolean;
  limits: ModelLimits;
  /** What has been learnt about the remote model while it answered (loop/think.ts). */
  quirks: { reasoningFirst: boolean };
  /** A remote model only: does its server answer now (GET /models within `timeoutMs`)? For /healthz. */
  probe?(timeoutMs: number): Promise<void>;
  /** A remote model only: how the last turn's remote call ended (the tool loop records it). */
  lastRemoteTurn?(): RemoteTurnOutcome | undefined;
  recordRemoteTurn?(outcome: { answered: true } | { answered: false; cause: string }): void;
}

export interface RemoteTurnOutcome {
  answered: boolean;
  at: string;
  /** Why it fell back (ModelError kind), when it did. */
  cause?: string;
}

type ModelConfig = Pick<Config, 'LLM_BASE_URL' | 'LLM_API_KEY' | 'LLM_MODEL' | 'LLM_TIMEOUT_MS'> &
  Partial<Pick<Config, 'LLM_IDLE_TIMEOUT_MS' | 'LLM_TURN_BUDGET_MS' | 'LLM_RETRIES' | 'LLM_EXTRA_BODY' | 'LLM_REASONING_FIRST'>>;

export function createChatModels(config: ModelConfig): ChatModels {
  const offline = (asOf: string, turn?: DialogueTurn) => new OfflineChatModel({ asOf, turn });
  const limits: ModelLimits = {
    callMs: config.LLM_TIMEOUT_MS,
    idleMs: Math.min(config.LLM_IDLE_TIMEOUT_MS ?? 10_000, config.LLM_TIMEOUT_MS),
    turnBudgetMs: Math.max(config.LLM_TURN_BUDGET_MS ?? 60_000, config.LLM_TIMEOUT_MS),
    retries: config.LLM_RETRIES ?? 2,
  };
  if (config.LLM_BASE_URL && config.LLM_MODEL) {
    const remote = openAIChatModel({
      baseURL: config.LLM_BASE_URL,
      apiKey: config.LLM_API_KEY,
      model: config.LLM_MODEL,
      timeoutMs: config.LLM_TIMEOUT_MS,
      extraBody: config.LLM_EXTRA_BODY,
    });
    let last: RemoteTurnOutcome | undefined;
    const baseURL = config.LLM_BASE_URL;
    return {
      name: `openai:${config.LLM_MODEL}`,
      forTurn: () => remote,
      offline,
      remote: true,
      limits,
      quirks: { reasoningFirst: config.LLM_REASONING_FIRST ?? false },
      probe: (timeoutMs) => probeChatServer(baseURL, config.LLM_API_KEY, timeoutMs),
      lastRemoteTurn: () => last,
      recordRemoteTurn: (o) => {
        last = { answered: o.answered, at: new Date().toISOString(), ...(o.answered ? {} : { cause: o.cause }) };
      },
    };
  }
  return { name: OFFLINE_MODEL_NAME, forTurn: offline, offline, remote: false, limits, quirks: { reasoningFirst: false } };
}
