import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Config } from '../../config.ts';
import type { DialogueTurn } from '../../dialogue/turn.ts';
import { OFFLINE_MODEL_NAME, OfflineChatModel } from './offline/model.ts';
import { openAIChatModel } from './openai.ts';

export interface ChatModels {
  /** The configured model's name as stored on answers. */
  name: string;
  /** The model for a turn on `asOf`; the offline one (carrying out the turn's plan) when nothing is configured. */
  forTurn(asOf: string, turn?: DialogueTurn): BaseChatModel;
  /** The deterministic offline model: the default, and the fallback when a remote model fails. */
  offline(asOf: string, turn?: DialogueTurn): BaseChatModel;
  remote: boolean;
}

export function createChatModels(config: Pick<Config, 'LLM_BASE_URL' | 'LLM_API_KEY' | 'LLM_MODEL' | 'LLM_TIMEOUT_MS'>): ChatModels {
  const offline = (asOf: string, turn?: DialogueTurn) => new OfflineChatModel({ asOf, turn });
  if (config.LLM_BASE_URL && config.LLM_MODEL) {
    const remote = openAIChatModel({ baseURL: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY, model: config.LLM_MODEL, timeoutMs: config.LLM_TIMEOUT_MS });
    return { name: `openai:${config.LLM_MODEL}`, forTurn: () => remote, offline, remote: true };
  }
  return { name: OFFLINE_MODEL_NAME, forTurn: offline, offline, remote: false };
}
