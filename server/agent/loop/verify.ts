import { clauseTexts } from '../../policy/clause-texts.ts';
import { checkGrounding } from '../guardrails/grounding.ts';
import type { TurnContext } from '../context.ts';

/** What the stream hold-back asks of a sentence. */
export interface Verifier {
  /** Does the text hold a figure or an eligibility claim (or the start of one)? */
  needsCheck(text: string): boolean;
  /** Is every figure, claim and citation in the sentence borne out by the turn's evidence so far? */
  verify(sentence: string): boolean;
}

const FIGURE_START = /[0-9０-９]|[一二两三四五六七八九十百千万]+(?:元|块|万|千|个月|年|天|%|倍)|百分之|符合|不符合|可以领|能领|可领|可以申请|能申请|可享受|能享受/;

/** Clause ids a tool output names: its `citations`, and ids of policy hits. */
function toolClauseIds(output: unknown): string[] {
  if (!output || typeof output !== 'object') return [];
  const o = output as { citations?: unknown; hits?: { clauseId?: string }[] };
  const ids = Array.isArray(o.citations) ? o.citations.filter((c): c is string => typeof c === 'string') : [];
  if (Array.isArray(o.hits)) ids.push(...o.hits.flatMap((h) => (h.clauseId ? [h.clauseId] : [])));
  return ids;
}

/** The turn's evidence as the hold-back checks it: tool outputs so far, retrieved and cited clauses. */
export async function turnVerifier(ctx: TurnContext): Promise<Verifier> {
  const allowed = new Set([...ctx.retrieved.map((c) => c.clauseId), ...ctx.toolCalls.flatMap((c) => toolClauseIds(c.output))]);
  const retrieved = new Map(ctx.retrieved.map((c) => [c.clauseId, c.text]));
  const missing = [...allowed].filter((id) => !retrieved.has(id));
  const texts = missing.length ? await clauseTexts(ctx.deps.database, new Set(missing)) : new Map();
  const evidence = [...ctx.toolCalls.map((c) => JSON.stringify(c.output)), ...retrieved.values(), ...[...texts.values()].map((c) => c.text)];
  return {
    needsCheck: (text) => FIGURE_START.test(text),
    verify: (sentence) => checkGrounding({ answer: sentence, allowedClauseIds: allowed, evidence }).ok,
  };
}
