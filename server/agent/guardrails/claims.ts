/**
 * What a sentence says about benefits: which benefits it names (by the dictionary's names and the
 * lexicon's words for them), and its eligibility claims — “符合/可以领取/能申请…” (yes) and
 * “不符合/不能领…” (no) — each with whether it is hedged (可能还符合), a question (能不能申请) or a
 * general rule (符合…条件的可以…, …的，可申请, 如果您…), which say nothing about this seeker.
 *
 * A mechanism over word lists, not patterns per sentence: cues, question forms, hedges and the
 * marks of a rule (a relative clause ending in 的, a class of people as subject, a condition).
 */
import { nluData } from '../../dialogue/nlu/data.ts';
import { benefitNames } from '../../i18n/zh-CN/benefits.ts';
import { BENEFIT_CODES, type BenefitCode } from '../../rules/engine.ts';
import { fold } from './amounts.ts';

export interface Mention {
  start: number;
  end: number;
  /** One word can name more than one benefit (一次性吸纳就业补贴: both rates). */
  codes: BenefitCode[];
}

/** What a benefit is called at the end of its name: 补贴, 贷款, 岗位… (培训费 or 场地 name no benefit). */
const BENEFIT_HEAD = /(补贴|补助|奖补|奖励|贷款|贴息|工位|岗位|公益岗|登记|见习|车间|基地|示范街|示范山村|就业服务)$/;

let words: { word: string; codes: BenefitCode[] }[] | undefined;

/** The dictionary's benefit names, with and without their bracketed part, and the lexicon's benefit words; longest first. */
function benefitWords() {
  if (words) return words;
  const byWord = new Map<string, Set<BenefitCode>>();
  const add = (word: string, codes: readonly BenefitCode[]) => {
    const w = fold(word.normalize('NFKC')).toLowerCase();
    const set = byWord.get(w) ?? new Set<BenefitCode>();
    codes.forEach((c) => set.add(c));
    byWord.set(w, set);
  };
  for (const code of BENEFIT_CODES) {
    const name = benefitNames[code];
    add(name, [code]);
    const short = name.replace(/（[^）]*）/g, '');
    if (short !== name) add(short, [code]);
  }
  // The lexicon's words; the benefits' own (their names, from their modules) are the names above.
  for (const t of nluData().topicWords) if (t.benefits.length && !t.fromBenefit && BENEFIT_HEAD.test(t.word)) add(t.word, t.benefits);
  words = [...byWord].map(([word, codes]) => ({ word, codes: [...codes] })).sort((a, b) => b.word.length - a.word.length);
  return words;
}

