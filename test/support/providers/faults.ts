import type { Context } from 'hono';
import type { Responder } from './harness.ts';
import { openaiFrames } from './openai.ts';
import { errorResponse, type Frame, pieces, writeFrames } from './wire.ts';

/**
 * The ways real servers misbehave, as Responders for a script (they ignore the provider's
 * encoding). Each says where the behaviour is documented or reported.
 */

/**
 * Streams the role chunk and the first content pieces, then goes silent. `keepAlive` writes
 * `: keep-alive` comments meanwhile, which DeepSeek documents for a loaded server ("Streaming
 * requests: Continuously return SSE keep-alive comments", api-docs.deepseek.com/quick_start/rate_limit,
 * for up to 10 minutes); issue 15: "a model that stalls after its first chunks held the turn 25 s
 * with a 5 s timeout, and the seeker's next message got 409".
 */
export const stallAfter = (text: string, ms: number, opts: { keepAlive?: boolean } = {}): Responder => (body, c) => {
  const frames = openaiFrames({ text }, body).slice(0, 1 + pieces(text, 4).length);
  return writeFrames(c, [...frames, { stall: ms, every: opts.keepAlive ? 200 : 0 }]);
};

/**
 * A rate-limit refusal with Retry-After (seconds). Bodies as the providers send them:
 * - OpenAI, https://platform.openai.com/docs/guides/error-codes : 429 "Rate limit reached for
 *   requests", `{"error":{"message":…,"type":"requests","param":null,"code":"rate_limit_exceeded"}}`.
 * - DashScope (Model Studio error codes): 429 `Throttling.RateQuota` / `limit_requests`,
 *   "Requests rate limit exceeded, please try again later."
 * - DeepSeek (platform.deepseek.com/api-docs/quick_start/rate_limit, older text): "you may receive
 *   429 (Rate Limit Reached) or 503 (Server Overloaded). When this happens, please wait for a while
 *   and retry."
 */
export const rateLimited = (retryAfterSeconds: number, flavour: 'openai' | 'dashscope' = 'openai'): Responder => (_body, c) =>
  errorResponse(
    c,
    429,
    flavour === 'openai'
      ? { error: { message: 'Rate limit reached for requests. Please try again in 1s.', type: 'requests', param: null, code: 'rate_limit_exceeded' } }
      : { error: { message: 'Requests rate limit exceeded, please try again later.', type: 'limit_requests', param: null, code: 'limit_requests' }, request_id: 'b2c3-stub' },
    { 'retry-after': String(retryAfterSeconds) },
  );

/** 503 Server Overloaded (DeepSeek's error codes; vLLM behind a gateway answers the same when its queue is full). */
export const overloaded = (): Responder => (_body, c) =>
  errorResponse(c, 503, { error: { message: 'Service is too busy. Please try again later.', type: 'service_unavailable_error', param: null, code: 'server_overloaded' } });

/**
 * A tool call whose arguments were cut by max_tokens: the JSON stops mid-string and the finish
 * reason is `length` (OpenAI API reference, `finish_reason`: "`length` if the maximum number of
 * tokens specified in the request was reached"). Issue 15: "truncated JSON arguments are silently
 * 'repaired' and executed".
 */
export const cutByLength = (name: string, partialArgs: string): Responder => (body, c) =>
  writeFrames(c, openaiFrames({ calls: [{ name, args: partialArgs }], finish: 'length' }, body));

/** Sends these frames verbatim (a one-off wire shape). */
export const raw = (frames: Frame[] | ((body: any) => Frame[])): Responder => (body, c: Context) => writeFrames(c, typeof frames === 'function' ? frames(body) : frames);

/**
 * An error event inside a 200 stream after some text. DashScope's output moderation stops a
 * stream with "Output data may contain inappropriate content" (help.aliyun.com/zh/model-studio/
 * error-code#inappropriate-content; raised mid-stream in 666ghj/BettaFish#572's traces); OpenAI
 * sends `data: {"error": {...}}` the same way, which the openai SDK turns into an APIError
 * (openai/core/streaming.js: `if (data && data.error) throw new APIError(…)`). The body shape here
 * is OpenAI's; DashScope's exact in-stream shape is not documented.
 */
export const errorEventAfter = (text: string, error = { code: 'data_inspection_failed', message: 'Output data may contain inappropriate content.', type: 'data_inspection_failed', param: null }): Responder => (body, c) =>
  writeFrames(c, [...openaiFrames({ text }, body).slice(0, 1 + pieces(text, 4).length), { data: { error } }]);
