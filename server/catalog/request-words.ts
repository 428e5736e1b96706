/**
 * What a seeker's everyday words ask for, read without a model: the work or skill (jobSubject),
 * the place (placeOf) and, for events, the period (eventPeriod). Pure functions of the text (and
 * the day asked on): the dialogue manager calls them before the matching tools, and the tools call
 * them on their own inputs so that “找份软件开发” still means 软件开发.
 *
 * Data-driven: the thesaurus (subjects.ts) keeps subject words whole, the 镇街 and areas
 * (streets.ts) are the places, and the fillers below are stripped. Text is compared folded (NFKC,
 * lower case), so full-width digits and letters read as half-width ones.
 */
import { zh } from '../i18n/zh-CN/index.ts';
import { addDays, daysInMonth, toDayNumber } from '../rules/dates.ts';
import { fold } from './fields.ts';
import { YUBEI_AREAS, YUBEI_STREETS } from './streets.ts';
import { SUBJECT_WORDS } from './subjects.ts';

const T = zh.jobs.period;

// ---------------------------------------------------------------------------------------------
// Places

/** Short 镇街 names that are also everyday words (木耳 the food, 王家 a family): only with 镇/街道 or 附近/那边 after them. */
const AMBIGUOUS_SHORT = new Set(['木耳', '王家', '人和', '大湾', '兴隆']);
const NEAR_WORDS = '(?:附近|那边|那里|那儿|周边|一带|这边)';

interface PlaceName {
  pattern: RegExp;
  streets: readonly string[];
  /** An area's name (空港), or undefined for a single 镇街. */
  area?: string;
}

const PLACE_NAMES: PlaceName[] = [
  ...YUBEI_AREAS.flatMap((a) => a.says.map((w) => ({ word: w, streets: a.streets, area: a.streets.length > 1 ? a.name : undefined }))),
  ...YUBEI_STREETS.flatMap((s) => {
    const short = s.replace(/(街道|镇)$/, '');
    return [{ word: s, streets: [s] }, { word: short, streets: [s], ambiguous: AMBIGUOUS_SHORT.has(short) }];
  }),
]
  .sort((a, b) => b.word.length - a.word.length)
  .map((p) => ({
    pattern: new RegExp('ambiguous' in p && p.ambiguous ? `${p.word}(?=镇|街道|${NEAR_WORDS})` : p.word, 'g'),
    streets: p.streets,
    area: 'area' in p ? p.area : undefined,
  }));

/** Finds place names in folded text, longest first, each stretch of text used once. */
function findPlaces(s: string): { at: number; end: number; place: PlaceName }[] {
  const taken: { at: number; end: number; place: PlaceName }[] = [];
  for (const place of PLACE_NAMES) {
    for (const m of s.matchAll(place.pattern)) {
      const at = m.index;
      const end = at + m[0].length;
      if (!taken.some((t) => at < t.end && end > t.at)) taken.push({ at, end, place });
    }
  }
  return taken.sort((a, b) => a.at - b.at);
}

/**
 * The 渝北 镇街 a text names: “两路”, “回兴街道”, “离家近，我住回兴” (→ 回兴街道), and areas —
 * 空港/机场 (两路、双凤桥、宝圣湖街道), 仙桃数据谷 (仙桃街道), 礼嘉, 悦来. Undefined when none is named.
 */
export function placeOf(text: string): { streets: string[]; label: string } | undefined {
  const found = findPlaces(fold(text));
  if (!found.length) return undefined;
  const streets = [...new Set(found.flatMap((f) => f.place.streets))];
  const labels = [...new Set(found.map((f) => (f.place.area ? zh.jobs.place.area(f.place.area, [...f.place.streets]) : f.place.streets[0]!)))];
  return { streets, label: labels.join('、') };
}

// ---------------------------------------------------------------------------------------------
// The work or skill asked for

/**
 * Words that say nothing about the work itself: asking, wanting, people, classifiers, the words
 * for “a job” and “a course”, nearness, time, wages, and Chongqing speech (啥子, 没得, 噻, 活路).
 * Longer ones are stripped first, so 有没有 goes before 有.
 */
