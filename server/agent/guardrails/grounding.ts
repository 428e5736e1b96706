/**
 * Output grounding: every citation, figure and eligibility claim of an answer must be borne out by
 * the turn's evidence — grounding of claims, not of numbers (ADR 0012).
 *
 * API (the stream hold-back calls it per sentence, the ground_answer step on the whole answer):
 *
 *   prepareEvidence(input: EvidenceInput): Evidence
 *       Normalises the turn's tool outputs, clause texts and the previous turn's evidence once.
 *   checkGrounding(text: string, evidence: Evidence): Grounding
 *       Checks any fragment — a sentence or the whole answer — against it. Sentences are checked
 *       one by one (cut where the hold-back cuts them), so an answer passes exactly when each of
 *       its sentences does.
 *   checkGrounding({ answer, allowedClauseIds, evidence: string[] }): Grounding
 *       The older form: evidence as texts (a JSON text is read as a tool output).
 *   needsCheck(text: string): boolean
 *       Does the text hold a figure or an eligibility claim, or the start of one: when to hold.
 *
 * How a sentence is checked:
 * - a citation must be a clause the turn may cite (retrieved, returned by a tool, cited last turn);
 * - every figure is normalised (amounts.ts) and bound to what it is said about: the benefit named
 *   nearest to it (its part of the sentence first), checked against that benefit's structured
 *   results and its rule's sentences in the plan; else the clause cited in the sentence; else the
 *   turn's whole evidence. A bare number where money is meant (补助是3000) fails;
 * - every eligibility claim (claims.ts) bound to a benefit must agree with check_eligibility's
 *   result for it: a yes needs eligible, a no ineligible, a hedged yes anything but ineligible. A
 *   claim about a benefit no check ran for fails unless it is a general rule (符合…条件的可以…). A
 *   claim naming no benefit is bound to the benefit its figure belongs to, else to all results.
 */
import { type Figure, figuresIn, isUnitlessMoney, SENTENCE_END } from './amounts.ts';
import { benefitMentions, type Claim, claimsIn, hasClaimCue, type Mention, segments } from './claims.ts';
import { type Evidence, type Fact, prepareEvidence, ruleFacts } from './evidence.ts';
import { BENEFIT_CODES, type BenefitCode, type Status } from '../../rules/engine.ts';

export { prepareEvidence, type Evidence, type EvidenceInput, type ToolOutput } from './evidence.ts';

export interface GroundingInput {
  answer: string;
  allowedClauseIds: Set<string>;
  /** Tool outputs (as JSON) and clause texts the answer may draw on. */
  evidence: string[];
}

export interface UnsupportedClaim {
  /** The words that make the claim (可以领取, 不符合). */
  cue: string;
  sentence: string;
  says: 'yes' | 'no';
  /** The benefits it was bound to ([] when it names none and no result agrees). */
  benefits: BenefitCode[];
  /** What check_eligibility found for them; `unchecked` when it did not run for them. */
  found: (Status | 'unchecked')[];
}

export interface FigureIssue {
  figure: string;
  /** What the figure was bound to: benefit codes, a clause id, or nothing (the pool). */
  about: { benefits: BenefitCode[] } | { clauses: string[] } | null;
  reason: 'not_in_evidence' | 'unitless';
}

export interface Grounding {
  ok: boolean;
  citations: string[];
  unknownCitations: string[];
  ungroundedFigures: string[];
  unsupportedClaims: UnsupportedClaim[];
  figureIssues: FigureIssue[];
}

export const CITATION = /【([a-z0-9-]+:[a-z0-9.]+)】/g;

export function citationsIn(text: string): string[] {
  return [...new Set([...text.matchAll(CITATION)].map((m) => m[1]!))];
}

const CHINESE_FIGURE = /[一二两三四五六七八九十半][零〇一二两三四五六七八九十百千万亿]*(个|元|块|万|千|百|亿|年|天|周|岁|成|工作日)/;

/** Does the text hold a figure, a citation or an eligibility claim (or the start of one)? */
export function needsCheck(text: string): boolean {
  return /[0-9０-９]|百分之/.test(text) || CHINESE_FIGURE.test(text) || hasClaimCue(text);
}

export function checkGrounding(input: GroundingInput): Grounding;
export function checkGrounding(text: string, evidence: Evidence): Grounding;
export function checkGrounding(a: GroundingInput | string, b?: Evidence): Grounding {
  const [text, evidence] = typeof a === 'string' ? [a, b!] : [a.answer, preparedFor(a)];
  const citations = citationsIn(text);
  const out: Grounding = { ok: true, citations, unknownCitations: citations.filter((id) => !evidence.allowed.has(id)), ungroundedFigures: [], unsupportedClaims: [], figureIssues: [] };
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SENTENCE_END.test(text[i]!)) continue;
    const sentence = text.slice(from, i + 1);
    from = i + 1;
    if (!sentence.trim()) continue;
    // A card's fields (岗位｜单位｜街道｜2100–2500元/月) are said of that card, not of a benefit named in another field.
    const cited = citationsIn(sentence).filter((id) => evidence.allowed.has(id));
    for (const field of sentence.split(/[｜|]/)) checkSentence(field, cited, evidence, out);
  }
  out.ok = !out.unknownCitations.length && !out.ungroundedFigures.length && !out.unsupportedClaims.length;
  return out;
}

/** The older form is called per sentence with the same arrays: their evidence is prepared once. */
const prepared = new WeakMap<string[], { allowed: Set<string>; evidence: Evidence }>();
function preparedFor({ allowedClauseIds, evidence: texts }: GroundingInput): Evidence {
  const hit = prepared.get(texts);
  if (hit && hit.allowed === allowedClauseIds) return hit.evidence;
  const evidence = prepareEvidence({ allowedClauseIds, texts });
  prepared.set(texts, { allowed: allowedClauseIds, evidence });
  return evidence;
}

