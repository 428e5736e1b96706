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

/**
 * An embeddings endpoint that behaves as DashScope's compatible mode does for text-embedding-v3/v4:
 * at most `maxInputs` inputs per request (10 there; "最大行数" in 百炼's OpenAI-compatible
 * embeddings page, help.aliyun.com/document_detail/2975738.html), more answered with its 400 — the
 * body as reported in jjyaoao/HelloAgents#27 and garrytan/gbrain#1199. Vectors are the local
 * embedding (deterministic), usage is one token per character.
 */
export function dashScopeEmbeddings(app: Hono, { maxInputs = 10, embed }: { maxInputs?: number; embed: (text: string) => number[] }) {
  const batches: number[] = [];
  app.post('/v1/embeddings', async (c) => {
    const body = await c.req.json();
    const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
    batches.push(inputs.length);
    if (inputs.length > maxInputs) {
      const id = crypto.randomUUID();
      return c.json(
        {
          error: {
            message: `<400> InternalError.Algo.InvalidParameter: Value error, batch size is invalid, it should not be larger than ${maxInputs}.: input.contents`,
            type: 'InvalidParameter',
            param: null,
            code: 'InvalidParameter',
          },
          id,
          request_id: id,
        },
        400,
      );
    }
    const tokens = inputs.reduce((n, t) => n + [...t].length, 0);
    return c.json({ ...embeddingsResponse(inputs.map(embed), body.encoding_format), usage: { prompt_tokens: tokens, total_tokens: tokens } });
  });
  return { batches };
}