const FILLERS = [
  // asking and politeness
  '请问', '你好', '您好', '麻烦', '帮我', '帮忙', '给我', '推荐', '介绍', '看看', '看一下', '查一下', '查查', '问一下', '问下', '我想问', '了解',
  '有没有', '有没得', '有木有', '有冇', '有得', '有没', '有无', '有啥子', '有什么', '有哪些', '有吗', '有',
  '啥子', '什么', '哪些', '哪个', '哪里', '哪儿', '怎么样', '咋样', '如何', '咋个', '多少',
  '没得', '没有', '不', '吗', '呢', '噻', '嘛', '哇', '咯', '撒', '哈', '啊', '呀', '吧', '哦', '喃', '嘞', '咧', '嗦', '要得', '行不行', '行吗', '好不好',
  // wanting and doing
  '招不招', '要不要', '有不有', '收不收', '招', '想要', '想去', '想找', '想做', '想干', '想学', '想当', '想报', '打算', '准备', '希望', '想', '要', '找', '做', '干', '学', '报名', '参加', '去', '搞', '整', '弄',
  '能不能', '可不可以', '能', '可以', '我会', '会', '以前', '之前', '现在', '目前', '还', '也', '就', '都', '只',
  // people
  '我们', '我', '你们', '你', '他们', '他', '她', '自己', '本人', '适合我', '适合', '合适', '对口', '家里人', '老公', '老婆', '儿子', '女儿',
  // classifiers
  '一份', '一个', '一些', '一下', '份', '个', '些', '种', '门',
  // the words for work, a course, an event
  '工作', '岗位', '职位', '活路', '活儿', '活', '事情', '事做', '招聘会', '招聘活动', '招聘', '招人', '招工', '上班', '就业', '求职', '机会', '单位', '公司', '企业', '厂',
  '兼职', '全职', '零工', '临时工', '长期', '短期', '正式',
  '培训班', '培训', '课程', '课', '学习', '技能', '手艺', '证书', '考证', '拿证', '活动', '双选会',
  '方面', '相关', '之类', '类型', '方向', '行业', '领域', '这类', '一类', '类',
  '的', '了', '地', '和', '或者', '还是', '以及', '跟', '与', '或', '等',
  // nearness and the district
  '附近', '那边', '那里', '那儿', '这边', '周边', '周围', '一带', '旁边', '离家近', '离家', '近一点', '近点', '近', '我住', '住在', '家住', '家在', '住', '在', '到',
  '渝北区', '渝北', '重庆市', '重庆', '本地', '当地', '区里', '街道', '镇上',
  // time
  '下个月', '这个月', '本月', '最近', '近期', '这几天', '这两天', '明年', '今年', '年底', '年后', '春节后', '过完年', '上半年', '下半年', '下周', '这周',
  // wages and conditions
  '工资', '薪资', '月薪', '薪水', '待遇', '五险一金', '五险', '包吃住', '包吃', '包住', '以上', '左右', '以下', '高一点', '高点', '元', '块钱', '块', '每个月', '每月', '一个月', '月', '岁',
].sort((a, b) => b.length - a.length);

const PUNCTUATION = /[\s,，。.!！?？、;；:：~～…·'"“”‘’()（）【】\[\]<>《》\-—_/\\|]+/g;
const NUMBERS = /\d+(?:\.\d+)?\s*(?:k|千|万|元|块|岁|号|月份?|天|年)?/g;
/** A kept thesaurus word stands in the text as one private-use character while fillers are stripped. */
const PLACEHOLDER = 0xe000;
const keptAt = (c: string) => c.codePointAt(0)! - PLACEHOLDER;
const KEPT = /[\ue000-\uefff]/gu;

/** Stretches left when the fillers are stripped, with the thesaurus words they contain. */
function leftOver(text: string): { text: string; subjects: string[] }[] {
  let s = fold(text).replace(PUNCTUATION, ' ');
  for (const f of findPlaces(s).reverse()) s = `${s.slice(0, f.at)} ${s.slice(f.end)}`;
  // Keep the thesaurus words whole (面点, 会计, 当老板) while the fillers inside others go.
  const kept: string[] = [];
  for (const w of SUBJECT_WORDS) {
    if (!s.includes(w)) continue;
    s = s.split(w).join(String.fromCodePoint(PLACEHOLDER + kept.length));
    kept.push(w);
  }
  s = s.replace(NUMBERS, ' ');
  for (const f of FILLERS) if (s.includes(f)) s = s.split(f).join(' ');
  const restore = (x: string) => x.replace(KEPT, (c) => kept[keptAt(c)]!);
  return s
    .split(/\s+/)
    .filter(Boolean)
    .map((seg) => {
      const subjects = [...seg.matchAll(KEPT)].map((m) => kept[keptAt(m[0])]!);
      // One stray character beside the thesaurus words (招仓管, 仓库嘞) is noise, not part of the subject.
      const stray = [...seg.replace(KEPT, '')].length;
      return { text: subjects.length && stray <= 1 ? subjects.join('') : restore(seg), subjects };
    })
    .filter((seg) => seg.subjects.length > 0 || [...seg.text].length >= 2);
}

/** The longest stretch a subject is read from; beyond it the thesaurus word alone is kept. */
const MAX_SUBJECT = 10;

/**
 * The work or skill a seeker asks for, in their words: “我想找份软件开发的工作” → 软件开发,
 * “两路附近有没有仓库的活” → 仓库, “有没有电工培训？” → 电工, “想学直播带货” → 直播带货.
 * Undefined when they name none (“我想找工作”, “有啥子适合我的工作没得”).
 */
export function jobSubject(text: string): string | undefined {
  const segments = leftOver(text);
  const named = segments.find((s) => s.subjects.length);
  if (named) return [...named.text].length <= MAX_SUBJECT ? named.text : [...named.subjects].sort((a, b) => b.length - a.length)[0];
  const longest = [...segments].sort((a, b) => [...b.text].length - [...a.text].length)[0];
  return longest && [...longest.text].length <= MAX_SUBJECT ? longest.text : undefined;
}

// ---------------------------------------------------------------------------------------------
// Periods

export interface Period {
  from: string;
  to: string;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (y: number, m: number) => `${y}-${pad(m)}-01`;
const monthEnd = (y: number, m: number) => `${y}-${pad(m)}-${pad(daysInMonth(y, m))}`;
const ymd = (s: string) => ({ y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)), d: Number(s.slice(8, 10)) });

