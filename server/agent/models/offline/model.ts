import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import { BaseChatModel, type BaseChatModelCallOptions, type BindToolsInput } from '@langchain/core/language_models/chat_models';
import { AIMessage, AIMessageChunk, type BaseMessage, type ToolCall } from '@langchain/core/messages';
import { ChatGenerationChunk, type ChatResult } from '@langchain/core/outputs';
import type { Runnable } from '@langchain/core/runnables';
import { randomUUID } from 'node:crypto';
import { compose, type ToolOutcome } from '../../../dialogue/answer/compose.ts';
import { initialState } from '../../../dialogue/state.ts';
import { type DialogueTurn, planTurn } from '../../../dialogue/turn.ts';
import { toolCallFor } from './calls.ts';

export const OFFLINE_MODEL_NAME = 'offline-rules-v2';

interface OfflineOptions {
  /** The day the turn runs on (Asia/Shanghai), for relative dates such as 今年毕业. */
  asOf: string;
  /** The dialogue manager's plan for this turn (server/dialogue/turn.ts); planned from the last message alone when absent. */
  turn?: DialogueTurn;
  toolNames?: string[];
}

const textOf = (m: BaseMessage) => (typeof m.content === 'string' ? m.content : m.content.map((p: any) => p.text ?? '').join(''));

/**
 * The offline model: a LangChain chat model with `bindTools`, fully deterministic. It carries out
 * the dialogue manager's plan: first call, the planned tool calls (or, for small talk, the words);
 * second call, the answer composed from the tool results (server/dialogue/answer). It never writes
 * a number of its own.
 */
export class OfflineChatModel extends BaseChatModel<BaseChatModelCallOptions, AIMessageChunk> {
  readonly asOf: string;
  readonly toolNames: string[];
  readonly turn?: DialogueTurn;

  constructor(opts: OfflineOptions) {
    super({});
    this.asOf = opts.asOf;
    this.toolNames = opts.toolNames ?? [];
    this.turn = opts.turn;
  }

  _llmType() {
    return 'offline';
  }

  override bindTools(tools: BindToolsInput[]): Runnable<any, AIMessageChunk, BaseChatModelCallOptions> {
    const names = tools.map((t: any) => t.name ?? t.function?.name).filter(Boolean);
    return new OfflineChatModel({ asOf: this.asOf, turn: this.turn, toolNames: names }) as unknown as Runnable<any, AIMessageChunk, BaseChatModelCallOptions>;
  }

  private turnFor(messages: BaseMessage[]): DialogueTurn {
    if (this.turn) return this.turn;
    const lastHuman = messages.findLast((m) => m._getType() === 'human');
    return planTurn({ text: lastHuman ? textOf(lastHuman) : '', state: initialState(), seekerFacts: {}, asOf: this.asOf });
  }

  /** The decision for this point of the turn: tool calls, or the final text. */
  respond(messages: BaseMessage[]): AIMessage {
    const turn = this.turnFor(messages);
    const lastHuman = messages.findLastIndex((m) => m._getType() === 'human');
    const after = messages.slice(lastHuman + 1);
    const toolMessages = after.filter((m) => m._getType() === 'tool');
    const question = lastHuman >= 0 ? textOf(messages[lastHuman]!) : '';
    if (toolMessages.length > 0) {
      const calls = new Map<string, ToolCall>();
      for (const m of after) for (const c of (m as AIMessage).tool_calls ?? []) calls.set(c.id!, c);
      const outcomes: ToolOutcome[] = toolMessages.map((m: any) => {
        const call = calls.get(m.tool_call_id);
        return { name: m.name ?? call?.name ?? '', input: call?.args, output: safeJson(textOf(m)) };
      });
      const composed = compose(turn.compose, outcomes, question);
      turn.asked = composed.asked;
      turn.lead = composed.lead;
      return new AIMessage({ content: composed.text });
    }
    const planned = turn.calls.map(toolCallFor).filter((c) => this.toolNames.length === 0 || this.toolNames.includes(c.name));
    if (!planned.length) {
      const composed = compose(turn.compose, [], question);
      turn.asked = composed.asked;
      return new AIMessage({ content: composed.text });
    }
    return new AIMessage({ content: '', tool_calls: planned.map((c) => ({ name: c.name, args: c.args, id: `call_${randomUUID()}`, type: 'tool_call' as const })) });
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
