import type { RunnableConfig } from '@langchain/core/runnables';
import { TOOLS_BY_NAME } from '../tools/index.ts';
import type { TurnContext } from '../context.ts';
import { safeErrorMessage } from '../../log.ts';
import type { AssembledCall } from './assemble.ts';

/** Tools that record what the seeker said run before the tools that judge it (same model step). */
const FIRST = new Set(['record_profile_facts']);

export interface ToolAnswer {
  id: string;
  name: string;
  content: string;
}

/**
 * Runs one model step's tool calls and says what each returned, for the model's next round. A
 * call the tools cannot take — an unknown tool, arguments that are not JSON, arguments cut off by
 * the length limit — is not run: the model is told why, as data it can correct.
 */
export async function runCalls(ctx: TurnContext, turn: RunnableConfig, calls: AssembledCall[], cutShort: boolean): Promise<ToolAnswer[]> {
  const ordered = [...calls].sort((a, b) => Number(FIRST.has(b.name)) - Number(FIRST.has(a.name)));
  const answers: ToolAnswer[] = [];
  for (const call of ordered) {
    const refused = refusal(call, cutShort);
    let output: string;
    if (refused) output = JSON.stringify({ error: refused });
    else {
      try {
        output = String(await TOOLS_BY_NAME.get(call.name)!.invoke(call.args, turn));
      } catch (e) {
        // Arguments that fail the tool's schema come back to the model as data it can correct.
        // The model sees (and the transcript keeps) the message, never a failed query's parameters.
        output = JSON.stringify({ error: safeErrorMessage(e).slice(0, 500) });
      }
    }
    answers.push({ id: call.id, name: call.name, content: output });
    if (refused) {
      // Not run, so not evidence and not a service delivered: the trace keeps it.
      ctx.refusedCalls = [...(ctx.refusedCalls ?? []), { name: call.name, reason: refused.slice(0, 200) }];
      continue;
    }
    const parsed = safeJson(output);
    ctx.toolCalls.push({ name: call.name, input: call.args, output: parsed });
    ctx.deps.metrics?.toolCalls.inc({ tool: call.name });
    ctx.emit({ event: 'tool', data: { name: call.name, input: call.args, output: parsed } });
    if (call.name === 'request_counsellor' && parsed && typeof parsed === 'object' && 'caseId' in parsed) {
      ctx.handoff = { caseId: String((parsed as any).caseId), reason: String((parsed as any).reason) };
      ctx.emit({ event: 'handoff', data: ctx.handoff });
    }
  }
  return answers;
}

function refusal(call: AssembledCall, cutShort: boolean): string | undefined {
  if (!TOOLS_BY_NAME.has(call.name)) return `unknown tool ${call.name || '(no name)'}`;
  if (cutShort) return 'the reply was cut by the length limit; the arguments are incomplete — call the tool again with complete arguments';
  if (call.error) return `${call.error}; call the tool again with a JSON object`;
  return undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { text };
  }
}
