import { OpenAIEmbeddings } from '@langchain/openai';
import { EMBEDDING_DIM } from '../db/schema/columns.ts';
import type { Embedder } from './embedder.ts';

/**
 * Any OpenAI-compatible embeddings endpoint through LangChain, asked for EMBEDDING_DIM dimensions
 * so the schema holds. A server that ignores `dimensions` and returns another size is refused
 * loudly rather than stored.
 */
export function openAIEmbedder(opts: { baseURL: string; apiKey?: string; model: string; timeoutMs?: number }): Embedder {
  const client = new OpenAIEmbeddings({
    model: opts.model,
    dimensions: EMBEDDING_DIM,
    apiKey: opts.apiKey || 'not-needed',
    configuration: { baseURL: opts.baseURL },
    timeout: opts.timeoutMs ?? 30_000,
    maxRetries: 2,
  });
  const check = (v: number[]) => {
    if (v.length !== EMBEDDING_DIM) {
      throw new Error(`Embedding model ${opts.model} returned ${v.length} dimensions; ${EMBEDDING_DIM} are required`);
    }
    return v;
  };
  return {
    model: `openai:${opts.model}`,
    embedDocuments: async (texts) => (await client.embedDocuments(texts)).map(check),
    embedQuery: async (text) => check(await client.embedQuery(text)),
  };
}
