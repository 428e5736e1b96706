/**
 * The intent classifier: nearest neighbours over character n-grams of the examples in
 * intents.yml, weighted by how rare each n-gram is among them (TF-IDF, cosine). Deterministic and
 * built once per process from the data; a new phrasing is a new example, not new code. Text is
 * classified in its "skeleton" form (skeleton.ts): topic, subject and place words replaced by
 * placeholders and numbers by #, so an example about one benefit covers every benefit.
 */
import type { Intent } from '../state.ts';
import { nluData } from './data.ts';
import { exampleSkeleton } from './skeleton.ts';

type Vector = Map<string, number>;

function grams(text: string): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  // The whole short text is a feature of its own: “好的”, “再见” are decided by all of it.
  if (chars.length <= 4) out.push(`^${text}$`);
  return out;
}

interface Model {
  idf: Map<string, number>;
  examples: { intent: Intent; vector: Vector; text: string }[];
}

let model: Model | undefined;

function build(): Model {
  const data = nluData();
  // Intents decided by patterns (dispute) are not guessed from resemblance.
  const byPattern = new Set(data.patterns.map((p) => p.intent));
  const docs = data.examples.filter((e) => !byPattern.has(e.intent)).map((e) => ({ intent: e.intent, text: exampleSkeleton(e.text) }));
  const df = new Map<string, number>();
  for (const d of docs) for (const g of new Set(grams(d.text))) df.set(g, (df.get(g) ?? 0) + 1);
  const idf = new Map([...df].map(([g, n]) => [g, Math.log(1 + docs.length / n)]));
  return { idf, examples: docs.map((d) => ({ intent: d.intent, text: d.text, vector: vectorOf(d.text, idf) })) };
}

function vectorOf(text: string, idf: Map<string, number>): Vector {
  const v: Vector = new Map();
  for (const g of grams(text)) {
    const w = idf.get(g);
    // Longer n-grams say more than single characters.
    if (w !== undefined) v.set(g, (v.get(g) ?? 0) + w * [...g].length);
  }
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (const [g, x] of v) v.set(g, x / norm);
  return v;
}

function cosine(a: Vector, b: Vector): number {
  let s = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const [g, x] of small) s += x * (large.get(g) ?? 0);
  return s;
}

export interface Classification {
  intent: Intent;
  score: number;
  /** The best score of each intent, highest first. */
  ranking: { intent: Intent; score: number }[];
  /** The example nearest to the text, for the trace. */
  nearest: string;
}

/**
 * Classifies a skeleton text (see skeleton.ts): the intent of the nearest examples, among the
 * intents whose required words (intents.yml `requires`) the original message has.
 */
export function classifySkeleton(text: string, original?: string): Classification {
  model ??= build();
  const v = vectorOf(text, model.idf);
  const best = new Map<Intent, { score: number; text: string }>();
  for (const e of model.examples) {
    const s = cosine(v, e.vector);
    const b = best.get(e.intent);
    if (!b || s > b.score) best.set(e.intent, { score: s, text: e.text });
  }
  const { requires, unless } = nluData();
  const allowed = (intent: Intent) =>
    (original === undefined || !requires.has(intent) || requires.get(intent)!.test(original)) && !unless.get(intent)?.test(text);
  const ranking = [...best]
    .filter(([intent]) => allowed(intent))
    .map(([intent, b]) => ({ intent, score: Math.round(b.score * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score);
  const top = ranking[0] ?? { intent: 'unknown' as Intent, score: 0 };
  return { intent: top.intent, score: top.score, ranking, nearest: best.get(top.intent)?.text ?? '' };
}

/** The intent a pattern of intents.yml decides outright, if one matches. */
export function patternIntent(text: string): Intent | undefined {
  return nluData().patterns.find((p) => p.pattern.test(text))?.intent;
}
