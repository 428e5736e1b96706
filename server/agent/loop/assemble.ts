import type { ToolCallChunk } from '@langchain/core/messages/tool';

/** A tool call as the model sent it, assembled from its streamed pieces. */
export interface AssembledCall {
  id: string;
  name: string;
  /** The arguments as sent: parsed when they are a JSON object, else the error says why not. */
  args: Record<string, unknown>;
  rawArgs: string;
  error?: string;
}

interface Building {
  id: string;
  name: string;
  args: string;
}

/**
 * Assembles streamed tool-call pieces the way each OpenAI-compatible server sends them:
 * - OpenAI: the first piece of a call has `index`, `id` and `name`; later pieces only `index` and argument text.
 * - Qwen/DashScope compatible mode: `id` and `name` repeated on every piece of the same call.
 * - Ollama: a whole call in one piece.
 * - lmdeploy and sglang: several calls reusing `index: 0`, told apart by a new `id` or a new `name`.
 * - Servers that send no `id` at all: one is made up, so the tool's answer can be tied to its call.
 * Nothing is parsed until the reply has ended; arguments that are not a JSON object are kept with
 * an error for the model, never "repaired" and run.
 */
export class ToolCallAssembler {
  private calls: Building[] = [];
  /** The call each server index currently writes to. */
  private byIndex = new Map<number | string, Building>();
  private made = 0;

  constructor(private readonly idPrefix = 'call') {}

  push(pieces: readonly ToolCallChunk[] | undefined) {
    for (const piece of pieces ?? []) this.add(piece);
  }

  private add(piece: ToolCallChunk) {
    const key = piece.index ?? (piece.id ? `id:${piece.id}` : 'none');
    const current = this.byIndex.get(key);
    const args = piece.args ?? '';
    if (current && continues(current, piece)) {
      if (piece.name && !current.name) current.name = piece.name;
      current.args += args;
      return;
    }
    if (!current && !piece.name && !piece.id && this.calls.length) {
      // An argument piece for an index nobody opened: the last call is the only sensible owner.
      this.calls.at(-1)!.args += args;
      return;
    }
    const call: Building = { id: piece.id || `${this.idPrefix}_${++this.made}`, name: piece.name ?? '', args };
    this.calls.push(call);
    this.byIndex.set(key, call);
  }

  get count() {
    return this.calls.length;
  }

  finish(): AssembledCall[] {
    return this.calls.map(({ id, name, args }) => {
      const text = args.trim() || '{}';
      try {
        const parsed = JSON.parse(text);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return { id, name, args: parsed, rawArgs: args };
        return { id, name, args: {}, rawArgs: args, error: 'arguments must be a JSON object' };
      } catch (e) {
        return { id, name, args: {}, rawArgs: args, error: `arguments are not valid JSON: ${(e as Error).message}` };
      }
    });
  }
}

/** Whether a piece belongs to the call its index is writing: same id, or no new id and no new call. */
function continues(current: Building, piece: ToolCallChunk): boolean {
  if (piece.id) return piece.id === current.id;
  if (!piece.name) return true;
  // A name again without an id: the same call repeating itself, unless its arguments are already whole.
  return piece.name === current.name && !isWholeJson(current.args);
}

function isWholeJson(text: string): boolean {
  if (!text.trim()) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