const matches = (f: Figure, facts: readonly Fact[]) =>
  facts.some((e) => Math.abs(e.value - f.value) < 1e-6 && (e.kind === 'any' ? f.kind !== 'percent' : e.kind === f.kind && (!f.per || e.per === f.per)));

/** A benefit's facts: the tools' results for it and its rule's sentences. */
const benefitFacts = (evidence: Evidence, codes: readonly BenefitCode[]) => codes.flatMap((c) => [...(evidence.benefits.get(c) ?? []), ...ruleFacts(c)]);

function checkSentence(raw: string, cited: string[], evidence: Evidence, out: Grounding) {
  // Markers blanked, offsets kept: 【yb2022-38:2.5.3】 holds no figure.
  const sentence = raw.replace(CITATION, (m) => ' '.repeat(m.length));
  const parts = segments(sentence);
  const partOf = (at: number) => parts.findIndex((p) => at >= p.start && at <= p.end);
  // A word naming several benefits (创业孵化基地: the workspace and the base's award) is checked against all of them.
  const mentions = benefitMentions(sentence);
  const figures = figuresIn(sentence);

  for (const f of figures) {
    if (f.kind === 'number') {
      if (isUnitlessMoney(f, sentence)) addFigure(out, f, null, 'unitless');
      continue;
    }
    const about = nearest(mentions, f.start, f.end, partOf);
    if (about) {
      if (!matches(f, [...benefitFacts(evidence, about.codes), ...evidence.facts])) addFigure(out, f, { benefits: about.codes }, 'not_in_evidence');
    } else if (cited.length) {
      const facts = cited.flatMap((id) => [...(evidence.clauses.get(id) ?? []), ...benefitFacts(evidence, evidence.citedBy.get(id) ?? [])]);
      if (!matches(f, [...facts, ...evidence.facts])) addFigure(out, f, { clauses: cited }, 'not_in_evidence');
    } else if (!matches(f, evidence.pool)) addFigure(out, f, null, 'not_in_evidence');
  }

  for (const claim of claimsIn(sentence)) {
    if (claim.general) continue;
    const bound = claimMentions(claim, mentions, figures, evidence, partOf);
    const failed = bound.length ? bound.filter((m) => !m.codes.some((c) => agrees(claim, evidence.statuses.get(c)))) : unboundFails(claim, evidence) ? [{ start: 0, end: 0, codes: [] }] : [];
    if (!failed.length) continue;
    // Reported as the benefits the turn has results for, when it has any of them.
    const named = [...new Set(failed.flatMap((m) => m.codes))];
    const checked = named.filter((c) => evidence.statuses.has(c));
    const benefits = checked.length ? checked : named;
    out.unsupportedClaims.push({ cue: claim.cue, sentence: raw.trim(), says: claim.says, benefits, found: benefits.map((c) => evidence.statuses.get(c) ?? 'unchecked') });
  }
}

function addFigure(out: Grounding, f: Figure, about: FigureIssue['about'], reason: FigureIssue['reason']) {
  out.ungroundedFigures.push(f.text.replace(/\s+/g, ''));
  out.figureIssues.push({ figure: f.text.replace(/\s+/g, ''), about, reason });
}

/**
 * The benefit named nearest a span: in its own part of the sentence, else the last one named
 * before it (the topic carried on: 离校求职创业补贴是一次性的，标准500元), else — for a claim, whose
 * object may follow (您符合条件，可以申请…) — the first one after it.
 */
function nearest(mentions: Mention[], start: number, end: number, partOf: (at: number) => number, after = false): Mention | undefined {
  const part = partOf(start);
  const distance = (m: Mention) => (m.end <= start ? start - m.end : m.start - end);
  const inPart = mentions.filter((m) => partOf(m.start) === part).sort((a, b) => distance(a) - distance(b) || a.start - b.start);
  if (inPart.length) return inPart[0];
  return mentions.filter((m) => m.end <= start).at(-1) ?? (after ? mentions.find((m) => m.start >= end) : undefined);
}

/** What a claim is about: the benefits named in its part, else the nearest named, else those its figure belongs to. */
function claimMentions(claim: Claim, mentions: Mention[], figures: Figure[], evidence: Evidence, partOf: (at: number) => number): Mention[] {
  const inPart = mentions.filter((m) => partOf(m.start) === partOf(claim.start));
  if (inPart.length) return inPart;
  const near = nearest(mentions, claim.start, claim.end, partOf, true);
  if (near) return [near];
  // 可以领取8000元: the benefits that figure is said of — among those checked, else in the plan.
  const said = figures.filter((f) => f.kind !== 'number');
  const of = (codes: BenefitCode[]) => [...new Set(said.flatMap((f) => codes.filter((c) => matches(f, benefitFacts(evidence, [c])))))];
  let codes = of([...evidence.statuses.keys()]);
  if (!codes.length && said.some((f) => f.kind === 'money')) codes = of([...BENEFIT_CODES]);
  return codes.length ? [{ start: 0, end: 0, codes }] : [];
}

/** Does a result agree with what the claim says? A hedged yes allows an open result. */
function agrees(claim: Claim, status: Status | undefined): boolean {
  if (!status) return false;
  if (claim.says === 'yes') return claim.hedged ? status !== 'ineligible' : status === 'eligible';
  return claim.hedged ? status !== 'eligible' : status === 'ineligible';
}

/** A claim naming no benefit (您完全符合条件) stands if some result agrees with it; with no results it cannot. */
function unboundFails(claim: Claim, evidence: Evidence): boolean {
  return ![...evidence.statuses.values()].some((s) => agrees(claim, s));
}
