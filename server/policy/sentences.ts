/**
 * Whole sentences of a clause, and the quote a citation shows. Quotes used to be cut at a fixed
 * length, mid-sentence and even mid-figure (“按规定给予20……” lost the 2000元): here a quote is
 * always made of whole sentences, chosen by the figures the answer states.
 */
import { words } from '../text/segment.ts';

const ENDS = new Set(['。', '！', '？', '!', '?']);
const OPENERS = new Set(['“', '‘', '（', '(', '【', '[', '《', '「', '『', '〔']);
const CLOSERS = new Set(['”', '’', '）', ')', '】', ']', '》', '」', '』', '〕']);

/**
 * The clause's whole sentences, in order, each with its end punctuation. A sentence ends at 。！？
 * outside quotes and brackets (“…” （…） 《…》 …), or at a line break (list items and the
 * attachments' lines have none). Openers and closers are counted loosely (the seed closes
 * “（IYB培训)” with an ASCII bracket), and a line break forgets an unclosed one.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let depth = 0;
  let asciiQuote = false;
  const flush = () => {
    const s = current.trim();
    if (s) out.push(s);
    current = '';
  };
  for (const ch of text) {
    if (ch === '\n' || ch === '\r') {
      flush();
      depth = 0;
      asciiQuote = false;
      continue;
    }
    current += ch;
    if (OPENERS.has(ch)) depth++;
    else if (CLOSERS.has(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '"') asciiQuote = !asciiQuote;
    else if (ENDS.has(ch) && depth === 0 && !asciiQuote) flush();
  }
  flush();
  return out;
}

/** Full-width digits and letters as ASCII, thousands separators dropped, no white space. */
function plain(text: string): string {
  return text.normalize('NFKC').replace(/(\d),(?=\d{3})/g, '$1').replace(/\s+/g, '');
}

/** The whole sentence holding the needle (the first, when several do), or undefined. */
export function sentenceWith(text: string, needle: string | RegExp): string | undefined {
  const all = sentences(text);
  if (typeof needle === 'string') {
    const n = plain(needle);
    return all.find((s) => plain(s).includes(n));
  }
  const re = new RegExp(needle.source, needle.flags.replace(/[gy]/g, ''));
  return all.find((s) => re.test(s) || re.test(plain(s)));
}

// ── figures ───────────────────────────────────────────────────────────────────────────────────

const CN_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 七 → 7, 十二 → 12, 三十 → 30 (the small counts the plan writes in words). */
function cnNumber(s: string): number | undefined {
  if (s.length === 1 && s in CN_DIGITS) return CN_DIGITS[s];
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (!m) return undefined;
  return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[2] ? CN_DIGITS[m[2]]! : 0);
}

/** Counts written in words before a unit (七个工作日, 三个月) as digits; 一次性 stays a word. */
function digitsForWords(text: string): string {
  return text.replace(/([一二两三四五六七八九十]{1,3})(?=个|年|周|天|人|户|倍)/g, (w) => String(cnNumber(w) ?? w));
}

/**
 * A number with its unit, normalised: money in 元 (30万元 → 300000元, 2000元/人 → 2000元), shares
 * in %, and counts with their unit (3个, 7个工作日 …). Money and shares are `strong`: a sentence
 * holding one the answer states is quoted before any sentence matched only by a count.
 */
interface Figure {
  key: string;
  strong: boolean;
}

const FIGURE = /(\d+(?:\.\d+)?)(万|亿)?(元|%|个工作日|工作日|个月|个|年|月|周|天|日|人|户|次|倍)/g;

function figures(text: string): Figure[] {
  const t = digitsForWords(plain(text));
  const found = new Map<string, Figure>();
  for (const m of t.matchAll(FIGURE)) {
    const [, num, mult, unit] = m as unknown as [string, string, string | undefined, string];
    // A four-digit year (2022年) or a date (5月13日) is not a figure.
    if (unit === '年' && !mult && /^\d{4}$/.test(num)) continue;
    if ((unit === '月' || unit === '日') && /[年月]$/.test(t.slice(0, m.index))) continue;
    const value = Number(num) * (mult === '万' ? 10_000 : mult === '亿' ? 100_000_000 : 1);
    const strong = unit === '元' || unit === '%';
    const key = `${value}${mult && !strong ? mult : ''}${unit === '工作日' ? '个工作日' : unit}`;
    found.set(key, { key, strong });
  }
  return [...found.values()];
}

/** Words worth comparing: no bare numbers (figures are compared above) and no single characters (年, 月). */
function contentWords(text: string): string[] {
  return words(text).filter((w) => w.length > 1 && !/^[\d.]+$/.test(w));
}

// ── quotes ────────────────────────────────────────────────────────────────────────────────────

/** A sentence opening with 其中 (“其中，…提高到1500元/人/月。”) leans on the one before it. */
const LEANS_BACK = /^(其中|其|但|对此|同时)[，,]/;

/**
 * Whole sentences, best first, taken while they fit in `max`; the best is taken even alone over
 * it. A sentence that leans back brings the one before it when that fits too. Clause order kept.
 */
function fit(all: readonly string[], ranked: readonly number[], max: number): string {
  const chosen = new Set<number>();
  let length = 0;
  const take = (i: number) => {
    if (chosen.has(i)) return;
    chosen.add(i);
    length += all[i]!.length;
  };
  for (const i of ranked) {
    if (chosen.has(i)) continue;
    if (chosen.size && length + all[i]!.length > max) continue;
    take(i);
    if (i > 0 && LEANS_BACK.test(all[i]!) && length + all[i - 1]!.length <= max) take(i - 1);
  }
  return [...chosen].sort((a, b) => a - b).map((i) => all[i]).join('');
}

/**
 * The quote a citation shows, always whole sentences:
 * 1. the sentences holding a money figure or share the answer states (2000元 in the answer finds
 *    2000元/人; 30万元 finds 30万元), else those holding a count it states (3个, 七个工作日);
 * 2. else the sentence sharing the most words with the answer;
 * 3. else the first sentence (with the next when the first is only the clause's short heading).
 * Sentences are added best first while the quote stays within `max` characters; a single sentence
 * longer than `max` is still returned whole.
 */
export function quoteFor(clauseText: string, answerText: string, max = 200): string {
  const all = sentences(clauseText);
  if (all.length === 0) return clauseText.trim();

  const stated = figures(answerText);
  for (const strength of [true, false]) {
    const wanted = new Set(stated.filter((f) => f.strong === strength).map((f) => f.key));
    if (!wanted.size) continue;
    const scores = all.map((s) => figures(s).filter((f) => wanted.has(f.key)).length);
    const ranked = scores.map((score, i) => ({ score, i })).filter((x) => x.score > 0).sort((a, b) => b.score - a.score || a.i - b.i);
    if (ranked.length) return fit(all, ranked.map((x) => x.i), max);
  }

  const answerWords = new Set(contentWords(answerText));
  if (answerWords.size) {
    const scores = all.map((s) => new Set(contentWords(s).filter((w) => answerWords.has(w))).size);
    const best = Math.max(...scores);
    if (best > 0) return all[scores.indexOf(best)]!;
  }

  const [first, second] = all;
  if (second !== undefined && first!.length <= HEADING_LENGTH && first!.length + second.length <= max) return first! + second;
  return first!;
}

/** A first sentence this short is the clause's own heading (“鼓励企业吸纳“一生一困”就业。”). */
const HEADING_LENGTH = 24;
