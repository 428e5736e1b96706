import type { Config } from '../config.ts';
import type { Embedder } from './embedder.ts';
import { localEmbedder } from './local.ts';
import { openAIEmbedder } from './openai.ts';

export type { Embedder } from './embedder.ts';

/** The configured embedder: an OpenAI-compatible endpoint when EMBEDDINGS_BASE_URL is set, else local. */
export function createEmbedder(config: Pick<Config, 'EMBEDDINGS_BASE_URL' | 'EMBEDDINGS_API_KEY' | 'EMBEDDINGS_MODEL'>): Embedder {
  if (config.EMBEDDINGS_BASE_URL && config.EMBEDDINGS_MODEL) {
    return openAIEmbedder({ baseURL: config.EMBEDDINGS_BASE_URL, apiKey: config.EMBEDDINGS_API_KEY, model: config.EMBEDDINGS_MODEL });
  }
  return localEmbedder();
}
