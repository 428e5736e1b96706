import { checkGrounding, needsCheck } from '../guardrails/grounding.ts';
import { turnEvidence } from '../guardrails/turn-evidence.ts';
import type { TurnContext } from '../context.ts';

/** What the stream hold-back asks of a sentence. */
export interface Verifier {
  /** Does the text hold a figure, a citation or an eligibility claim (or the start of one)? */
  needsCheck(text: string): boolean;
  /** Is every figure, claim and citation in the sentence borne out by the turn's evidence so far? */
  verify(sentence: string): boolean;
}

/**
 * The hold-back's check: the same evidence and checker as the grounding step (this turn's tool
 * outputs so far, retrieved and cited clauses, the previous answer's results), prepared once per
 * model reply and then asked sentence by sentence.
 */
export async function turnVerifier(ctx: TurnContext): Promise<Verifier> {
  const { evidence } = await turnEvidence(ctx);
  return { needsCheck, verify: (sentence) => checkGrounding(sentence, evidence).ok };
}
