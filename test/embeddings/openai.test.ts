import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDING_DIM } from '../../server/db/schema/columns.ts';
import { createEmbedder } from '../../server/embeddings/index.ts';
import { embedLocal } from '../../server/embeddings/local.ts';
import { embeddingsResponse, startOpenAIStub } from '../support/openai-stub.ts';

let stub: Awaited<ReturnType<typeof startOpenAIStub>>;
let dims = EMBEDDING_DIM;
beforeAll(async () => {
  stub = await startOpenAIStub((app) => {
    app.post('/v1/embeddings', async (c) => {
      const body = await c.req.json();
      const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
      // A deterministic "model": the local embedding, truncated to the size this test asks for.
      return c.json(embeddingsResponse(inputs.map((t) => embedLocal(t).slice(0, dims)), body.encoding_format));
    });
  });
});
afterAll(() => stub?.close());

describe('OpenAI-compatible embeddings through @langchain/openai', () => {
  it('is selected by EMBEDDINGS_BASE_URL and asks for the schema dimension', async () => {
    dims = EMBEDDING_DIM;
    const embedder = createEmbedder({ EMBEDDINGS_BASE_URL: stub.baseURL, EMBEDDINGS_MODEL: 'bge-m3', EMBEDDINGS_API_KEY: 'k' });
    expect(embedder.model).toBe('openai:bge-m3');
    const [v] = await embedder.embedDocuments(['灵活就业社保补贴']);
    expect(v).toHaveLength(EMBEDDING_DIM);
    expect(v![0]).toBeCloseTo(embedLocal('灵活就业社保补贴')[0]!, 5);
    const request = stub.seen.at(-1)!.body;
    expect(request).toMatchObject({ model: 'bge-m3', dimensions: EMBEDDING_DIM });
  });

  it('refuses vectors of another size instead of storing them', async () => {
    dims = 384;
    const embedder = createEmbedder({ EMBEDDINGS_BASE_URL: stub.baseURL, EMBEDDINGS_MODEL: 'small' });
    await expect(embedder.embedQuery('见习补贴')).rejects.toThrow(/384 dimensions; 512 are required/);
  });
});
