/**
 * What one message says, read deterministically from the NLU data: its intents (clause by clause,
 * so “我想找工作，也想学门技术” is two requests), what it asks about its topic (the aspect), the
 * topics named, whether the asker speaks as an employer, a job or course subject and a place, and
 * the person and employer facts it states. The tracker (track.ts) then reads it against the
 * conversation so far.
 */
import type { BenefitCode } from '../../rules/outcome.ts';
import type { Employer, Person } from '../../rules/facts.ts';
import { extractEmployerFacts, extractPersonFacts } from './facts.ts';
import { type Aspect, type Intent, type Service } from '../state.ts';
import { classifySkeleton, patternIntent } from './classify.ts';
import { subjectWordIn } from '../../catalog/subjects.ts';
import { nluData } from './data.ts';
import { normaliseText, skeleton } from './skeleton.ts';
import { eventPeriod, experienceSubject, jobPlace, jobSubject, knownSubject, type Period, type Place } from './subjects.ts';

/** Intents that ask for something (the rest greet, thank, answer or state facts). */
export const REQUESTS: readonly Intent[] = ['dispute', 'check_eligibility', 'ask_policy', 'ask_process', 'recruit', 'find_jobs', 'find_training', 'find_events'];
const SOCIAL: readonly Intent[] = ['greet', 'thanks', 'goodbye', 'bot_identity'];
/** Below this a clause's nearest example is too far to trust. */
export const MIN_SCORE = 0.3;

export interface Understanding {
  /** The requests of the message in order, or its one social/answer intent. */
  intents: Intent[];
  aspect?: Aspect;
  topics: { benefits: BenefitCode[]; service?: Service; words?: string[] };
  /** Speaks as an employer (我们公司, 招了2个…). */
  employerCue: boolean;
  /** Speaks of a business of their own (创业, 个体户, 开了个店): a founder, not an employer asking for hires. */
  founderCue: boolean;
  subject?: string;
  /** A subject the thesaurus knows, said without a search (“养老护理方面的”): it may continue one. */
  subjectHint?: string;
  place?: Place;
  /** A time the message names (下个月, 三月份, 春节后). */
  period?: Period;
  person: Partial<Person>;
  employer?: Employer;
  /** A question (？, 吗, 怎么 …), as opposed to a statement. */
  asks: boolean;
  /** For the trace: each clause's skeleton and intent. */
  clauses: { text: string; intent: Intent; score: number }[];
}

const QUESTION = /[?？吗呢嘛]|怎么|如何|什么|啥|哪|多少|好多|几|能不能|可不可以|是否|能否|有没有|有没得|是不是|咋|得不得|行不行|不\s*$/u;

const SEARCHES: readonly Intent[] = ['find_jobs', 'find_training', 'recruit'];

function classifyClauses(whole: string, original: string) {
  return whole
    .split(/[,，.。;；!！?？、\n]|(?<=.)(?:也|还想|另外|顺便|再问)/u)
    .map((c) => c.trim())
    .filter((c) => c.length > 0)
    .map((c) => {
      const k = classifySkeleton(c, original);
      // A question naming a topic in no frame the examples know (“有没有T”, “T呢？”) asks about the topic.
      const intent: Intent = k.score >= MIN_SCORE ? k.intent : c.includes(nluData().placeholders.topic) && QUESTION.test(c) ? 'ask_policy' : 'unknown';
      return { text: c, intent, score: k.score, near: k.ranking.slice(0, 3) };
    });
}

