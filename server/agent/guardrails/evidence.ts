/**
 * A turn's evidence, normalised once (`prepareEvidence`) so that any sentence can be checked
 * against it cheaply: the figures of every tool output and clause (the pool), the figures said
 * about each benefit (its structured results and its rule's sentences in the plan), the figures
 * of each clause, the seeker's own facts, and the eligibility result of each benefit. The previous
 * assistant turn's tool outputs and citations count too (a follow-up re-states them), with this
 * turn's check_eligibility results winning over the previous turn's.
 */
import { generalRule } from '../../policy/guide.ts';
import { clauseText as corpusClauseText } from '../../policy/guide.ts';
import { sentences } from '../../policy/sentences.ts';
import { BENEFIT_CODES, type BenefitCode, type Status } from '../../rules/engine.ts';
import { type Figure, type FigureKind, figuresIn } from './amounts.ts';

/** An evidence figure; `any` is a bare number in a tool's structured output (amount.value, wageMin). */
export interface Fact {
  value: number;
  kind: FigureKind | 'any';
  per?: 'month' | 'year';
}

export interface ToolOutput {
  name?: string;
  output: unknown;
}

export interface EvidenceInput {
  /** This turn's tool calls, in order. */
  toolCalls?: readonly ToolOutput[];
  /** Texts of clauses the answer may draw on (retrieved, returned by tools, cited before), by id. */
  clauses?: ReadonlyMap<string, string | { text: string }>;
  /** More clause ids the answer may cite; their texts come from `clauses`, the tools, or the corpus. */
  allowedClauseIds?: Iterable<string>;
  /** The previous assistant turn: its tool outputs and the clauses it cited. */
  previous?: { toolCalls?: readonly ToolOutput[]; citations?: readonly string[] };
  /** Evidence without ids or tool names (a JSON text is read as a tool output). */
  texts?: readonly string[];
}

export interface Evidence {
  allowed: ReadonlySet<string>;
  pool: readonly Fact[];
  clauses: ReadonlyMap<string, readonly Fact[]>;
  /** What the tools said about each benefit (its own result or guide). */
  benefits: ReadonlyMap<BenefitCode, readonly Fact[]>;
  /** Which benefits cite which clause in the tools' results. */
  citedBy: ReadonlyMap<string, readonly BenefitCode[]>;
  /** The seeker's facts as recorded (their own age, months of insurance…). */
  facts: readonly Fact[];
  /** The eligibility result of each benefit check_eligibility ran for. */
  statuses: ReadonlyMap<BenefitCode, Status>;
}

const CODES = new Set<string>(BENEFIT_CODES);
const isCode = (s: unknown): s is BenefitCode => typeof s === 'string' && CODES.has(s);

const asFacts = (figures: Figure[]): Fact[] => figures.filter((f) => f.kind !== 'number').map(({ value, kind, per }) => ({ value, kind, ...(per ? { per } : {}) }));

/** Texts repeat from turn to turn (the engine's reasons, the clauses): each is read once. */
const memo = new Map<string, Fact[]>();
export function factsOf(text: string): Fact[] {
  let facts = memo.get(text);
  if (!facts) {
    if (memo.size >= 20_000) memo.clear();
    memo.set(text, (facts = asFacts(figuresIn(text))));
  }
  return facts;
}

/** Every figure in a structured value: its texts read as text, its numbers as bare numbers. */
function factsIn(value: unknown, into: Fact[] = []): Fact[] {
  if (typeof value === 'string') into.push(...factsOf(value));
  else if (typeof value === 'number' && Number.isFinite(value)) into.push({ value, kind: 'any' });
  else if (Array.isArray(value)) for (const v of value) factsIn(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) factsIn(v, into);
  return into;
}

/** Objects anywhere in a value. */
function* objects(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v);
  else if (value && typeof value === 'object') {
    yield value as Record<string, unknown>;
    for (const v of Object.values(value)) yield* objects(v);
  }
}

const ruleTexts = new Map<BenefitCode, Fact[]>();
let ruleSentences: Set<string> | undefined;

/**
 * The plan's words for a benefit: its rule's sentence and those after it up to the next benefit's
 * rule (其中…提高到1500元 belongs to the 1300元 rule; 2.1.2's 500元 does not belong to its 60万元).
 */
