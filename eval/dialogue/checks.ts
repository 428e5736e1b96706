/**
 * Scoring of the conversation evaluation: pure functions over one turn's answer (as the chat API
 * returned it) and the expectations of its YAML case, so they can be tested without a database or
 * a model. One function per check; `scoreTurn` runs the ones a turn asks for plus the generic checks.
 */
import type { Expect, ResultsExpect } from './schema.ts';

/** One turn's answer from `POST /api/chat/sessions/:id/messages` (Accept: application/json). */
export interface TurnAnswer {
  text: string;
  citations: { clauseId: string; title?: string; quote?: string }[];
  toolCalls: { name: string; input?: unknown; output?: unknown }[];
  handoff: null | { caseId?: string; reason?: string };
  status?: string;
}

export interface CheckResult {
  name: string;
  ok: boolean;
  /** Why it failed (or what was seen), for the report. */
  detail?: string;
}

const pass = (name: string, detail?: string): CheckResult => ({ name, ok: true, ...(detail ? { detail } : {}) });
const fail = (name: string, detail: string): CheckResult => ({ name, ok: false, detail });

// ── text helpers ──────────────────────────────────────────────────────────────────────────────

const MARKER = /【[^】]*】/g;
const MARKER_ID = /【\s*([a-z0-9-]+:[a-z0-9.]+)\s*】/g;

/** The text without 【…】 citation markers. */
export const stripMarkers = (text: string): string => text.replace(MARKER, '');

/** Length in characters (code points) of the text without markers. */
export const visibleLength = (text: string): number => [...stripMarkers(text)].length;

/** Sentences split on 。！？!? and newlines, markers removed, trimmed, empties dropped. */
export function sentences(text: string): string[] {
  return stripMarkers(text)
    .split(/(?<=[。！？!?])|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const ASKING = /请告诉我|请问|您是否|你是否|麻烦告诉|能否告诉|可以告诉我/u;

/**
 * The question sentences of an answer: those ending in ？/?, those containing 请告诉我/请问/您是否,
 * and the sentence right after one that ends with 请告诉我… (a colon-less ask spanning a break).
 */
export function questionSentences(text: string): string[] {
  const all = sentences(text);
  const out: string[] = [];
  all.forEach((s, i) => {
    const prev = all[i - 1];
    if (/[？?]$/u.test(s) || ASKING.test(s) || (prev !== undefined && /(请告诉我|请问|您是否)[：:]?$/u.test(prev))) out.push(s);
  });
  return out;
}

// ── number normalisation ──────────────────────────────────────────────────────────────────────

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 三十 → 30, 一千三百 → 1300, 十三 → 13, 三十万 → 300000, 一万 → 10000; NaN when not a numeral. */
export function chineseNumeral(s: string): number {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_DIGIT) digit = CN_DIGIT[ch]!;
    else if (ch in CN_UNIT) {
      section += (digit ?? 1) * CN_UNIT[ch]!;
      digit = null;
    } else if (ch === '万') {
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = null;
    } else return Number.NaN;
  }
  return total + section + (digit ?? 0);
}

/** A Chinese numeral directly followed by a unit of money or time (so 一生一困 or 一次性 stay as they are). */
const CN_NUMBER = /([零〇一二两三四五六七八九十百千万]+)(?=\s*(?:个|元|年|月|天|日|周|岁|人|户|名|次|万|千|%|％))/gu;

/**
 * Normalises a text for figure comparison: NFKC (full-width → ASCII), Chinese numerals before a unit
 * → digits, thousands separators dropped, 万/千 multiplied out (30万元 → 300000元, 5千 → 5000, 1.5万 → 15000).
 */
export function normaliseFigures(text: string): string {
  let t = text.normalize('NFKC');
  t = t.replace(CN_NUMBER, (m, cn: string) => {
    // 一次性 never reaches here (性 is not a unit); but keep 万 words like 万元 intact when alone.
    if (cn === '万' || cn === '千') return m;
    const n = chineseNumeral(cn);
    return Number.isNaN(n) ? m : String(n);
  });
  t = t.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  t = t.replace(/(\d+(?:\.\d+)?)\s*([万千])(?!米|克)/gu, (_m, n: string, unit: string) => {
    const v = Number(n) * (unit === '万' ? 10_000 : 1000);
    return String(Math.round(v));
  });
  return t;
}

