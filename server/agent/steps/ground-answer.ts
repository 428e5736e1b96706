import { quoteFor } from '../../policy/sentences.ts';
import { checkGrounding, citationsIn, type Grounding } from '../guardrails/grounding.ts';
import { turnEvidence } from '../guardrails/turn-evidence.ts';
import { compose } from '../../dialogue/answer/compose.ts';
import type { SearchPolicyOutput } from '../tools/outputs.ts';
import type { Citation, Step } from '../context.ts';
import { regenerate } from './regenerate.ts';

/**
 * Every citation must be a clause the turn may cite, every figure must be borne out by what it is
 * said about, every eligibility claim by check_eligibility (guardrails/grounding.ts, ADR 0012) —
 * with the previous answer's tool results and citations counted, since a follow-up re-states them.
 * A failing answer is regenerated once, with the conversation, the failed answer and what failed;
 * if it fails again it is replaced by the offline composition of the same tool results, and
 * flagged for review either way.
 */
export const groundAnswerStep: Step = {
  name: 'ground_answer',
  async run(ctx) {
    const { evidence, texts } = await turnEvidence(ctx);
    const check = (answer: string) => checkGrounding(answer, evidence);

    let result: Grounding = check(ctx.answer);
    let regenerated = false;
    let replaced = false;
    if (!result.ok && ctx.deps.models.remote && !ctx.model.endsWith('offline')) {
      regenerated = true;
      const retry = await regenerate(ctx, ctx.answer, result).catch(() => undefined);
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
      // No tool ran: the clauses retrieved for the question, as search_policy would have found them.
      const hits = ctx.retrieved.slice(0, 2).map(({ clauseId, title, text }) => ({ clauseId, title, text }));
      const outcomes = ctx.toolCalls.length
        ? ctx.toolCalls
        : [{ name: 'search_policy', output: { hits, citations: hits.map((h) => h.clauseId) } satisfies SearchPolicyOutput }];
      const first = result;
      if (ctx.dialogue) {
        const composed = compose(ctx.dialogue.compose, outcomes, ctx.text);
        ctx.dialogue.asked = composed.asked;
        ctx.answer = composed.text;
      }
      // What is stored is what failed in the model's answer, not the composition's check.
      const { unknownCitations, ungroundedFigures, unsupportedClaims, figureIssues } = first;
      result = { ...check(ctx.answer), unknownCitations, ungroundedFigures, unsupportedClaims, figureIssues, ok: false };
      ctx.status = 'answered_grounding_replaced';
    }
    ctx.grounding = { ...result, regenerated, replaced };

    ctx.citations = citationsIn(ctx.answer).flatMap((id): Citation[] => {
      const c = texts.get(id);
      return c ? [{ clauseId: id, title: c.heading, quote: quoteFor(c.text, ctx.answer) }] : [];
    });
  },
};
