/**
 * Figures in Chinese text, normalised: every amount, share and period becomes `{ value, kind }`, so
 * “一万元”, “1万元”, “10,000元” and “１００００元” are the same 10000 yuan, “百分之八十”, “80%” and “八成”
 * the same 80 percent, and “1年”, “12个月” and “一年” the same 12 months.
 *
 * Read: Arabic numerals with thousands separators and decimals, full-width digits, Chinese numerals
 * (一万, 三千, 十万, 两千五, 一万二), the multipliers 万/千/亿 (1.5万, 5千), money in 元/块/块钱,
 * shares (%, 百分之…, …成), periods (个月, 年, 半年, 天, 工作日), ages (岁, 周岁), people (人), households
 * (户) and times (次); rates (/月, /年, 每月, 每年); ranges (10—30万元: both ends get the unit).
 * Not figures: dates (2026年, 6月30日, 2026-07-01), clause numbers, quoted names (“4050”), counted
 * things (3个岗位). A number with no unit is kind `number`; `moneyContext` tells when it is money
 * said without its unit.
 */

export type FigureKind = 'money' | 'percent' | 'months' | 'days' | 'workdays' | 'age' | 'people' | 'households' | 'times' | 'number';

export interface Figure {
  /** As written. */
  text: string;
  start: number;
  end: number;
  /** Yuan, percent, months (years × 12), days, or a count. */
  value: number;
  kind: FigureKind;
  /** A rate per month or per year (500元/月, 每年10万元). */
  per?: 'month' | 'year';
}

