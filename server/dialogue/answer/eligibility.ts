/**
 * The rules engine's answer in a counsellor's words: first the rule with its figure and clause (the
 * general rule when nothing is known about the asker), then what applies to this asker, then at
 * most two questions. Only the benefits the question is about, on the asker's side.
 */
import { zh } from '../../i18n/zh-CN/index.ts';
import type { BenefitResult } from '../../rules/outcome.ts';
import { clauseText, generalRule, isGuideCode } from '../../policy/guide.ts';
import { sentences } from '../../policy/sentences.ts';
import { askFor } from './questions.ts';
import { bestSentences } from './renderers.ts';
import type { ComposeTurn, EligibilityReading } from './types.ts';

const j = zh.dialogue.joints;
const cite = (b: BenefitResult) => b.citations.map((id) => `【${id}】`).join('');
/** The most benefits a general answer lists (and a colleague's summary, unless the question names them). */
const GENERAL_MAX = 4;

/** The clause's own sentence stating the rule, whole, with its citation. */
export function ruleSentence(code: string, question = '', aspect?: string): string | undefined {
  if (!isGuideCode(code)) return undefined;
  try {
    const r = generalRule(code);
    // “其中，…提高到1500元” belongs to the rule before it.
    const all = sentences(clauseText(r.clauseId) ?? '');
    const at = all.indexOf(r.sentence);
    const next = all[at + 1];
    let sentence = next && /^其中/.test(next) ? `${r.sentence}${next}` : r.sentence;
    // A question about another part of the rule (绩效奖补, 次年起, 留用率) gets that sentence too.
    if (question) {
      const [best] = bestSentences(clauseText(r.clauseId) ?? '', question, 1, { aspect });
      if (best && !sentence.includes(best) && sharesWords(best, question) && Math.abs(all.indexOf(best) - at) <= 2) {
        sentence = all.indexOf(best) < at ? `${best}${sentence}` : `${sentence}${best}`;
      }
    }
    return `${sentence.replace(/^——/, '')}【${r.clauseId}】`;
  } catch {
    return undefined;
  }
}

/** The clause's sentence a question is about when it is not the rule's own (绩效评估 beside 60万元), whole, with its citation. */
function askedSentence(code: string, question: string, aspect?: string): string | undefined {
  if (!isGuideCode(code)) return undefined;
  const r = generalRule(code);
  const [best] = bestSentences(clauseText(r.clauseId) ?? '', question, 1, { aspect });
  return best && best !== r.sentence && sharesWords(best, question) ? `${best.replace(/^——/, '')}【${r.clauseId}】` : undefined;
}

/** Two texts share a two-character word or more (绩效, 次年, 留用). */
const COMMON = /^(补贴|按规|规定|政策|一个|多少|好多|总共|一共|能领|可以|什么|怎么|个人|个月|人一|能拿|领多|拿多)$/u;
function sharesWords(a: string, b: string): boolean {
  const chars = [...b.replace(/[\s，。？?！!\d]/gu, '')];
  for (let i = 0; i + 1 < chars.length; i++) if (a.includes(`${chars[i]}${chars[i + 1]}`) && !COMMON.test(`${chars[i]}${chars[i + 1]}`)) return true;
  return false;
}

/** The rule sentence already states every figure of the amount: saying the amount too would repeat it. */
function statesAmount(rule: string, b: BenefitResult): boolean {
  const figures = (b.amount?.text ?? '').match(/\d+(?:\.\d+)?/g) ?? [];
  return figures.every((f) => rule.includes(f));
}

/** Facts that are a plan of the asker's own: an open benefit resting on one is not offered unasked. */
const PREMISES = new Set(['person.hasBusiness', 'person.wantsStartup', 'person.attendedVocationalTraining', 'person.wantsTraining']);
/** Wanting to start a business makes its steps (办执照, 贷款) part of the plan. */
const STARTUP_PREMISES = new Set(['person.hasBusiness', 'person.wantsStartup']);

/** Why a benefit is out, in the words of the rules (the first failed condition). */
const failed = (b: BenefitResult) => b.reasons.find((r) => /不满足/.test(r)) ?? b.reasons[0] ?? '';
const named = (b: BenefitResult) => b.name;
/** Stored with the asked facts once the answer has invited the asker to say their situation. */
const INVITED = 'invite.situation';
/** A reason saying a condition holds: “为小型企业（满足“中小微企业”）” or “满足“…””. */
const isMet = (r: string) => r.includes('（满足“') || r.startsWith('满足“');
/** When a benefit out for now will be in (社保缴满6个月后): the rules' own note. */
const whenNote = (b: BenefitResult) => b.reasons.find((r) => r.includes(zh.rules.notes.notYetMark));
/** Why it is out and, if the rules can tell, from when it will be in; a lone hire is not numbered. */
function why(b: BenefitResult, hires: number): string {
  const reason = failed(b);
  const note = whenNote(b);
  const text = note && !reason.includes(note) ? `${reason}；${note}` : reason;
  return hires <= 1 ? text.replace(`${zh.rules.reasons.whoHire(0)}：`, '') : text;
}
const amountText = (b: BenefitResult) => (b.amount ? `：${b.amount.text}` : '');

