import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import { BaseChatModel, type BaseChatModelCallOptions, type BindToolsInput } from '@langchain/core/language_models/chat_models';
import { AIMessage, AIMessageChunk, type BaseMessage, type ToolCall } from '@langchain/core/messages';
import { ChatGenerationChunk, type ChatResult } from '@langchain/core/outputs';
import type { Runnable } from '@langchain/core/runnables';
import { randomUUID } from 'node:crypto';
import { composeAnswer, type ToolOutcome } from './compose.ts';
import { extractEmployerFacts, extractPersonFacts } from './extract-facts.ts';
import { understand } from './intents.ts';

export const OFFLINE_MODEL_NAME = 'offline-rules-v1';

interface OfflineOptions {
  /** The day the turn runs on (Asia/Shanghai), for relative dates such as 今年毕业. */
  asOf: string;
  toolNames?: string[];
}

const textOf = (m: BaseMessage) => (typeof m.content === 'string' ? m.content : m.content.map((p: any) => p.text ?? '').join(''));

/**
 * The offline model: a LangChain chat model with `bindTools`, fully deterministic. First call of a
 * turn: reads the seeker's words, extracts person (or employer) facts, recognises intents and asks
 * for the matching tools. Second call: composes the answer from the tool results with the
 * templates in prompts/. It never writes a number of its own.
 */
export class OfflineChatModel extends BaseChatModel<BaseChatModelCallOptions, AIMessageChunk> {
  readonly asOf: string;
  readonly toolNames: string[];

  constructor(opts: OfflineOptions) {
    super({});
    this.asOf = opts.asOf;
    this.toolNames = opts.toolNames ?? [];
  }

  _llmType() {
    return 'offline';
  }

  override bindTools(tools: BindToolsInput[]): Runnable<any, AIMessageChunk, BaseChatModelCallOptions> {
    const names = tools.map((t: any) => t.name ?? t.function?.name).filter(Boolean);
    return new OfflineChatModel({ asOf: this.asOf, toolNames: names }) as unknown as Runnable<any, AIMessageChunk, BaseChatModelCallOptions>;
  }

  /** The decision for this point of the turn: tool calls, or the final text. */
  respond(messages: BaseMessage[]): AIMessage {
    const lastHuman = messages.findLastIndex((m) => m._getType() === 'human');
    const turn = messages.slice(lastHuman + 1);
    const toolMessages = turn.filter((m) => m._getType() === 'tool');
    if (toolMessages.length > 0) {
      const names = new Map<string, string>();
      for (const m of turn) for (const c of (m as AIMessage).tool_calls ?? []) names.set(c.id!, c.name);
      const outcomes: ToolOutcome[] = toolMessages.map((m: any) => ({ name: m.name ?? names.get(m.tool_call_id) ?? '', output: safeJson(textOf(m)) }));
      return new AIMessage({ content: composeAnswer(outcomes) });
    }
    const text = lastHuman >= 0 ? textOf(messages[lastHuman]!) : '';
    return new AIMessage({ content: '', tool_calls: this.plan(text, messages) });
  }

  private plan(text: string, messages: BaseMessage[]): ToolCall[] {
    const calls: ToolCall[] = [];
    const add = (name: string, args: Record<string, unknown>) => {
      if (this.toolNames.length === 0 || this.toolNames.includes(name)) calls.push({ name, args, id: `call_${randomUUID()}`, type: 'tool_call' });
    };
    const humanText = messages.filter((m) => m._getType() === 'human').map(textOf).join('\n');
    const employer = extractEmployerFacts(humanText, this.asOf);
    const facts = employer ? {} : extractPersonFacts(text, this.asOf);
    const u = understand(text, this.asOf);
    // A reply that only states facts (“户口在重庆，已经登记失业了”) continues the eligibility check.
    const asks = /[?？吗呢]|怎么|如何|什么|哪|多少|几|能不能|可不可以|是否/.test(text);
    const factsOnly = Object.keys(facts).length > 0 && u.intents.length === 1 && u.intents[0] === 'policy' && !asks;
    if (Object.keys(facts).length) add('record_profile_facts', { facts });
    const intents = factsOnly ? ['eligibility'] : u.intents;
    for (const intent of intents) {
      if (intent === 'eligibility') {
        const codes = factsOnly ? [] : u.benefitCodes;
        add('check_eligibility', { ...(codes.length ? { benefitCodes: codes } : {}), ...(employer ? { employer } : {}) });
        // A question about one benefit also gets the clause it rests on, quoted.
        if (u.benefitCodes.length && !factsOnly) add('search_policy', { query: text.slice(0, 500), k: 1 });
      }
      if (intent === 'jobs') add('match_vacancies', { k: 5, ...(u.interest ? { intent: u.interest } : {}) });
      if (intent === 'training') add('recommend_training', { k: 5, ...(u.interest ? { interest: u.interest } : {}) });
      if (intent === 'events') add('list_events', u.month ? { month: u.month } : {});
      if (intent === 'policy') add('search_policy', { query: text.slice(0, 500), k: 3 });
    }
    return calls;
  }

  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const message = this.respond(messages);
    return { generations: [{ text: textOf(message), message }] };
  }

  /** Streams the composed text line by line, as a remote model would stream tokens. */
  override async *_streamResponseChunks(messages: BaseMessage[], _options: this['ParsedCallOptions'], runManager?: CallbackManagerForLLMRun) {
    const message = this.respond(messages);
    if (message.tool_calls?.length) {
      yield new ChatGenerationChunk({
        text: '',
        message: new AIMessageChunk({
          content: '',
          tool_call_chunks: message.tool_calls.map((c, index) => ({ name: c.name, args: JSON.stringify(c.args), id: c.id, index, type: 'tool_call_chunk' as const })),
        }),
      });
      return;
    }
    for (const piece of textOf(message).split(/(?<=\n)/)) {
      const chunk = new ChatGenerationChunk({ text: piece, message: new AIMessageChunk({ content: piece }) });
      yield chunk;
      await runManager?.handleLLMNewToken(piece, undefined, undefined, undefined, undefined, { chunk });
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { error: text };
  }
}
