import { OpenAIEmbeddings } from '@langchain/openai';
import { EMBEDDING_DIM } from '../db/schema/columns.ts';
import type { Embedder, EmbeddingUsage, EmbeddingUse } from './embedder.ts';

/**
 * Inputs per embeddings request unless EMBEDDINGS_BATCH_SIZE says otherwise. DashScope's
 * compatible mode takes at most 10 for text-embedding-v3/v4 (25 for v1/v2) and answers more with
 * 400 `batch size is invalid, it should not be larger than 10`; OpenAI takes 2048, vLLM and Ollama
 * any number. 10 works everywhere; LangChain's own default (512) broke DashScope.
 */
export const DEFAULT_EMBEDDINGS_BATCH_SIZE = 10;
/** Ingest, import and re-embedding: a document batch may wait this long per request (retried twice). */
export const DEFAULT_EMBEDDINGS_TIMEOUT_MS = 30_000;
/** A seeker's query: this long, one attempt, then retrieval goes on with full-text alone (query.ts). */
export const DEFAULT_EMBEDDINGS_QUERY_TIMEOUT_MS = 3_000;
/** Document requests in flight at once (LangChain's default; polite to rate-limited providers). */
const DOCUMENT_CONCURRENCY = 2;
const PROBE_TEXT = '健康检查';

export interface OpenAIEmbedderOptions {
  baseURL: string;
  apiKey?: string;
  model: string;
  batchSize?: number;
  timeoutMs?: number;
  queryTimeoutMs?: number;
}

interface EmbeddingResponse {
  data: { index?: number; embedding: ArrayLike<number> }[];
  usage?: { prompt_tokens?: number; total_tokens?: number };
}

/** LangChain's client with its retrying request open, so the whole response (and its `usage`) is seen. */
class Client extends OpenAIEmbeddings {
  send(params: Parameters<OpenAIEmbeddings['embeddingWithRetry']>[0]) {
    return this.embeddingWithRetry(params);
  }
}

/**
 * Any OpenAI-compatible embeddings endpoint through LangChain, asked for EMBEDDING_DIM dimensions
 * so the schema holds. A server that ignores `dimensions` and returns another size is refused
 * loudly rather than stored.
 *
 * Two clients: documents go out `batchSize` inputs per request, two requests at a time, with
 * retries and a long timeout; a seeker's query is one attempt with a short timeout and no queue
 * (a failed query costs that search its vector ranker, not the turn: query.ts). Both go through
 * LangChain's `embeddingWithRetry` so the server's `usage` is kept (its `embedDocuments` drops it).
 */
export function openAIEmbedder(opts: OpenAIEmbedderOptions): Embedder {
  const batchSize = opts.batchSize ?? DEFAULT_EMBEDDINGS_BATCH_SIZE;
  const queryTimeoutMs = opts.queryTimeoutMs ?? DEFAULT_EMBEDDINGS_QUERY_TIMEOUT_MS;
  const common = { model: opts.model, dimensions: EMBEDDING_DIM, apiKey: opts.apiKey || 'not-needed', configuration: { baseURL: opts.baseURL } };
  const documents = new Client({ ...common, batchSize, timeout: opts.timeoutMs ?? DEFAULT_EMBEDDINGS_TIMEOUT_MS, maxRetries: 2, maxConcurrency: DOCUMENT_CONCURRENCY });
  const queries = new Client({ ...common, batchSize: 1, timeout: queryTimeoutMs, maxRetries: 0, maxConcurrency: Infinity });

  const zero = () => ({ documents: 0, query: 0, probe: 0 });
  const totals: EmbeddingUsage = { requests: zero(), inputs: zero(), tokens: zero() };
  const check = (v: ArrayLike<number>): number[] => {
    if (v.length !== EMBEDDING_DIM) {
      throw new Error(`Embedding model ${opts.model} returned ${v.length} dimensions; ${EMBEDDING_DIM} are required`);
    }
    return Array.from(v);
  };
  const request = async (client: Client, use: EmbeddingUse, input: string[]): Promise<number[][]> => {
    totals.requests[use]++;
    totals.inputs[use] += input.length;
    // As LangChain's embedDocuments does: newlines hurt some older models.
    const params = { model: opts.model, dimensions: EMBEDDING_DIM, input: input.map((t) => t.replace(/\n/g, ' ')) };
    const res = (await client.send(params)) as unknown as EmbeddingResponse;
    const tokens = res.usage?.prompt_tokens ?? res.usage?.total_tokens;
    if (typeof tokens === 'number' && Number.isFinite(tokens)) totals.tokens[use] += tokens;
    if (!Array.isArray(res.data) || res.data.length !== input.length) {
      throw new Error(`Embedding model ${opts.model} returned ${Array.isArray(res.data) ? res.data.length : 0} vectors for ${input.length} inputs`);
    }
    // By `index` where the server gives it (the order of `data` is not promised).
    const ordered = res.data.every((d) => typeof d.index === 'number') ? [...res.data].sort((a, b) => a.index! - b.index!) : res.data;
    return ordered.map((d) => check(d.embedding));
  };

  return {
    model: `openai:${opts.model}`,
    async embedDocuments(texts) {
      const batches = Array.from({ length: Math.ceil(texts.length / batchSize) }, (_, i) => texts.slice(i * batchSize, (i + 1) * batchSize));
      return (await Promise.all(batches.map((b) => request(documents, 'documents', b)))).flat();
    },
    embedQuery: async (text) => (await request(queries, 'query', [text]))[0]!,
    remote: {
      baseURL: opts.baseURL,
      batchSize,
      queryTimeoutMs,
      async probe(timeoutMs) {
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        });
        try {
          await Promise.race([request(queries, 'probe', [PROBE_TEXT]), deadline]);
        } finally {
          clearTimeout(timer);
        }
      },
      usage: () => structuredClone(totals),
    },
  };
}