/** An expected figure reduced to what must appear: normalised, per-unit suffixes (/人, /户/月…) dropped. */
export function figureCore(figure: string): string {
  return normaliseFigures(figure)
    .replace(/\s+/g, '')
    .replace(/(?:\/[人户月年天次])+$/u, '');
}

/** Whether `text` states `figure` (a number not glued to other digits; 元/人, 元/户 suffixes allowed after it). */
export function hasFigure(text: string, figure: string): boolean {
  const core = figureCore(figure);
  if (!core) return false;
  const hay = normaliseFigures(text).replace(/(\d)\s+(?=[元万个年月天日])/g, '$1');
  const escaped = core.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const leftGuard = /^\d/.test(core) ? '(?<![\\d.])' : '';
  const rightGuard = /\d$/.test(core) ? '(?![\\d.])' : '';
  return new RegExp(`${leftGuard}${escaped}${rightGuard}`, 'u').test(hay);
}

// ── citations ────────────────────────────────────────────────────────────────────────────────

/** Every clause the answer cites: its citations and the 【id】 markers in its text. */
export function citedIds(answer: TurnAnswer): string[] {
  const ids = new Set(answer.citations.map((c) => c.clauseId));
  for (const m of answer.text.matchAll(MARKER_ID)) ids.add(m[1]!);
  return [...ids];
}

export function checkCites(answer: TurnAnswer, expected: string[]): CheckResult {
  const cited = citedIds(answer);
  return expected.some((id) => cited.includes(id))
    ? pass('cites')
    : fail('cites', `expected one of ${expected.join(', ')}; cited ${cited.join(', ') || 'nothing'}`);
}

export function checkOnlyCites(answer: TurnAnswer, allowed: string[]): CheckResult {
  const stray = citedIds(answer).filter((id) => !allowed.includes(id));
  return stray.length === 0 ? pass('onlyCites') : fail('onlyCites', `cited ${stray.join(', ')} outside ${allowed.join(', ')}`);
}

export function checkNoCites(answer: TurnAnswer, forbidden: string[]): CheckResult {
  const hit = citedIds(answer).filter((id) => forbidden.includes(id));
  return hit.length === 0 ? pass('noCites') : fail('noCites', `cited ${hit.join(', ')}`);
}

// ── figures and length ───────────────────────────────────────────────────────────────────────

export function checkFigures(answer: TurnAnswer, figures: string[]): CheckResult {
  const text = stripMarkers(answer.text);
  const missing = figures.filter((f) => !hasFigure(text, f));
  return missing.length === 0 ? pass('figures') : fail('figures', `missing ${missing.join(', ')}`);
}

export function checkFigureFirst(answer: TurnAnswer, figure: string): CheckResult {
  const firstTwo = sentences(answer.text).slice(0, 2).join('');
  return hasFigure(firstTwo, figure) ? pass('figureFirst') : fail('figureFirst', `${figure} not in the first two sentences: “${firstTwo.slice(0, 120)}”`);
}

const LIST_TOOLS = new Set(['match_vacancies', 'recommend_training', 'list_events']);

/** The default length limit: 600, or 1200 when the turn listed vacancies, courses or events. */
export const defaultMaxChars = (answer: TurnAnswer): number => (answer.toolCalls.some((c) => LIST_TOOLS.has(c.name)) ? 1200 : 600);

export function checkMaxChars(answer: TurnAnswer, max: number = defaultMaxChars(answer)): CheckResult {
  const n = visibleLength(answer.text);
  return n <= max ? pass('maxChars') : fail('maxChars', `${n} characters > ${max}`);
}

// ── tools ────────────────────────────────────────────────────────────────────────────────────

const toolNames = (answer: TurnAnswer) => answer.toolCalls.map((c) => c.name);

export function checkNoTools(answer: TurnAnswer, forbidden: string[]): CheckResult {
  const hit = [...new Set(toolNames(answer).filter((n) => forbidden.includes(n)))];
  return hit.length === 0 ? pass('noTools') : fail('noTools', `called ${hit.join(', ')}`);
}

export function checkTools(answer: TurnAnswer, required: string[]): CheckResult {
  const called = toolNames(answer);
  const missing = required.filter((n) => !called.includes(n));
  return missing.length === 0 ? pass('tools') : fail('tools', `did not call ${missing.join(', ')}; called ${called.join(', ') || 'nothing'}`);
}