/** The same length as the text: full-width digits and signs become ASCII, so offsets still hold. */
export function fold(text: string): string {
  return text.replace(/[０-９％．／～－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** 一万 → 10000, 两千五 → 2500, 一万二 → 12000, 十五 → 15, 一千零五 → 1005; undefined for 三五 (a range, not a number). */
export function chineseNumber(s: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 0;
  let zero = false;
  for (const ch of s) {
    if (ch in DIGIT) {
      if (digit !== undefined) return undefined;
      if (DIGIT[ch] === 0) zero = true;
      else digit = DIGIT[ch];
    } else if (ch in SMALL) {
      section += (digit ?? 1) * SMALL[ch]!;
      lastUnit = SMALL[ch]!;
      digit = undefined;
      zero = false;
    } else if (ch in LARGE) {
      total = (total + section + (digit ?? 0) || 1) * LARGE[ch]!;
      section = 0;
      lastUnit = LARGE[ch]!;
      digit = undefined;
      zero = false;
    } else return undefined;
  }
  // 两千五: a digit after a unit, with no 零 between, counts in the next lower place.
  if (digit !== undefined) section += !zero && lastUnit >= 10 ? (digit * lastUnit) / 10 : digit;
  return total + section;
}

const MULTIPLIER: Record<string, number> = { 万: 1e4, 千: 1e3, 亿: 1e8, 百万: 1e6, 千万: 1e7 };

interface Token {
  start: number;
  end: number;
  value: number;
  chinese: boolean;
  /** 万/千/亿 written (30万, 两千五). */
  scaled: boolean;
  percentPrefix: boolean;
}

const NUMBER =
  /(百分之)?(?:(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[ \t]*(百万|千万|万|千|亿)?|([零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*)|(半)(?=个月|年))/g;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [whole, pct, arabic, mult, chinese, half] = m;
    let value: number | undefined;
    let scaled = false;
    if (arabic !== undefined) {
      value = Number(arabic.replace(/,/g, '')) * (mult ? MULTIPLIER[mult]! : 1);
      scaled = Boolean(mult);
    } else if (chinese !== undefined) {
      value = chineseNumber(chinese);
      scaled = /[百千万亿]/.test(chinese);
    } else if (half) value = 0.5;
    if (value === undefined || !Number.isFinite(value)) continue;
    out.push({ start: m.index!, end: m.index! + whole.length, value, chinese: chinese !== undefined, scaled, percentPrefix: Boolean(pct) });
  }
  return out;
}

interface Unit {
  kind: FigureKind;
  length: number;
  factor?: number;
  add?: number;
}

/** The unit right after a number (spaces allowed), or undefined. */
function unitAfter(text: string, t: Token): Unit | undefined {
  const rest = text.slice(t.end).replace(/^[ \t]+/, '');
  const pad = text.length - t.end - rest.length;
  const u = (kind: FigureKind, word: string, extra: Partial<Unit> = {}): Unit => ({ kind, length: pad + word.length, ...extra });
  if (t.percentPrefix) return u('percent', '');
  let m: RegExpExecArray | null;
  if ((m = /^[余多]?(块钱|元|块(?![儿地头]))/.exec(rest))) return u('money', m[0]);
  if (rest.startsWith('%')) return u('percent', '%');
  if (t.chinese && t.value <= 10 && Number.isInteger(t.value) && /^成(?![为功立本员年交就果绩长型熟都了])/.test(rest)) return u('percent', '成', { factor: 10 });
  if ((m = /^个?工作日/.exec(rest))) return u('workdays', m[0]);
  if (rest.startsWith('个半月')) return u('months', '个半月', { add: 0.5 });
  if (rest.startsWith('个月')) return u('months', '个月');
  if (rest.startsWith('周岁')) return u('age', '周岁');
  if (rest.startsWith('岁')) return u('age', '岁');
  if (/^年半/.test(rest)) return u('months', '年半', { factor: 12, add: 6 });
  if (/^周?年(?![级度代纪])/.test(rest)) {
    const word = rest.startsWith('周') ? '周年' : '年';
    // 2026年 is a date; 一年一度 is not a period.
    if (!t.chinese && t.value >= 1900 && t.value <= 2100) return undefined;
    if (t.chinese && /^年[一度]/.test(rest)) return undefined;
    return u('months', word, { factor: 12 });
  }
  if (rest.startsWith('天')) return u('days', '天');
  if (/^日(?=内|以内|之内)/.test(rest) && !/月$/.test(text.slice(Math.max(0, t.start - 1), t.start))) return u('days', '日');
  const counted = t.chinese ? /^(人|户)(?=以上|以下|及以上|或以上)/ : /^(人(?![员民才群口社事力])|户(?![籍口])|次(?!性))/;
  if ((m = counted.exec(rest))) return u(m[1] === '人' ? 'people' : m[1] === '户' ? 'households' : 'times', m[1]!);
  return undefined;
}

/** Rate qualifiers after the unit (/人/月) and before the number (每人每月), and the text they cover. */
function rateAround(text: string, start: number, end: number): { per?: 'month' | 'year'; end: number } {
  const suffix = /^(?:\/[人户月年])+/.exec(text.slice(end));
  let per: 'month' | 'year' | undefined;
  const after = suffix?.[0] ?? '';
  if (/\/月/.test(after)) per = 'month';
  else if (/\/年/.test(after)) per = 'year';
  const before = /每[人户]?每?([月年])$/.exec(text.slice(Math.max(0, start - 4), start));
  if (!per && before) per = before[1] === '月' ? 'month' : 'year';
  return { ...(per ? { per } : {}), end: end + after.length };
}

const RANGE = /^[ \t]*(?:[-—–~至到]{1,2})[ \t]*$/;
/** A bare number that is not a quantity: part of a date, a code or a masked number, a name in quotes, or counting something. */
function notAQuantity(text: string, t: Token): boolean {
  const before = text.slice(Math.max(0, t.start - 2), t.start);
  const after = text.slice(t.end, t.end + 2);
  if (/[\d\-/:.*]$/.test(before) || /^[\d\-/:.*]/.test(after)) return true;
  if (/[“"「『]$/.test(before) && /^[”"」』]/.test(after)) return true;
  if (/(第|号|序号|编号)$/.test(before)) return true;
  return /^(人员|[个名位家项条届期批级号楼层栋室点分秒时月日年])/.test(after);
}

/** Sentences the way the stream hold-back cuts them. */
export const SENTENCE_END = /[。！？!?\n]/;

/** Does this sentence speak of money (so a bare 3000 in it is money without its unit)? */
export function moneyContext(sentence: string): boolean {
  return /元|块钱|补贴|补助|奖补|奖励|贷|额度|金额|工资|薪|钱|发放|领|拿/.test(sentence);
}

function sentenceAround(text: string, at: number): string {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  return text.slice(from, to);
}

/**
 * Every figure in the text, in order. Bare numbers (kind `number`) are only those that could be a
 * quantity; 30万 with no unit is money, a bare Chinese numeral only with 万/千/百 in a sentence
 * about money (能领一万: 一万 alone is too often part of a phrase).
 */
export function figuresIn(original: string): Figure[] {
  if (!/[0-9０-９零〇一二两三四五六七八九十半]/.test(original)) return [];
  const text = fold(original);
  const toks = tokens(text);
  const units = toks.map((t) => unitAfter(text, t));
  // 10—30万元: the first end of a range takes the second's unit (and its 万 when it has none).
  const ranges = new Set<number>();
  for (let i = toks.length - 2; i >= 0; i--) {
    const a = toks[i]!;
    const b = toks[i + 1]!;
    if (units[i] || !units[i + 1] || !RANGE.test(text.slice(a.end, b.start))) continue;
    units[i] = { ...units[i + 1]!, length: 0 };
    ranges.add(i);
    if (!a.scaled && b.scaled && !a.chinese) {
      const bMult = /(百万|千万|万|千|亿)\s*$/.exec(text.slice(b.start, b.end))?.[1];
      if (bMult) a.value *= MULTIPLIER[bMult]!;
    }
  }
  const out: Figure[] = [];
  const byToken = new Map<number, Figure>();
  toks.forEach((t, i) => {
    const unit = units[i];
    if (!unit && /[¥￥]\s*$/.test(text.slice(Math.max(0, t.start - 2), t.start))) {
      out.push({ text: original.slice(t.start, t.end), start: t.start, end: t.end, value: t.value, kind: 'money' });
      return;
    }
    if (!unit) {
      if (t.chinese) {
        if (t.scaled && moneyContext(sentenceAround(text, t.start))) out.push({ text: original.slice(t.start, t.end), start: t.start, end: t.end, value: t.value, kind: 'money' });
        return;
      }
      if (notAQuantity(text, t)) return;
      // 30万 is money said the short way; a plain 3000 is a number until its sentence says money.
      const kind: FigureKind = t.scaled ? 'money' : 'number';
      out.push({ text: original.slice(t.start, t.end), start: t.start, end: t.end, value: t.value, kind });
      return;
    }
    const value = t.value * (unit.factor ?? 1) + (unit.add ?? 0);
    const rate = rateAround(text, t.start, t.end + unit.length);
    const f: Figure = { text: original.slice(t.start, rate.end), start: t.start, end: rate.end, value, kind: unit.kind, ...(rate.per ? { per: rate.per } : {}) };
    byToken.set(i, f);
    out.push(f);
  });
  // Both ends of a range are at the same rate (每年10—30万元).
  for (const i of ranges) {
    const a = byToken.get(i);
    const b = byToken.get(i + 1);
    if (a && b && (a.per ?? b.per)) a.per = b.per = a.per ?? b.per;
  }
  // 一个月1300元, 一年10万元: the period is the rate of the amount after it, not a period said.
  return out.filter((f, i) => {
    const next = out[i + 1];
    const rate = f.kind === 'months' && ((f.value === 1 && /月$/.test(f.text)) || (f.value === 12 && /年$/.test(f.text))) && next?.kind === 'money' && /^[^，。；,;、]{0,3}$/.test(text.slice(f.end, next.start));
    if (rate) next.per ??= f.value === 1 ? 'month' : 'year';
    return !rate;
  });
}

/** A bare number said where money is meant (补助是3000): money without its unit. */
export function isUnitlessMoney(f: Figure, sentence: string): boolean {
  return f.kind === 'number' && f.value >= 100 && moneyContext(sentence);
}
