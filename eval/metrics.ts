/**
 * Scoring of the answer-quality evaluation: pure functions over one item's label and the chat
 * API's answer, so they can be tested without a database or a model.
 */
import { z } from 'zod';
import { evaluate, type BenefitResult } from '../server/rules/engine.ts';
import { EmployerSchema, PersonSchema } from '../server/rules/facts.ts';
import { isIsoDate } from '../server/rules/dates.ts';

const CLAUSE_ID = /^[a-z0-9-]+:[a-z0-9.]+$/;

export const EvalItemSchema = z
  .object({
    id: z.string().regex(/^[a-z]+-\d{2}$/),
    category: z.enum(['policy', 'eligibility', 'services', 'escalation', 'out_of_scope']),
    who: z.enum(['graduate', 'difficulty', 'employer', 'seeker', 'staff']),
    /** One question, or the seeker's turns of one conversation in order. */
    q: z.union([z.string().min(2), z.array(z.string().min(1)).min(2)]),
    expectCitations: z.array(z.string().regex(CLAUSE_ID)).min(1).optional(),
    facts: z
      .object({
        person: PersonSchema.strict().optional(),
        employer: EmployerSchema.strict().optional(),
        asOf: z.string().refine(isIsoDate),
      })
      .strict()
      .refine((f) => f.person || f.employer, 'facts need a person or an employer')
      .optional(),
    expectHandoff: z.boolean(),
    outOfScope: z.boolean(),
    note: z.string().optional(),
  })
  .strict();
export type EvalItem = z.infer<typeof EvalItemSchema>;

export const EvalSetSchema = z.object({ description: z.string(), items: z.array(EvalItemSchema).min(1) }).strict();

export const turnsOf = (item: EvalItem): string[] => (typeof item.q === 'string' ? [item.q] : item.q);

/** What the chat API answered for one item (its last turn), plus whether any turn handed off. */
export interface Answer {
  text: string;
  citations: string[];
  status: string;
  handedOff: boolean;
  toolNames: string[];
}

// ── money figures ─────────────────────────────────────────────────────────────────────────────

const CITATION = /【[^】]*】/g;
/** 8000元, 30万元, 10万 (in 10万—30万元), 1,300元, 0.5万元; the unit decides the scale. */
const MONEY = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(万元|万|元)/g;

/** Every money amount a text states, in 元, in order (citations stripped first). */
export function moneyFigures(text: string): number[] {
  const plain = text.normalize('NFKC').replace(CITATION, '');
  return [...plain.matchAll(MONEY)].map((m) => {
    const n = Number(m[1]!.replace(/,/g, ''));
    return Math.round(m[2]!.startsWith('万') ? n * 10_000 : n);
  });
}

/** The money amounts the engine gives for one benefit: its value, max and every figure of its text. */
export function engineAmounts(b: BenefitResult): number[] {
  if (!b.amount) return [];
  const out = moneyFigures(b.amount.text);
  // value/max carry the amount's own unit (元, 元/户, 元/人, 元/月), never 万.
  if (b.amount.value !== undefined) out.push(b.amount.value);
  if (b.amount.max !== undefined) out.push(b.amount.max);
  return out;
}

/** A benefit counts as mentioned when the answer names it or cites the clause it rests on. */
export function mentioned(answer: Answer, b: BenefitResult): boolean {
  return answer.text.includes(b.name) || b.citations.some((id) => answer.citations.includes(id));
}

export interface FigureCheck {
  ok: boolean;
  figures: number[];
  allowed: number[];
  stray: number[];
  mentionedBenefits: string[];
}

/**
 * Figure accuracy for one eligibility item: the rules engine's answer for the labelled facts, and
 * the answer's money figures, which must all be amounts the engine gives for benefits the answer
 * mentions and the engine does not refuse for these facts (an amount for a benefit they are not
 * eligible for is a wrong promise); an answer with no money figure at all does not pass.
 */
export function checkFigures(facts: NonNullable<EvalItem['facts']>, answer: Answer): FigureCheck {
  const evaluation = evaluate({ person: facts.person, employer: facts.employer, asOf: facts.asOf });
  const benefits = evaluation.benefits.filter((b) => b.status !== 'ineligible' && mentioned(answer, b));
  const allowed = [...new Set(benefits.flatMap(engineAmounts))].sort((a, b) => a - b);
  const figures = moneyFigures(answer.text);
  const stray = [...new Set(figures.filter((f) => !allowed.includes(f)))];
  return { ok: figures.length > 0 && stray.length === 0, figures, allowed, stray, mentionedBenefits: benefits.map((b) => b.code) };
}

/** The answer cites at least one of the clauses the label expects. */
export const citesExpected = (expected: string[], answer: Answer) => answer.citations.some((id) => expected.includes(id));

/** A refusal: the screen's out-of-scope ending, or (a remote model's own words) a redirection. */
export const REFUSAL = /超出了?我的服务范围|只能(解答|回答|提供)|请咨询当地|不在.{0,6}服务范围/;
export const refused = (answer: Answer) => answer.status === 'out_of_scope' || (answer.toolNames.length === 0 && REFUSAL.test(answer.text));

// ── aggregation ───────────────────────────────────────────────────────────────────────────────

export interface Ratio {
  passed: number;
  total: number;
  value: number | null;
}
export const ratio = (passed: number, total: number): Ratio => ({ passed, total, value: total ? passed / total : null });

export function precisionRecall(pairs: { expected: boolean; actual: boolean }[]) {
  const tp = pairs.filter((p) => p.expected && p.actual).length;
  const fp = pairs.filter((p) => !p.expected && p.actual).length;
  const fn = pairs.filter((p) => p.expected && !p.actual).length;
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}