// ── text patterns ────────────────────────────────────────────────────────────────────────────

export function checkMustInclude(answer: TurnAnswer, patterns: string[]): CheckResult {
  const text = stripMarkers(answer.text).normalize('NFKC');
  const missing = patterns.filter((p) => !new RegExp(p, 'u').test(text));
  return missing.length === 0 ? pass('mustInclude') : fail('mustInclude', `no match for /${missing.join('/, /')}/`);
}

export function checkMustNotInclude(answer: TurnAnswer, patterns: string[]): CheckResult {
  const text = stripMarkers(answer.text).normalize('NFKC');
  const hits = patterns.filter((p) => new RegExp(p, 'u').test(text));
  return hits.length === 0 ? pass('mustNotInclude') : fail('mustNotInclude', `matched /${hits.join('/, /')}/`);
}

export function checkMustNotAsk(answer: TurnAnswer, words: string[]): CheckResult {
  const asked = questionSentences(answer.text).filter((q) => words.some((w) => q.includes(w)));
  return asked.length === 0 ? pass('mustNotAsk') : fail('mustNotAsk', `asked again: “${asked.join('” “')}”`);
}

// ── handoff, lists, small talk, refusal ──────────────────────────────────────────────────────

export function checkHandoff(answer: TurnAnswer, expected: boolean): CheckResult {
  const actual = answer.handoff !== null && answer.handoff !== undefined;
  if (actual === expected) return pass('handoff');
  return fail('handoff', expected ? 'expected a handoff to a person, none happened' : `handed off without need (${answer.handoff?.reason ?? 'no reason'})`);
}

/** Item titles of a list tool's output: `matches[].title`, or `events[].name` for list_events. */
export function listItems(tool: string, output: unknown): string[] {
  const o = (output ?? {}) as { matches?: { title?: unknown }[]; events?: { name?: unknown; title?: unknown }[] };
  if (tool === 'list_events') return (o.events ?? []).map((e) => String(e.name ?? e.title ?? ''));
  return (o.matches ?? []).map((m) => String(m.title ?? ''));
}

export function checkResults(answer: TurnAnswer, expected: ResultsExpect): CheckResult {
  const calls = answer.toolCalls.filter((c) => c.name === expected.tool);
  const last = calls.at(-1);
  if (!last) return fail('results', `${expected.tool} was not called`);
  const items = listItems(expected.tool, last.output);
  const re = expected.match ? new RegExp(expected.match, 'u') : null;
  const matching = re ? items.filter((t) => re.test(t)) : items;
  if (matching.length >= expected.min) return pass('results');
  const shortfall = (last.output as { shortfall?: unknown } | null | undefined)?.shortfall;
  if (expected.allowShortfall && shortfall && typeof shortfall === 'object') return pass('results', `shortfall reported with ${matching.length} items`);
  return fail('results', `${matching.length} of ${items.length} items match${re ? ` /${expected.match}/` : ''} (need ${expected.min}): ${items.join('、') || 'none'}`);
}

export function checkSmalltalk(answer: TurnAnswer): CheckResult {
  const problems: string[] = [];
  if (citedIds(answer).length > 0) problems.push(`cited ${citedIds(answer).join(', ')}`);
  if (answer.toolCalls.length > 0) problems.push(`called ${toolNames(answer).join(', ')}`);
  const n = visibleLength(answer.text);
  if (n > 80) problems.push(`${n} characters > 80`);
  return problems.length === 0 ? pass('smalltalk') : fail('smalltalk', problems.join('; '));
}

const REDIRECT =
  /(只|仅)(能|可以)?(提供|回答|解答|服务|咨询|负责|处理|介绍)[^。！？\n]{0,30}(渝北|一生一困|就业)|(渝北|一生一困|就业)[^。！？\n]{0,30}(范围|以外|之外|无关|不在)|超出了?我的服务范围|不在.{0,6}服务范围/u;

export function checkRefuse(answer: TurnAnswer): CheckResult {
  if (answer.status === 'out_of_scope') return pass('refuse');
  return REDIRECT.test(stripMarkers(answer.text)) ? pass('refuse') : fail('refuse', `status ${answer.status ?? 'none'} and no redirect to 渝北区 一生一困 topics`);
}

