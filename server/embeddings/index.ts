import type { Config } from '../config.ts';
import type { Embedder } from './embedder.ts';
import { localEmbedder } from './local.ts';
import { openAIEmbedder } from './openai.ts';

export type { Embedder, EmbeddingUsage, EmbeddingUse, RemoteEmbedding } from './embedder.ts';

type EmbeddingsConfig = Pick<Config, 'EMBEDDINGS_BASE_URL' | 'EMBEDDINGS_API_KEY' | 'EMBEDDINGS_MODEL'> &
  Partial<Pick<Config, 'EMBEDDINGS_BATCH_SIZE' | 'EMBEDDINGS_TIMEOUT_MS' | 'EMBEDDINGS_QUERY_TIMEOUT_MS'>>;

/** The configured embedder: an OpenAI-compatible endpoint when EMBEDDINGS_BASE_URL is set, else local. */
export function createEmbedder(config: EmbeddingsConfig): Embedder {
  if (config.EMBEDDINGS_BASE_URL && config.EMBEDDINGS_MODEL) {
    return openAIEmbedder({
      baseURL: config.EMBEDDINGS_BASE_URL,
      apiKey: config.EMBEDDINGS_API_KEY,
      model: config.EMBEDDINGS_MODEL,
      batchSize: config.EMBEDDINGS_BATCH_SIZE,
      timeoutMs: config.EMBEDDINGS_TIMEOUT_MS,
      queryTimeoutMs: config.EMBEDDINGS_QUERY_TIMEOUT_MS,
    });
  }
  return localEmbedder();
}
