/** What retrieval and import need of an embedding model; `model` is stored with each vector. */
export interface Embedder {
  readonly model: string;
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
  /**
   * A remote embedder's operations side; absent for the offline local embedding, which cannot fail
   * and costs nothing. See query.ts (a seeker's query under a deadline, full-text when it fails) and
   * server/observability/model-health.ts (the health probe).
   */
  readonly remote?: RemoteEmbedding;
}

export interface RemoteEmbedding {
  /** The endpoint, for the health report (never the key). */
  readonly baseURL: string;
  /** Inputs per request (EMBEDDINGS_BATCH_SIZE). */
  readonly batchSize: number;
  /** How long a seeker's query may wait for its vector before retrieval goes on without it. */
  readonly queryTimeoutMs: number;
  /** One tiny embedding request within `timeoutMs`, no retry: does the model answer now? */
  probe(timeoutMs: number): Promise<void>;
  /** Totals since start of what the server reported (monotonic, for /metrics). */
  usage(): EmbeddingUsage;
}

export interface EmbeddingUsage {
  /** Requests sent, by what they embedded: `documents` (ingest, import, re-embedding), a seeker's `query`, or the health `probe`. */
  requests: Record<EmbeddingUse, number>;
  /** Inputs sent. */
  inputs: Record<EmbeddingUse, number>;
  /** `usage.prompt_tokens` (else `total_tokens`) summed over the responses that carry it. */
  tokens: Record<EmbeddingUse, number>;
}

export type EmbeddingUse = 'documents' | 'query' | 'probe';
