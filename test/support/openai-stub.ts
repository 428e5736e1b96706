import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';

/**
 * A local OpenAI-compatible server for tests, so the real @langchain/openai client is exercised
 * over HTTP. Handlers are replaceable per test; requests are recorded.
 */
export async function startOpenAIStub(routes: (app: Hono, seen: { path: string; body: any }[]) => void) {
  const seen: { path: string; body: any }[] = [];
  const app = new Hono();
  app.use(async (c, next) => {
    seen.push({ path: c.req.path, body: c.req.method === 'POST' ? await c.req.raw.clone().json().catch(() => null) : null });
    await next();
  });
  routes(app, seen);
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    seen,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** An embeddings response in the base64 float32 encoding the OpenAI client asks for. */
export function embeddingsResponse(vectors: number[][], encoding: string | undefined) {
  return {
    object: 'list',
    model: 'stub-embed',
    data: vectors.map((v, index) => ({
      object: 'embedding',
      index,
      embedding: encoding === 'base64' ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v,
    })),
    usage: { prompt_tokens: 1, total_tokens: 1 },
  };
}