/** The Chinese label of a period: whole months as 2027年1月 / 2027年2月—3月 / 2027年, else days. */
export function periodLabel(from: string, to: string): string {
  const a = ymd(from);
  const b = ymd(to);
  const wholeMonths = a.d === 1 && b.d === daysInMonth(b.y, b.m);
  if (!wholeMonths) return T.days(a.y === b.y ? undefined : a.y, a.m, a.d, a.y === b.y ? undefined : b.y, b.m, b.d);
  if (a.y === b.y && a.m === 1 && b.m === 12) return T.year(a.y);
  if (a.y === b.y && a.m === b.m) return T.month(a.y, a.m);
  if (a.y === b.y) return T.months(a.y, a.m, b.m);
  return T.span(a.y, a.m, b.y, b.m);
}

const months = (y: number, m1: number, y2: number, m2: number, note?: string): Period => {
  const from = monthStart(y, m1);
  const to = monthEnd(y2, m2);
  const label = periodLabel(from, to);
  return { from, to, label: note ? T.noted(label, note) : label };
};

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 三月 → 3月, 十一月 → 11月, 十二月份 → 12月份 (only before 月, so 一份 and 十个 stay). */
function chineseMonths(s: string): string {
  return s.replace(/(十[一二]|[一二三四五六七八九十])(?=月)/g, (m) => String(m.length === 2 ? 10 + CN_DIGITS[m[1]!]! : CN_DIGITS[m]!));
}

/**
 * The period a question about events names, on `asOf` (Asia/Shanghai, YYYY-MM-DD): 下个月,
 * 这个月/本月, 这几天/最近 (the next 14 days), 下周, 春节后 (February–March of the coming year),
 * 年底, 明年, 今年, “3月份”/“三月” (this year unless past, then next year), “3到5月”, 上半年, 下半年.
 * Undefined when the text names no period.
 */
export function eventPeriod(text: string, asOf: string): Period | undefined {
  const s = chineseMonths(fold(text));
  const { y, m } = ymd(asOf);
  const next = /明年|下一年|来年/.test(s);
  const thisYear = /今年|本年/.test(s);
  const yearFor = (month: number) => (next ? y + 1 : thisYear ? y : month >= m ? y : y + 1);

  const range = s.match(/(\d{1,2})\s*月?份?\s*(?:到|至|-|–|~)\s*(\d{1,2})\s*月/);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    if (a >= 1 && a <= 12 && b >= 1 && b <= 12) {
      const ya = yearFor(a);
      return months(ya, a, b >= a ? ya : ya + 1, b);
    }
  }
  const one = s.match(/(\d{1,2})\s*月/);
  if (one) {
    const a = Number(one[1]);
    if (a >= 1 && a <= 12) return months(yearFor(a), a, yearFor(a), a);
  }
  if (/上半年/.test(s)) {
    const yy = next ? y + 1 : thisYear || m <= 6 ? y : y + 1;
    return months(yy, 1, yy, 6);
  }
  if (/下半年/.test(s)) {
    const yy = next ? y + 1 : y;
    return months(yy, 7, yy, 12);
  }
  if (/春节后|春节过后|过完年|过了年|年后|开年|节后/.test(s)) {
    const yy = m <= 3 ? y : y + 1;
    return months(yy, 2, yy, 3, T.afterSpringFestival);
  }
  if (/年底|年末|年终|年尾/.test(s)) {
    const yy = next ? y + 1 : y;
    return months(yy, next || m < 11 ? 11 : m, yy, 12);
  }
  if (next) return months(y + 1, 1, y + 1, 12);
  if (/下个?月/.test(s)) return m === 12 ? months(y + 1, 1, y + 1, 1) : months(y, m + 1, y, m + 1);
  if (/这个?月|本月|当月|月底/.test(s)) return months(y, m, y, m);
  if (/下周|下个?星期|下个?礼拜/.test(s)) {
    const monday = addDays(asOf, 7 - ((toDayNumber(asOf) + 3) % 7));
    return { from: monday, to: addDays(monday, 6), label: periodLabel(monday, addDays(monday, 6)) };
  }
  if (/这几天|这两天|最近|近期|近来|这段时间|这阵子|这周|本周|这个?星期|马上|近两周/.test(s)) {
    const to = addDays(asOf, 14);
    return { from: asOf, to, label: T.noted(periodLabel(asOf, to), T.nextTwoWeeks) };
  }
  if (thisYear) return months(y, 1, y, 12);
  return undefined;
}