/** The benefits a text names, in order; a longer name wins over a shorter one inside it. */
export function benefitMentions(text: string): Mention[] {
  const hay = fold(text.normalize('NFKC')).toLowerCase();
  const taken = new Array<boolean>(hay.length).fill(false);
  const out: Mention[] = [];
  for (const { word, codes } of benefitWords()) {
    for (let at = hay.indexOf(word); at >= 0; at = hay.indexOf(word, at + 1)) {
      if (taken.slice(at, at + word.length).some(Boolean)) continue;
      taken.fill(true, at, at + word.length);
      out.push({ start: at, end: at + word.length, codes });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface Claim {
  cue: string;
  start: number;
  end: number;
  says: 'yes' | 'no';
  /** 可能还符合, 有望: compatible with a result still open. */
  hedged: boolean;
  /** A rule about whoever meets it, not a verdict on this seeker. */
  general: boolean;
}

const NO_CUES = [
  '暂不符合', '不符合', '不满足条件', '不够条件', '不具备', '没有资格', '不能领取', '不能领', '不可以领', '领不了', '领不到', '拿不到',
  '不可以申请', '不能申请', '不可申请', '无法申请', '没法申请', '没办法申请', '申请不了', '不能享受', '无法享受', '享受不了', '不可享受', '不能获得', '无法获得',
];
const YES_CUES = [
  '符合条件', '符合', '满足条件', '够条件', '具备条件', '具备资格', '具备申请', '有资格', '可以领取', '可领取', '能领取', '能够领取', '可以申领', '可申领', '能申领',
  '可以领', '能领', '可领', '可以拿', '能拿到', '能拿', '可以申请', '可申请', '能申请', '能够申请', '可以享受', '可享受', '能享受', '能够享受', '可以享有', '可享有',
  '可以获得', '可获得', '能获得', '可以去申请', '可以先申请', '可以直接申请', '可以去领', '可以直接领取',
];
const CUES = [...NO_CUES.map((cue) => ({ cue, says: 'no' as const })), ...YES_CUES.map((cue) => ({ cue, says: 'yes' as const }))].sort((a, b) => b.cue.length - a.cue.length);

/** Asking, not saying: 能不能申请, 是否符合. Masked before cues are looked for. */
const QUESTION_FORMS = /能不能|可不可以|符不符合|够不够|能否|可否|是否|有没有|会不会/g;
const MASK = '〿';
/** Asked about right after the cue: 能享受哪些, 可以领多少. */
const ASKED_AFTER = /^[^，。；,;]{0,3}(哪些|哪几|什么|多少|几|吗|么|呢)|^[^，。；,;]*[吗？?]\s*$/;
const HEDGE = /(可能|或许|也许|有望|有可能|大概|应该)(还|也|会)?$/;
/** A condition that makes what follows a rule: 如果您…，可以申请. */
const CONDITION = /如果|假如|倘若|若是|若您|若该|如您|如你|如该|如其|只要|凡是|一旦|要是|经审核|届时|到时|等到|之后|以后/;
/** Who a rule is about: a class of people or employers, as the subject before a cue (or starting it). */
const CLASS = '(人员|人|人口|人群|企业|单位|用人单位|毕业生|对象|群体|家庭成员|个体工商户|劳动者|青年|基地|车间)';
const CLASS_SUBJECT = new RegExp(`(的|的?${CLASS})$`);
const CLASS_FIRST = new RegExp(`^(各类|中小微|小微|招用|对)?${CLASS}`);
/** A part naming a class of people with no one addressed: 困难家庭的高校毕业生离校后未就业，可申请… */
const CLASS_NAMED = /毕业生|人员|人口|群体|家庭成员|劳动者|失业青年|企业|用人单位/;
const PERSONAL = /您|你|贵单位|贵公司|贵企业|本人/;

/** Where the sentence's comma-separated parts begin and end. */
export function segments(sentence: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= sentence.length; i++) {
    if (i === sentence.length || /[，,；;]/.test(sentence[i]!)) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** The eligibility claims of one sentence. */
export function claimsIn(sentence: string): Claim[] {
  const text = fold(sentence).replace(QUESTION_FORMS, (m) => MASK.repeat(m.length));
  const parts = segments(text);
  const out: Claim[] = [];
  const taken = new Array<boolean>(text.length).fill(false);
  const found: { cue: string; says: 'yes' | 'no'; at: number }[] = [];
  for (const { cue, says } of CUES) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
      if (taken.slice(at, at + cue.length).some(Boolean)) continue;
      taken.fill(true, at, at + cue.length);
      found.push({ cue, says, at });
    }
  }
  for (const { cue, says, at } of found.sort((a, b) => a.at - b.at)) {
    const end = at + cue.length;
    const segIndex = parts.findIndex((p) => at >= p.start && at < p.end);
    const seg = parts[segIndex]!;
    const before = text.slice(seg.start, at).replace(/[“"”\s]/g, '');
    const after = text.slice(end, seg.end);
    // 符合您的需求 / 符合您说的条件: something suits the seeker; not a verdict on their eligibility.
    if (before.endsWith(MASK) || ASKED_AFTER.test(after) || (/符合|满足/.test(cue) && /^(您|你)/.test(after))) continue;
    out.push({ cue, start: at, end, says, hedged: HEDGE.test(before), general: isGeneral(text, cue, before, after, parts, segIndex, at) });
  }
  return out;
}

function isGeneral(text: string, cue: string, before: string, after: string, parts: { start: number; end: number }[], segIndex: number, at: number): boolean {
  if (CONDITION.test(text.slice(0, at))) return true;
  // 符合…条件的人员, 符合的: a relative clause naming who qualifies; 符合…的条件 is a verdict.
  if (/符合|满足条件/.test(cue)) {
    const de = after.indexOf('的');
    if (de >= 0 && !/^(条件|要求)/.test(after.slice(de + 1))) return true;
  }
  if (PERSONAL.test(before)) return false;
  before = before.replace(/(都|均|也|还|皆|亦|便|就|即)+$/, '');
  // 可以享受的扶持有: what a class can have, not what this seeker can.
  if (after.startsWith('的') || CLASS_SUBJECT.test(before) || CLASS_FIRST.test(before)) return true;
  // …3人以上的，可申请 / 企业招用脱贫人口，可以申请: the cue's part has no subject of its own; the part before is a rule's.
  const previous = parts[segIndex - 1];
  if (!previous || !/^(均|都|也|还|即|就|则|可|按规定)?$/.test(before)) return false;
  const subject = text.slice(previous.start, previous.end).trim();
  return !PERSONAL.test(subject) && (/的$/.test(subject) || CLASS_FIRST.test(subject) || CLASS_NAMED.test(subject));
}

/** Does the text hold a claim's words (the hold-back's cue to hold the sentence)? */
export function hasClaimCue(text: string): boolean {
  return CUES.some(({ cue }) => text.includes(cue));
}