export function understand(raw: string, asOf: string): Understanding {
  const text = normaliseText(raw);
  // The subject of a search is read only where the message looks like a search: “怎么申请” is no job.
  const first = classifyClauses(skeleton(text).text, text);
  const searching = first.some((c) => c.near.some((n) => SEARCHES.includes(n.intent) && n.score >= MIN_SCORE * 0.5));
  const candidate = jobSubject(text);
  // A subject the thesaurus knows counts where it makes the message a search (“找电工”), not in
  // “你是机器人吗”.
  let subject: string | undefined;
  let clauses = first;
  if (candidate && (searching || knownSubject(candidate))) {
    const withSubject = classifyClauses(skeleton(text, candidate).text, text);
    if (searching || withSubject.some((c) => SEARCHES.includes(c.intent))) {
      subject = candidate;
      clauses = withSubject;
    }
  }
  const place = jobPlace(text);
  const whole = skeleton(text, subject);
  const pattern = patternIntent(text);
  // A clause is a request when it asks, or when it is very close to a request's examples: a
  // statement clause (“见习基地吸纳高校毕业生见习”) is context for the question beside it.
  // Searches have required words (intents.yml), so a modest score is enough for them.
  const requestOf = (c: { text: string; intent: Intent; score: number }) =>
    REQUESTS.includes(c.intent) && (c.score >= (SEARCHES.includes(c.intent) || c.intent === 'find_events' ? MIN_SCORE : 0.45) || QUESTION.test(c.text) || clauses.length === 1);
  // When the message asks something, its question decides; statements beside it count as
  // requests only when they are plainly one (“我想找工作，也想学门技术”).
  const asked = clauses.filter((c) => requestOf(c) && QUESTION.test(c.text));
  const stated = clauses.filter((c) => requestOf(c) && !QUESTION.test(c.text) && (!asked.length || c.score >= 0.75));
  const requests = [...new Set([...(pattern ? [pattern] : []), ...asked.map((c) => c.intent), ...stated.map((c) => c.intent)])];
  const wholeClass = classifySkeleton(whole.text, text);
  let intents: Intent[];
  if (requests.length) intents = requests;
  else if (clauses.some((c) => c.intent === 'inform')) intents = ['inform'];
  else if (wholeClass.score >= MIN_SCORE) intents = [wholeClass.intent];
  else intents = [clauses.find((c) => c.intent !== 'unknown')?.intent ?? 'unknown'];
  // A greeting in front of a request (“你好，我想问下创业贷款”) is the request.
  if (intents.length > 1) intents = intents.filter((i) => !SOCIAL.includes(i));

  // What the question clause names comes first: in “我在开网约车，算灵活就业，能办失业登记吗” the
  // question is about 失业登记; 灵活就业 is what the asker says of themselves.
  const asking = text.split(/[,，.。;；!！、\n]/u).filter((c) => QUESTION.test(c));
  const inQuestion = (t: { word: string }) => asking.some((c) => c.toLowerCase().includes(t.word));
  const ordered = asking.length ? [...whole.topics.filter(inQuestion), ...whole.topics.filter((t) => !inQuestion(t))] : whole.topics;
  const benefits = [...new Set(ordered.flatMap((t) => t.benefits))];
  const service = whole.topics.find((t) => t.service)?.service;
  const founderCue = nluData().founderCues.some((p) => p.test(text));
  const employerCue = !founderCue && nluData().employerCues.some((p) => p.test(text));
  // A founder's 我的公司 is their own business: its facts are the person's, not an employer's hires.
  const employer = founderCue ? undefined : extractEmployerFacts(text, asOf);
  const topicWords = whole.topics.map((t) => t.word);
  // “去年招了三个毕业生…有什么补贴” describes hires already made: not a request to recruit.
  if (employer?.hires?.length && intents.length > 1) intents = intents.filter((i) => i !== 'recruit' && i !== 'find_jobs');
  const person = employer ? {} : extractPersonFacts(text, asOf);
  return {
    intents,
    ...(aspectOf(text) ? { aspect: aspectOf(text) } : {}),
    topics: { benefits, ...(service ? { service } : {}), words: topicWords },
    employerCue: !founderCue && (employerCue || employer !== undefined),
    founderCue,
    ...(subject ? { subject } : {}),
    ...(subject ? {} : hintOf(text, candidate)),
    ...(place ? { place } : {}),
    ...(eventPeriod(text, asOf) ? { period: eventPeriod(text, asOf)! } : {}),
    person,
    ...(employer ? { employer } : {}),
    asks: QUESTION.test(text),
    clauses: clauses.map(({ text, intent, score }) => ({ text, intent, score })),
  };
}

/**
 * A subject said without a search, which may continue one: a known subject (养老护理), the work
 * someone has done (以前当过电工), or in a short reply the thesaurus word it holds (养老护理方面的).
 */
function hintOf(text: string, candidate: string | undefined): { subjectHint?: string } {
  const hint = (candidate && knownSubject(candidate) ? candidate : undefined) ?? experienceSubject(text) ?? ([...text].length <= 12 ? subjectWordIn(text) : undefined);
  return hint ? { subjectHint: hint } : {};
}

/** What the question asks about its topic: the most specific aspect word found. */
export function aspectOf(text: string): Aspect | undefined {
  const order: Aspect[] = ['materials', 'period', 'duration', 'where', 'how_to_apply', 'amount', 'conditions', 'who', 'when'];
  const found = new Set(nluData().aspectWords.filter((a) => text.includes(a.word)).map((a) => a.aspect));
  return order.find((a) => found.has(a));
}