export function renderEligibility(out: EligibilityReading, turn: ComposeTurn, opts: { brief?: boolean; question?: string } = {}): { text: string; asked: string[]; ask?: string; lead?: string } {
  const all = out.benefits ?? [];
  if (!all.length) return { text: '', asked: [] };
  const employer = turn.role === 'employer';
  const known = Object.keys(out.person ?? {}).length > 0 || Boolean(turn.employer?.hires?.length) || Boolean(turn.employer && Object.keys(turn.employer).length);
  const focused = turn.focus.length > 0;
  const lines: string[] = [];
  const shown: BenefitResult[] = [];

  if (turn.audience === 'staff') return { text: staffRules(focused ? all : all.slice(0, GENERAL_MAX)), asked: [] };
  if (turn.overview) return groupOverview(all, out.person ?? {}, out.bearing, { startup: asksStartup(opts.question), employerFirst: /企业|单位|老板|公司|用人/u.test(opts.question ?? '') });

  if (focused) {
    // What can be had first, then what is open (with an amount first), then what is out.
    // Among open ones, the one whose conditions the facts already meet most is the likelier.
    // The asker's own side first: a seeker asking about 孵化基地 wants the workspace, not the base's award.
    const offSide = (b: BenefitResult) => (turn.role === 'seeker' && b.audience === 'employer') || (turn.role === 'employer' && b.audience === 'person') ? 10 : 0;
    // “Not yet” (社保还差几个月) is nearly there: it comes before what is still open.
    // What the question names leads once the facts decide it: “能办失业登记吗” → 暂不符合：目前灵活就业.
    const decided = (b: BenefitResult) => known && b.code === turn.askedAbout && b.status !== 'unknown';
    const rank = (b: BenefitResult) => (decided(b) ? -10 : 0) + offSide(b) + (b.status === 'eligible' ? 0 : whenNote(b) ? 0.5 : b.status === 'unknown' ? (b.amount ? 1 : 2) : 3);
    const met = (b: BenefitResult) => b.reasons.filter((r) => isMet(r)).length;
    const order = turn.focus
      .map((c) => all.find((b) => b.code === c))
      .filter((b): b is BenefitResult => Boolean(b))
      .sort((a, b) => rank(a) - rank(b) || met(b) - met(a));
    const [lead, ...rest] = order.length ? order : all;
    lines.push(leadSentence(lead!, known, employer, turn, opts.question ?? ''));
    shown.push(lead!);
    if (opts.brief) return { text: lines.join('\n'), asked: [], lead: lead!.code };
    // An ineligible benefit is worth a line when it is the one asked about first (“我们是大型企业呢”).
    const first = turn.focus[0];
    // The other side's benefit (孵化基地's 60万 to a seeker asking for a workspace) only when it was what the question named first.
    const sideOk = (x: BenefitResult) => !offSide(x) || offSide(lead!) > 0 || x.code === first;
    for (const b of rest.filter((x) => sideOk(x) && (x.status !== 'ineligible' || (lead!.status === 'ineligible' && !whenNote(lead!)) || whenNote(x) || (x.code === first && known && !/^第\d+位/.test(failed(x))))).slice(0, 2)) {
      const line = otherLine(b, known, employer, turn);
      if (line) {
        lines.push(line);
        shown.push(b);
      }
    }
  } else if (known && !employer && onlyGroups(turn.person)) {
    // “我是残疾人，有什么帮扶”: all that is known is a group — what that group can have, then the questions.
    const overview = groupOverview(all, turn.person, out.bearing, { hiring: false, closing: false, startup: asksStartup(opts.question) });
    if (overview.text) {
      const ask = askFor(all.filter((b) => b.status === 'unknown'), turn.askedBefore, undefined, turn.person);
      return { ...overview, asked: ask.asked, ...(ask.text ? { ask: ask.text } : {}) };
    }
  } else if (!known) {
    // “我能领什么补贴” with nothing known: no list of guesses, the questions that settle the most.
    const ask = askFor(all.filter((b) => b.status === 'unknown'), turn.askedBefore, undefined, turn.person);
    return { text: `${j.dependsOnYou}${ask.text.replace(zh.dialogue.questions.intro, '')}`, asked: ask.asked };
  } else {
    const eligible = all.filter((b) => b.status === 'eligible');
    // Open benefits worth naming: one of their conditions is already met by what was said.
    // What the asker said of themselves picks them: the most conditions already met first (做自由职业
    // → 灵活就业社保补贴, 想开工作室 → 创业工位), then those with an amount, then the nearest to settled.
    const metOf = (b: BenefitResult) => b.reasons.filter((r) => isMet(r) && !/未就业|无业|就业状态|离校后未就业/.test(r)).length;
    const spoken = new Set(Object.keys(turn.person).filter((k) => turn.person[k] === true).map((k) => `person.${k}`));
    const startup = spoken.has('person.wantsStartup') || spoken.has('person.hasBusiness');
    const bears = (b: BenefitResult) => Number((out.bearing ?? []).includes(b.code));
    const open = all
      .filter((b) => b.status === 'unknown' && (metOf(b) > 0 || bears(b)))
      // Not a business, training or plan the asker never spoke of (创业担保贷款 to a graduate looking for work).
      .filter((b) => !b.missingFacts.some((f) => PREMISES.has(f) && !spoken.has(f) && !(startup && STARTUP_PREMISES.has(f))))
      .sort((a, b) => metOf(b) - metOf(a) || bears(b) - bears(a) || Number(Boolean(b.amount)) - Number(Boolean(a.amount)) || a.missingFacts.length - b.missingFacts.length);
    if (eligible.length) {
      lines.push(employer ? j.youQualifyEmployer('') .replace(/申请$/, '申请：') : `${j.youQualify('').replace(/申请$/, '享受：')}`);
      for (const b of eligible.slice(0, GENERAL_MAX)) lines.push(`· ${named(b)}${amountText(b)}${cite(b)}`);
      shown.push(...eligible.slice(0, GENERAL_MAX));
    }
    const room = Math.max(1, GENERAL_MAX - Math.min(eligible.length, GENERAL_MAX));
    if (open.length) {
      lines.push(j.mayAlso);
      for (const b of open.slice(0, Math.min(2, room))) lines.push(`· ${named(b)}${amountText(b)}${cite(b)}`);
      shown.push(...open.slice(0, Math.min(2, room)));
    }
    if (!eligible.length && !open.length) {
      const some = all.filter((b) => b.status !== 'ineligible').slice(0, 3);
      for (const b of some) lines.push(`· ${named(b)}${cite(b)}`);
      shown.push(...some);
    }
  }

  const openShown = shown.filter((b) => b.status === 'unknown');
  // The invitation to say one's situation is made once, not after every answer.
  const invite = openShown.length && !turn.askedBefore.includes(INVITED) ? { text: j.askToCheck, asked: [INVITED] } : { text: '', asked: [] };
  const ask = turn.intent === 'ask_policy' && !known ? invite : askFor(openShown, turn.askedBefore, turn.employer, turn.person);
  if (shown.some((b) => b.status !== 'ineligible' && b.amount)) lines.push(j.checkedBy);
  // The questions close the whole answer (after any list beside it): the composer places them.
  return { text: lines.join('\n'), asked: ask.asked, ...(ask.text ? { ask: ask.text } : {}), ...(shown[0] ? { lead: shown[0].code } : {}) };
}

