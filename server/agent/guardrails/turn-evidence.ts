import { type ClauseText, clauseTexts } from '../../policy/clause-texts.ts';
import type { TurnContext } from '../context.ts';
import { type Evidence, prepareEvidence, type ToolOutput } from './evidence.ts';

/** Clause ids a tool output names: its `citations`, and ids of policy hits. */
export function toolClauseIds(output: unknown): string[] {
  if (!output || typeof output !== 'object') return [];
  const o = output as { citations?: unknown; hits?: { clauseId?: string }[] };
  const ids = Array.isArray(o.citations) ? o.citations.filter((c): c is string => typeof c === 'string') : [];
  if (Array.isArray(o.hits)) ids.push(...o.hits.flatMap((h) => (h.clauseId ? [h.clauseId] : [])));
  return ids;
}

/** The previous assistant answer's tool outputs and citations (a follow-up re-states them), if the turn read any. */
export function previousTurn(ctx: TurnContext): { toolCalls: ToolOutput[]; citations: string[] } | undefined {
  const last = [...(ctx.history ?? [])].reverse().find((m) => m.role === 'assistant' && m.id !== ctx.questionId);
  if (!last || (!last.toolCalls?.length && !last.citations?.length)) return undefined;
  return { toolCalls: last.toolCalls ?? [], citations: (last.citations ?? []).map((c) => c.clauseId) };
}

/**
 * The turn's evidence for grounding, built once: this turn's tool outputs and retrieved clauses,
 * and the previous answer's tool outputs and cited clauses, with the texts of every clause the
 * answer may cite (retrieved ones as retrieved, others from the in-memory copy). The stream hold-back can use the same:
 * `const { evidence } = await turnEvidence(ctx); verify = (s) => checkGrounding(s, evidence).ok`.
 */
export async function turnEvidence(ctx: TurnContext): Promise<{ evidence: Evidence; texts: Map<string, ClauseText> }> {
  const previous = previousTurn(ctx);
  const ids = new Set([
    ...ctx.retrieved.map((c) => c.clauseId),
    ...ctx.toolCalls.flatMap((c) => toolClauseIds(c.output)),
    ...(previous ? [...previous.citations, ...previous.toolCalls.flatMap((c) => toolClauseIds(c.output))] : []),
  ]);
  // Retrieved clauses come with their texts; only the others are read (from the in-memory copy).
  const texts = new Map<string, ClauseText>(ctx.retrieved.map((c) => [c.clauseId, { heading: c.title, text: c.text }]));
  const missing = [...ids].filter((id) => !texts.has(id));
  if (missing.length) for (const [id, c] of await clauseTexts(ctx.deps.database, missing)) texts.set(id, c);
  const clauses = new Map<string, string>([...texts].map(([id, c]) => [id, c.text]));
  return { evidence: prepareEvidence({ toolCalls: ctx.toolCalls, clauses, allowedClauseIds: ids, ...(previous ? { previous } : {}) }), texts };
}
