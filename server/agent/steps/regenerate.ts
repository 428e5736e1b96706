import { type AIMessageChunk, type BaseMessage, HumanMessage } from '@langchain/core/messages';
import type { Runnable } from '@langchain/core/runnables';
import { zh } from '../../i18n/zh-CN/index.ts';
import { benefitNames } from '../../i18n/zh-CN/benefits.ts';
import type { BenefitCode } from '../../rules/outcome.ts';
import type { Grounding } from '../guardrails/grounding.ts';
import { previousTurn } from '../guardrails/turn-evidence.ts';
import { turnMessages } from '../loop/messages.ts';
import { callModel } from '../loop/call-model.ts';
import { fill, loadTemplates } from '../prompts.ts';
import type { TurnContext } from '../context.ts';

const templates = () => loadTemplates('grounding-retry').templates;
const names = (codes: readonly BenefitCode[]) => codes.map((c) => benefitNames[c]).join('、');

/** What is wrong with a failed answer, one line each, in the words the model is asked to fix. */
export function problemLines(g: Grounding): string[] {
  const t = templates();
  const lines: string[] = [];
  if (g.unknownCitations.length) lines.push(fill(t.citation!, { ids: g.unknownCitations.join('、') }));
  for (const f of g.figureIssues) {
    if (f.reason === 'unitless') lines.push(fill(t.unitless!, { figure: f.figure }));
    else {
      const about = f.about && 'benefits' in f.about ? fill(t.about!, { name: names(f.about.benefits) }) : '';
      lines.push(fill(t.figure!, { figure: f.figure, about }));
    }
  }
  for (const c of g.unsupportedClaims) {
    const name = names(c.benefits);
    const found = c.found.filter((s) => s !== 'unchecked');
    if (!found.length) lines.push(fill(t.unchecked!, { name, cue: c.cue }));
    else lines.push(fill(t.claim!, { name, cue: c.cue, found: [...new Set(found.map((s) => zh.rules.status[s]))].join('、') }));
  }
  return lines;
}

const toolLines = (calls: readonly { name?: string; output: unknown }[]) => calls.map((c) => `${c.name ?? ''}: ${JSON.stringify(c.output)}`).join('\n');

/**
 * Asks the remote model once more, after the conversation so far (the same messages its first
 * answer saw: the system prompt with the dialogue state and the retrieved clauses, the earlier
 * turns, the question), with its failed answer, what failed, and the tool results of this turn
 * and of the previous answer (tool calls are not replayed). Returns the new text.
 */
export async function regenerate(ctx: TurnContext, failedAnswer: string, failed: Grounding): Promise<string> {
  const t = templates();
  const previous = previousTurn(ctx);
  const retry = fill(t.retry!, {
    answer: failedAnswer,
    problems: problemLines(failed).map((l) => `- ${l}`).join('\n') || t.none!,
    tools: toolLines(ctx.toolCalls) || t.none!,
    previous: previous ? [toolLines(previous.toolCalls), previous.citations.map((id) => `【${id}】`).join('')].filter(Boolean).join('\n') : t.none!,
  });
  const messages = [...(await turnMessages(ctx)), new HumanMessage(retry)];
  const { models } = ctx.deps;
  // Within what is left of the turn's budget, with the same deadline and idle watchdog as the
  // tool loop's calls, and no retries: a failed regeneration is simply replaced.
  const limits = { ...models.limits, retries: 0, deadline: ctx.modelDeadline ?? Date.now() + models.limits.turnBudgetMs };
  const model = models.forTurn(ctx.asOf) as unknown as Runnable<BaseMessage[], AIMessageChunk>;
  const reply = await callModel(model, messages, limits, { onText: () => {}, reasoningFirst: models.quirks.reasoningFirst }, ctx.signal);
  return reply.text.trim();
}
