import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import { BaseChatModel, type BaseChatModelCallOptions, type BindToolsInput } from '@langchain/core/language_models/chat_models';
import { AIMessage, AIMessageChunk, type BaseMessage, type ToolCall } from '@langchain/core/messages';
import { ChatGenerationChunk, type ChatResult } from '@langchain/core/outputs';
import type { Runnable } from '@langchain/core/runnables';
import { randomUUID } from 'node:crypto';
import { composeAnswer, type ToolOutcome } from './compose.ts';
import { extractEmployerFacts, extractPersonFacts } from './extract-facts.ts';
import { TOPIC_QUERIES, understand } from './intents.ts';
import { zh } from '../../../i18n/zh-CN/index.ts';
import type { BenefitCode } from '../../../rules/engine.ts';

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
      const calls = new Map<string, ToolCall>();
      for (const m of turn) for (const c of (m as AIMessage).tool_calls ?? []) calls.set(c.id!, c);
      const outcomes: ToolOutcome[] = toolMessages.map((m: any) => {
        const call = calls.get(m.tool_call_id);
        return { name: m.name ?? call?.name ?? '', input: call?.args, output: safeJson(textOf(m)) };
      });
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
    const humans = messages.filter((m) => m._getType() === 'human').map(textOf);
    const employer = extractEmployerFacts(humans.join('\n'), this.asOf);
    const facts = employer ? {} : extractPersonFacts(text, this.asOf);
    const u = understand(text, this.asOf);
    // A reply that only states facts (“户口在重庆，已经登记失业了”, “我们是小微企业，招了1个低保家庭的人”)
    // continues the eligibility check, about the benefits the conversation was asking about.
    const asks = /[?？吗呢嘛]|怎么|如何|什么|哪|多少|几|能不能|可不可以|是否|能否|有没有|有没得|是不是|咋|啥/.test(text);
    const statesFacts = Object.keys(facts).length > 0 || Object.keys(extractEmployerFacts(text, this.asOf) ?? {}).length > 0;
    const factsOnly = statesFacts && u.intents.length === 1 && u.intents[0] === 'policy' && !asks;
    const focus = factsOnly ? earlierFocus(humans.slice(0, -1), this.asOf) : u.benefitCodes;
    if (Object.keys(facts).length) add('record_profile_facts', { facts });
    const intents = factsOnly ? ['eligibility'] : u.intents;
    for (const intent of intents) {
      if (intent === 'dispute') {
        add('request_counsellor', { reason: zh.agent.handoffReasons.dispute });
        add('search_policy', { query: TOPIC_QUERIES.dispute, k: 2 });
      }
      if (intent === 'eligibility') {
        add('check_eligibility', { ...(focus.length ? { benefitCodes: focus } : {}), ...(employer ? { employer } : {}) });
        // A question about one benefit also gets the clause it rests on, quoted.
        if (u.benefitCodes.length && !factsOnly) add('search_policy', { query: text.slice(0, 500), k: 1 });
      }
      if (intent === 'jobs') add('match_vacancies', { k: 5, ...(u.interest ? { intent: u.interest } : {}) });
      if (intent === 'training') add('recommend_training', { k: 5, ...(u.interest ? { interest: u.interest } : {}) });
      if (intent === 'events') add('list_events', u.month ? { month: u.month } : {});
      if (intent === 'policy') add('search_policy', { query: text.slice(0, 500), k: 3 });
    }
    // Nothing that answers (a tool this deployment lacks, or only facts recorded): answer from the
    // policy, on the service standard of what was asked for if it was jobs or training.
    if (!calls.some((c) => c.name !== 'record_profile_facts')) {
      const topic = intents.find((i): i is 'jobs' | 'training' => i === 'jobs' || i === 'training');
      add('search_policy', { query: topic ? TOPIC_QUERIES[topic] : text.slice(0, 500), k: 3 });
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

/** The benefits the latest earlier question of the conversation named, if any. */
function earlierFocus(earlier: string[], asOf: string): BenefitCode[] {
  for (const t of earlier.toReversed()) {
    const codes = understand(t, asOf).benefitCodes;
    if (codes.length) return codes;
  }
  return [];
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { error: text };
  }
}