function leadSentence(b: BenefitResult, known: boolean, employer: boolean, turn: ComposeTurn, question: string): string {
  const rule = ruleSentence(b.code, question, turn.aspect);
  if (b.status === 'eligible' && known) {
    const yes = employer ? j.youQualifyEmployer(named(b)) : j.youQualify(named(b));
    // A question about the rule itself (几个名额, 失业青年也可以吗) also gets the plan's words; with an
    // amount, the clause's sentence the question is about (次年起连续4年开展绩效评估) when it is another.
    const rule = question && /[?？吗嘛]|多少|好多|几|哪些|什么/u.test(question) ? (b.amount ? askedSentence(b.code, question, turn.aspect) : ruleSentence(b.code, question, turn.aspect)) : undefined;
    return `${yes}${amountText(b)}${cite(b)}。${rule ? `\n${j.ruleIntro}${rule}` : ''}`;
  }
  if (b.status === 'ineligible' && known) return `${j.notYet(named(b), why(b, turn.employer?.hires?.length ?? 0))}${cite(b)}。${rule ? `\n${j.ruleIntro}${rule}` : ''}`;
  // Nothing settles it yet: the general rule, figure first when the question is about the amount.
  if (b.amount && !known && !(rule && statesAmount(rule, b))) return `${named(b)}${amountText(b)}${cite(b)}。${rule ? `\n${j.ruleIntro}${rule}` : ''}`;
  if (rule) return `${j.ruleIntro}${rule}${known && b.amount && !statesAmount(rule, b) ? `\n${j.openWith(named(b))}${amountText(b)}。` : ''}`;
  return `${named(b)}${amountText(b)}${cite(b)}。`;
}

