/**
 * One renderer per tool output besides eligibility (eligibility.ts): policy hits, the application
 * guide, vacancies, courses, events, the handoff. Each returns a few lines, or '' when its output
 * has nothing to say.
 */
import type { ApplicationGuideOutput, ListEventsOutput, MatchVacanciesOutput, RecommendTrainingOutput, SearchPolicyOutput } from '../../agent/tools/outputs.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { sentences } from '../../policy/sentences.ts';
import { words } from '../../text/segment.ts';
import type { ComposeTurn } from './types.ts';

const s = zh.dialogue.search;
const j = zh.dialogue.joints;

/** What each aspect's answer sentence usually holds (a figure, a place, a frequency …). */
const ASPECT_CUES: Partial<Record<string, RegExp>> = {
  amount: /\d+(\.\d+)?\s*(万元|元)/u,
  duration: /\d+\s*个?(工作日|月|年|天)|[一二三四五六七八九十]+个?(工作日|月|年)|天天|周周|月月|每年|每月|连续|次年/u,
  period: /最长|\d+\s*个?(月|年)|[一二三四五六七八九十]+个?(月|年)|连续|次年/u,
  when: /\d+\s*月|天天|周周|月月|每年|次年|全年/u,
  where: /机构|中心|镇街|街道|乡镇|就业网|人才网|平台|大厅|宣传栏|窗口/u,
  materials: /材料|证|资料|登记/u,
  conditions: /对|符合|条件|以上|以下|内/u,
};

const bigrams = (text: string) => {
  const chars = [...text.replace(/[\s，。、；：“”（）《》,.;:!?？！]/gu, '')];
  return new Set(chars.slice(1).map((c, i) => `${chars[i]}${c}`));
};

/**
 * The sentences of a clause that best answer the question: shared words and character pairs with
 * the question (and, for a follow-up, its context), and what the aspect asked about looks like.
 */
export function bestSentences(text: string, question: string, n = 1, opts: { context?: string; aspect?: string } = {}): string[] {
  // The clause's heading (its first, short sentence) says nothing the question needs.
  const split = sentences(text);
  const all = split.length > 1 && split[0]!.length <= 20 && !/[，,]/.test(split[0]!) ? split.slice(1) : split;
  const q = new Set(words(question).filter((w) => w.length >= 2));
  const qb = bigrams(question);
  const cb = bigrams(opts.context ?? '');
  const cue = opts.aspect ? ASPECT_CUES[opts.aspect] : undefined;
  const scored = all.map((sentence, i) => {
    const sb = bigrams(sentence);
    const shared = [...sb].filter((b) => qb.has(b)).length * 2 + [...sb].filter((b) => cb.has(b)).length * 0.5;
    const score = words(sentence).filter((w) => q.has(w)).length * 2 + shared + (cue?.test(sentence) ? 3 : 0);
    return { sentence, i, score };
  });
  const best = [...scored].sort((a, b) => b.score - a.score || a.i - b.i).slice(0, n).sort((a, b) => a.i - b.i);
  return best.map((b) => b.sentence);
}

export function renderPolicy(out: Pick<SearchPolicyOutput, 'hits'>, question: string, turn: ComposeTurn, context = ''): string {
  const found = out.hits;
  if (!found.length) return zh.dialogue.smalltalk.unknown;
  const home = found.find((h) => h.clauseId === turn.homeClause);
  const hits = home ? [home, ...found.filter((h) => h !== home)] : found;
  const n = turn.audience === 'staff' ? 3 : 2;
  return hits
    .slice(0, turn.audience === 'staff' ? 2 : 1)
    .map((h) => `${bestSentences(h.text, question, n, { context, aspect: turn.aspect }).join('').replace(/^——/, '')}【${h.clauseId}】`)
    .join('\n');
}

/** Where, what to bring and how long, for the aspect asked (all three when it was “怎么申请”). */
export function renderGuide(out: ApplicationGuideOutput, turn: ComposeTurn, lead?: string): string {
  const guides = out.guides;
  if (!guides.length) return '';
  const mark = (x: { text: string; source: string | null; municipal: boolean }) => (x.municipal && x.source ? `${x.text}${j.municipal(x.source)}` : x.text);
  const g = guides.find((x) => x.code === lead) ?? guides[0]!;
  const parts: string[] = [];
  const a = turn.aspect;
  if (!a || a === 'how_to_apply' || a === 'where') parts.push(j.where(mark(g.where)));
  if (!a || a === 'how_to_apply' || a === 'materials') parts.push(g.bring.source ? j.bring(mark(g.bring)) : g.bring.text);
  if (!a || a === 'how_to_apply' || a === 'duration') parts.push(mark(g.time));
  // The heading says what was asked: 怎么申请, 在哪办, 带什么, 多久办好.
  const heading = (a && j.guideHeading[a]) ?? j.howTo;
  return `${g.name}${heading}${parts.join('；').replace(/[。；]+$/u, '')}。${j.person}`;
}

