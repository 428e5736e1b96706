import { ChatOpenAI } from '@langchain/openai';

/**
 * Any OpenAI-compatible chat endpoint (OpenAI, DeepSeek, Qwen/DashScope compatible mode, vLLM,
 * Ollama) through LangChain. No retries here: a failed call falls back to the offline model for
 * the turn, which is faster for the seeker than a retry storm.
 */
export function openAIChatModel(opts: { baseURL: string; apiKey?: string; model: string; timeoutMs: number }) {
  return new ChatOpenAI({
    model: opts.model,
    apiKey: opts.apiKey || 'not-needed',
    configuration: { baseURL: opts.baseURL },
    timeout: opts.timeoutMs,
    maxRetries: 0,
    temperature: 0.2,
    streaming: true,
    streamUsage: false,
  });
}