export function ruleFacts(code: BenefitCode): readonly Fact[] {
  const cached = ruleTexts.get(code);
  if (cached) return cached;
  ruleSentences ??= new Set(BENEFIT_CODES.flatMap((c) => ruleSentenceOf(c)?.sentence ?? []));
  const own = ruleSentenceOf(code);
  const facts: Fact[] = [];
  if (own) {
    const all = sentences(corpusClauseText(own.clauseId) ?? '');
    const at = all.indexOf(own.sentence);
    facts.push(...factsOf(own.sentence));
    for (let i = at + 1; at >= 0 && i < all.length && !ruleSentences.has(all[i]!); i++) facts.push(...factsOf(all[i]!));
  }
  ruleTexts.set(code, facts);
  return facts;
}

function ruleSentenceOf(code: BenefitCode) {
  try {
    return generalRule(code);
  } catch {
    return undefined;
  }
}

const clauseIdsIn = (output: unknown): string[] => {
  const ids: string[] = [];
  for (const o of objects(output)) {
    if (Array.isArray(o.citations)) ids.push(...o.citations.filter((c): c is string => typeof c === 'string'));
    if (typeof o.clauseId === 'string') ids.push(o.clauseId);
  }
  return ids;
};

/** Builds the evidence once per turn (or per model reply); `checkGrounding` reads it per sentence. */
export function prepareEvidence(input: EvidenceInput): Evidence {
  const parsedTexts: ToolOutput[] = [];
  const plainTexts: string[] = [];
  for (const t of input.texts ?? []) {
    try {
      const v = JSON.parse(t) as unknown;
      if (v && typeof v === 'object') parsedTexts.push({ output: v });
      else plainTexts.push(t);
    } catch {
      plainTexts.push(t);
    }
  }
  const previous = input.previous?.toolCalls ?? [];
  const current = [...parsedTexts, ...(input.toolCalls ?? [])];
  // Older first, so this turn's results override the previous turn's.
  const outputs = [...previous, ...current];

  const allowed = new Set<string>([...(input.clauses?.keys() ?? []), ...(input.allowedClauseIds ?? []), ...(input.previous?.citations ?? [])]);
  for (const o of outputs) clauseIdsIn(o.output).forEach((id) => allowed.add(id));

  const texts = new Map<string, string>();
  for (const [id, t] of input.clauses ?? []) texts.set(id, typeof t === 'string' ? t : t.text);
  for (const o of outputs) for (const x of objects(o.output)) if (typeof x.clauseId === 'string' && typeof x.text === 'string' && !texts.has(x.clauseId)) texts.set(x.clauseId, x.text);
  const clauses = new Map<string, Fact[]>();
  for (const id of allowed) {
    const text = texts.get(id) ?? corpusClauseText(id);
    if (text !== undefined) clauses.set(id, factsOf(text));
  }

  const benefits = new Map<BenefitCode, Fact[]>();
  const citedBy = new Map<string, BenefitCode[]>();
  const statuses = new Map<BenefitCode, Status>();
  const facts: Fact[] = [];
  for (const o of outputs) {
    if (o.name === 'record_profile_facts') factsIn(o.output, facts);
    for (const x of objects(o.output)) {
      // The facts a check was run on: `known` (flat, check_eligibility), `person` (older outputs in the history).
      for (const k of ['known', 'person'] as const) if (x[k] && typeof x[k] === 'object' && !isCode(x.code)) factsIn(x[k], facts);
      if (!isCode(x.code)) continue;
      benefits.set(x.code, factsIn(x, benefits.get(x.code) ?? []));
      if (Array.isArray(x.citations)) for (const id of x.citations) if (typeof id === 'string') citedBy.set(id, [...new Set([...(citedBy.get(id) ?? []), x.code])]);
      if (x.status === 'eligible' || x.status === 'ineligible' || x.status === 'unknown') statuses.set(x.code, x.status);
    }
  }

  const pool: Fact[] = [];
  for (const o of outputs) factsIn(o.output, pool);
  for (const f of clauses.values()) pool.push(...f);
  for (const t of plainTexts) pool.push(...factsOf(t));
  return { allowed, pool, clauses, benefits, citedBy, facts, statuses };
}