// ── generic checks (every turn) ──────────────────────────────────────────────────────────────

/** A sentence or quote that stops with …/…… (or ...) — a clause cut mid-sentence. */
const CUT = /(?:…|\.{3})+\s*(?:$|[。\n【】」”)）])/u;

export function checkNoCutQuote(answer: TurnAnswer): CheckResult {
  const cutQuotes = answer.citations.filter((c) => typeof c.quote === 'string' && /(?:…|\.{3})+\s*$/u.test(c.quote.trim()));
  const textCut = CUT.test(answer.text.trim());
  if (cutQuotes.length === 0 && !textCut) return pass('noCutQuote');
  const parts = [
    ...cutQuotes.map((c) => `quote of ${c.clauseId} ends with …`),
    ...(textCut ? ['the text has a sentence ending with …'] : []),
  ];
  return fail('noCutQuote', parts.join('; '));
}

/** A question reduced for comparison: markers, punctuation and spaces dropped. */
const questionKey = (s: string) => s.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

export function checkNoRepeatQuestion(answer: TurnAnswer, previous: TurnAnswer | undefined): CheckResult {
  if (!previous) return pass('noRepeatQuestion');
  const now = questionKey(stripMarkers(answer.text));
  const repeated = questionSentences(previous.text).filter((q) => {
    const k = questionKey(q);
    return k.length >= 6 && now.includes(k);
  });
  return repeated.length === 0 ? pass('noRepeatQuestion') : fail('noRepeatQuestion', `asked again: “${repeated.join('” “')}”`);
}

const INTERNAL_KEYS: [RegExp, string][] = [
  [/\b(?:person|employer|business|facts?)\.[A-Za-z_]+/u, 'fact path'],
  [/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/u, 'snake_case code'],
  [/\bmissingFacts\b/u, 'missingFacts'],
  [/\b(?:undefined|null|NaN)\b/u, 'undefined/null/NaN'],
  [/\{\{?\s*[A-Za-z_][A-Za-z0-9_.]*\s*\}?\}/u, 'template placeholder'],
  [/\[object Object\]/u, '[object Object]'],
];

export function checkNoInternalKeys(answer: TurnAnswer): CheckResult {
  const text = stripMarkers(answer.text);
  const hits: string[] = [];
  for (const [re, label] of INTERNAL_KEYS) {
    const m = re.exec(text);
    if (m) hits.push(`${label} “${m[0]}”`);
  }
  return hits.length === 0 ? pass('noInternalKeys') : fail('noInternalKeys', hits.join('; '));
}

// ── one turn ─────────────────────────────────────────────────────────────────────────────────

/** Every check of one turn: the ones its `expect` asks for, then the generic ones. */
export function scoreTurn(answer: TurnAnswer, expect: Expect = {}, previous?: TurnAnswer): CheckResult[] {
  const out: CheckResult[] = [];
  if (expect.cites) out.push(checkCites(answer, expect.cites));
  if (expect.onlyCites) out.push(checkOnlyCites(answer, expect.onlyCites));
  if (expect.noCites) out.push(checkNoCites(answer, expect.noCites));
  if (expect.figures) out.push(checkFigures(answer, expect.figures));
  if (expect.figureFirst && expect.figures?.[0]) out.push(checkFigureFirst(answer, expect.figures[0]));
  out.push(checkMaxChars(answer, expect.maxChars));
  if (expect.noTools) out.push(checkNoTools(answer, expect.noTools));
  if (expect.tools) out.push(checkTools(answer, expect.tools));
  if (expect.mustInclude) out.push(checkMustInclude(answer, expect.mustInclude));
  if (expect.mustNotInclude) out.push(checkMustNotInclude(answer, expect.mustNotInclude));
  if (expect.mustNotAsk) out.push(checkMustNotAsk(answer, expect.mustNotAsk));
  out.push(checkHandoff(answer, expect.handoff ?? false));
  if (expect.results) out.push(checkResults(answer, expect.results));
  if (expect.smalltalk) out.push(checkSmalltalk(answer));
  if (expect.refuse) out.push(checkRefuse(answer));
  out.push(checkNoCutQuote(answer), checkNoRepeatQuestion(answer, previous), checkNoInternalKeys(answer));
  return out;
}
