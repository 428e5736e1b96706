import { ChatOpenAI } from '@langchain/openai';

/**
 * Any OpenAI-compatible chat endpoint (OpenAI, DeepSeek, Qwen/DashScope compatible mode, vLLM,
 * Ollama, lmdeploy) through LangChain. The client itself never retries: the tool loop retries a
 * 429 or 5xx before the first chunk within the turn's budget (server/agent/loop/call-model.ts).
 * `extraBody` goes into every request (a provider's switch for its thinking mode). Token usage is
 * asked for (`stream_options.include_usage`) and recorded per turn.
 */
export function openAIChatModel(opts: { baseURL: string; apiKey?: string; model: string; timeoutMs: number; extraBody?: Record<string, unknown> }) {
  return new ChatOpenAI({
    model: opts.model,
    apiKey: opts.apiKey || 'not-needed',
    configuration: { baseURL: opts.baseURL },
    timeout: opts.timeoutMs,
    maxRetries: 0,
    temperature: 0.2,
    streaming: true,
    streamUsage: true,
    ...(opts.extraBody ? { modelKwargs: opts.extraBody } : {}),
  });
}

/** Asks an OpenAI-compatible server for its model list: up, and the key accepted? */
export async function probeChatServer(baseURL: string, apiKey: string | undefined, timeoutMs: number): Promise<void> {
  const res = await fetch(`${baseURL.replace(/\/+$/, '')}/models`, {
    headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
    signal: AbortSignal.timeout(timeoutMs),
  });
  await res.body?.cancel();
  // A server without the list (404/405) still answered; a refused key or a server error did not.
  if (res.status === 401 || res.status === 403) throw new Error(`the key was refused (${res.status})`);
  if (res.status >= 500 || res.status === 429) throw new Error(`the server answered ${res.status}`);
}