export function renderVacancies(out: MatchVacanciesOutput, turn: ComposeTurn): string {
  const matches = out.matches;
  const lines: string[] = [];
  if (matches.length) {
    lines.push(s.jobsFound(matches.length, s.jobsWhat(turn.subject, turn.place)));
    matches.forEach((m, i) => lines.push(`${i + 1}. ${m.title}｜${m.employer}｜${m.street ?? m.district}｜${m.wageText}`));
  }
  if (out.shortfall) lines.push(s.shortfall(out.shortfall.found, '岗位') + shortfallReason(out.shortfall.reason));
  if (out.alternatives.length) lines.push(`${s.alternatives}${out.alternatives.slice(0, 3).map((a) => `${a.title}（${a.employer}${a.street ? `，${a.street}` : ''}）`).join('、')}`);
  lines.push(`${s.moreHelp}【yb2022-38:2.4.1】`);
  return lines.join('\n');
}

export function renderCourses(out: RecommendTrainingOutput, turn: ComposeTurn): string {
  const matches = out.matches;
  const lines: string[] = [];
  if (matches.length) {
    lines.push(s.coursesFound(matches.length, s.coursesWhat(turn.subject)));
    matches.forEach((m, i) => lines.push(`${i + 1}. ${m.title}｜${m.provider}${m.subsidised ? '｜补贴性培训' : ''}`));
  }
  if (out.shortfall) lines.push(s.shortfall(out.shortfall.found, '培训课程') + shortfallReason(out.shortfall.reason));
  if (out.alternatives.length) lines.push(`${s.alternatives}${out.alternatives.slice(0, 3).map((a) => a.title).join('、')}`);
  // Startup courses (GYB/SYB/IYB) rest on 二（二）1, the others on the training subsidy of 二（三）3.
  lines.push(matches.length && /创业|GYB|SYB|IYB/i.test(matches[0]!.title) ? '创业培训按规定给予培训补贴【yb2022-38:2.2.1】。' : '参加培训的重点对象按规定享受职业培训补贴【yb2022-38:2.3.3】。');
  return lines.join('\n');
}

/** A shortfall's reason as a sentence of its own. */
const shortfallReason = (reason: string) => (reason ? reason.replace(/[。]?$/, '。') : '');

/** Events the question names (春风行动, 民营企业招聘月): those alone are the answer. */
function namedIn<E extends { name: string }>(question: string, events: E[]): E[] {
  const q = question.replace(/[\s“”"'’‘，。？?！!]/gu, '');
  return events.filter((e) => {
    const name = e.name.replace(/[\s“”"'’‘，。]/gu, '');
    for (let i = 0; i + 4 <= name.length; i++) if (q.includes(name.slice(i, i + 4))) return true;
    return false;
  });
}

export function renderEvents(out: ListEventsOutput, question = ''): string {
  const named = namedIn(question, [...out.events, ...out.yearRound]);
  if (named.length && named.length <= 3) {
    const seen = new Set<string>();
    return named
      .filter((e) => !seen.has(e.name) && seen.add(e.name))
      .map((e) => `${e.name}：${e.timeText}${e.departments.length ? `，参与部门：${e.departments.join('、')}` : ''}${e.clauseId ? `【${e.clauseId}】` : ''}`)
      .join('\n') + (out.calendarYear ? `\n${s.calendarNote(out.calendarYear)}` : '');
  }
  const yearRoundNames = new Set(out.yearRound.map((e) => e.name));
  const inPeriod = out.events.filter((e) => !yearRoundNames.has(e.name));
  const seen = new Set<string>();
  const once = <T extends { name: string }>(xs: T[]) => xs.filter((e) => !seen.has(e.name) && seen.add(e.name));
  const lines: string[] = [];
  const listed = once(inPeriod);
  if (listed.length) {
    lines.push(s.eventsIn(out.label, listed.length));
    for (const e of listed) lines.push(`· ${e.name}（${e.timeText}）${e.clauseId ? `【${e.clauseId}】` : ''}`);
  } else lines.push(s.eventsNone(out.label));
  const round = once(out.yearRound);
  if (round.length) lines.push(s.yearRound(round.map((e) => e.name).join('、')));
  if (out.calendarYear) lines.push(s.calendarNote(out.calendarYear));
  return lines.join('\n');
}
