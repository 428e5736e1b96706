import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { clauseTexts } from '../../policy/clause-texts.ts';
import { quoteFor } from '../../policy/sentences.ts';
import { checkGrounding, citationsIn } from '../guardrails/grounding.ts';
import { compose } from '../../dialogue/answer/compose.ts';
import { fill, loadPrompt } from '../prompts.ts';
import type { Citation, Step, TurnContext } from '../context.ts';

/** Clause ids a tool output names: its `citations`, and ids of policy hits. */
function toolClauseIds(output: unknown): string[] {
  if (!output || typeof output !== 'object') return [];
  const o = output as { citations?: unknown; hits?: { clauseId?: string }[] };
  const ids = Array.isArray(o.citations) ? o.citations.filter((c): c is string => typeof c === 'string') : [];
  if (Array.isArray(o.hits)) ids.push(...o.hits.flatMap((h) => (h.clauseId ? [h.clauseId] : [])));
  return ids;
}

/**
 * Every citation must be a clause retrieved or returned by a tool, every figure must stand in a
 * tool result or a cited clause. A failing answer is regenerated once; if it fails again it is
 * replaced by the offline composition of the same tool results, and flagged for review either way.
 */
export const groundAnswerStep: Step = {
  name: 'ground_answer',
  async run(ctx) {
    const allowed = new Set([...ctx.retrieved.map((c) => c.clauseId), ...ctx.toolCalls.flatMap((c) => toolClauseIds(c.output))]);
    const texts = await clauseTexts(ctx.deps.database, allowed);
    const evidence = [...ctx.toolCalls.map((c) => JSON.stringify(c.output)), ...[...texts.values()].map((c) => c.text)];
    const check = (answer: string) => checkGrounding({ answer, allowedClauseIds: allowed, evidence });

    let result = check(ctx.answer);
    let regenerated = false;
    let replaced = false;
    if (!result.ok && ctx.deps.models.remote && !ctx.model.endsWith('offline')) {
      regenerated = true;
      const retry = await regenerate(ctx, result).catch(() => undefined);
      if (retry) {
        const second = check(retry);
        if (second.ok) {
          ctx.answer = retry;
          result = second;
        }
      }
    }
    if (!result.ok) {
      replaced = true;
      const outcomes = ctx.toolCalls.length
        ? ctx.toolCalls.map((c) => ({ name: c.name, input: c.input, output: c.output }))
        : [{ name: 'search_policy', output: { hits: ctx.retrieved.slice(0, 2) } }];
      const first = result;
      if (ctx.dialogue) {
        const composed = compose(ctx.dialogue.compose, outcomes, ctx.text);
        ctx.dialogue.asked = composed.asked;
        ctx.answer = composed.text;
      }
      result = { ...check(ctx.answer), unknownCitations: first.unknownCitations, ungroundedFigures: first.ungroundedFigures, ok: false };
      ctx.status = 'answered_grounding_replaced';
    }
    ctx.grounding = { ...result, regenerated, replaced };

    ctx.citations = citationsIn(ctx.answer).flatMap((id): Citation[] => {
      const c = texts.get(id);
      return c ? [{ clauseId: id, title: c.heading, quote: quoteFor(c.text, ctx.answer) }] : [];
    });
  },
};

async function regenerate(ctx: TurnContext, failed: { unknownCitations: string[]; ungroundedFigures: string[] }): Promise<string> {
  const problems = [
    failed.unknownCitations.length ? `引用了未检索到的条款 ${failed.unknownCitations.join('、')}` : '',
    failed.ungroundedFigures.length ? `出现了没有依据的数字 ${failed.ungroundedFigures.join('、')}` : '',
  ].filter(Boolean).join('；');
  const evidence = ctx.toolCalls.map((c) => `${c.name}: ${JSON.stringify(c.output)}`).join('\n');
  const clauses = ctx.retrieved.map((c) => `【${c.clauseId}】${c.title}：${c.text}`).join('\n');
  const model = ctx.deps.models.forTurn(ctx.asOf);
  let text = '';
  const stream = await model.stream(
    [
      new SystemMessage(`${loadPrompt('system').text}\n\n工具结果：\n${evidence || '（无）'}\n\n检索到的条款：\n${clauses}`),
      new HumanMessage(ctx.text),
      new HumanMessage(fill(loadPrompt('grounding-retry').text, { problems })),
    ],
    { signal: ctx.signal },
  );
  for await (const chunk of stream) if (typeof chunk.content === 'string') text += chunk.content;
  return text.trim();
}