function otherLine(b: BenefitResult, known: boolean, employer: boolean, turn: ComposeTurn): string | undefined {
  if (b.status === 'eligible' && known) return `${employer ? j.youQualifyEmployer(named(b)) : j.youQualify(named(b))}${amountText(b)}${cite(b)}。`;
  if (b.status === 'ineligible') return known ? `${j.notYet(named(b), why(b, turn.employer?.hires?.length ?? 0))}${cite(b)}。` : undefined;
  const rule = ruleSentence(b.code);
  return rule ?? `${named(b)}${amountText(b)}${cite(b)}。`;
}

/** A colleague's answer: each rule as the plan states it, every group's figure, no questions. */
function staffRules(benefits: BenefitResult[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const b of benefits) {
    const rule = ruleSentence(b.code);
    const line = rule ? `${named(b)}：${rule}` : `${named(b)}${amountText(b)}${cite(b)}`;
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(`· ${line}`);
  }
  return lines.join('\n');
}

/** The facts of the plan's groups (低保, 残疾 …): a person of whom only these are known. */
const GROUP_KEYS = new Set(Object.keys(zh.dialogue.groupNames));
const onlyGroups = (person: Record<string, unknown>) => {
  const keys = Object.keys(person);
  return keys.length > 0 && keys.every((k) => GROUP_KEYS.has(k) && person[k] === true);
};
/** A question about starting a business: its benefits are not put last in an overview. */
const asksStartup = (question = '') => /创业|开店|当老板/u.test(question);

/**
 * What a group can have (脱贫人口就业有啥子帮扶): the benefits its facts bear on or whose
 * conditions it meets, most conditions met first, with their amounts and clauses; and what an
 * employer hiring someone of the group can have.
 */

function groupOverview(
  all: BenefitResult[],
  group: Record<string, unknown>,
  relevant: string[] = [],
  opts: { hiring?: boolean; closing?: boolean; startup?: boolean; employerFirst?: boolean } = {},
): { text: string; asked: string[]; lead?: string } {
  const names = zh.dialogue.groupNames;
  const label = Object.keys(group).map((k) => names[k]).filter(Boolean).join('、');
  const met = (b: BenefitResult) => b.reasons.filter((r) => isMet(r)).length;
  // Starting a business is one road among others: its benefits come after the rest unless asked about.
  const business = (b: BenefitResult) => (!opts.startup && /^(startup_|entrepreneurship_)/.test(b.code) ? 1 : 0);
  const pick = (side: 'person' | 'employer', max: number) =>
    all
      .filter((b) => b.audience === side && b.status !== 'ineligible' && (met(b) > 0 || relevant.includes(b.code)))
      .sort((a, b) => business(a) - business(b) || met(b) - met(a) || Number(Boolean(b.amount)) - Number(Boolean(a.amount)))
      .slice(0, max);
  const own = pick('person', GENERAL_MAX);
  const hiring = opts.hiring === false ? [] : pick('employer', 2);
  if (!own.length && !hiring.length) return { text: '', asked: [] };
  const line = (b: BenefitResult) => `· ${named(b)}${amountText(b)}${cite(b)}`;
  // An employer's subsidy for a hire not yet described is its rate, not a total for “1人”.
  const rateLine = (b: BenefitResult) => `· ${named(b)}${amountText(b).split(/，| × /u)[0]}${cite(b)}`;
  const ownPart = own.length ? [j.groupCan(label), ...own.map(line)] : [];
  const hiringPart = hiring.length ? [j.groupHired(label), ...hiring.map(rateLine)] : [];
  // Asked about the employer's money (企业能拿好多), the hiring part answers first.
  const lines = [...(opts.employerFirst ? [...hiringPart, ...ownPart] : [...ownPart, ...hiringPart]), opts.closing === false ? j.checkedBy : j.groupDepends];
  const leadOf = opts.employerFirst ? (hiring[0] ?? own[0]) : (own[0] ?? hiring[0]);
  return { text: lines.join('\n'), asked: [], lead: leadOf!.code };
}
