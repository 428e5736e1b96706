/**
 * The subject, place and period of a job, course or event request. The vocabulary lives with the
 * catalogue (server/catalog/request-words.ts and its thesaurus subjects.ts); this is what the NLU
 * calls. A subject the thesaurus does not know is kept only when it reads as a noun phrase, not as
 * a question (“怎么发布”, “补助”).
 */
import { jobSubject as rawSubject } from '../../catalog/request-words.ts';
import { subjectFamily, subjectWordIn } from '../../catalog/subjects.ts';

import { eventPeriod as rawPeriod, type Period } from '../../catalog/request-words.ts';

export { placeOf as jobPlace, type Period } from '../../catalog/request-words.ts';

/** 年后, 过完年, 春节过后 are all 春节后. */
export function eventPeriod(text: string, asOf: string): Period | undefined {
  return rawPeriod(text.replace(/(过完年|过了年|年后|春节过后|过年以后|过年后)/u, '春节后'), asOf);
}

export interface Place {
  streets: string[];
  label: string;
}

const NOT_A_SUBJECT = /怎么|咋|啥|什么|哪|发布|补贴|补助|钱|申请|办|缺人|招人|考$|政策|要求|条件|不|累|轻松|简单|稳定|离家|附近|工资|高|好|免费|补贴性|正规|靠谱/u;

/** Words about the person, not the work: an age, schooling, being out of work. */
const ABOUT_THE_PERSON = /\d|[一二三四五六七八九十]+(岁|年)|岁|文化|学历|初中|高中|本科|大专|下岗|失业|同志|男的|女的|毕业|大学生|毕业生/u;
/** The clause holding a subject must ask for work or learning. */
/** The words that make a clause a request for work or learning, not a statement about it. */
const REQUESTS = /找|想|要|有没有|有没得|有啥|有什么|推荐|介绍|招|学|培训|课|考|报名/u;
const SEARCH_WORDS = /找|做|干|当|学|招|培训|课|岗位|工作|活|证|考|有没有|有没得|推荐|招聘|想/u;

export function jobSubject(text: string): string | undefined {
  // Each clause and the whole message (“我会带娃娃，有没有育婴员的工作”). A subject the
  // thesaurus knows wins over one it does not (“想找IT方面的活路，程序员、测试啥子的都可以” → 程序员).
  // The clauses that ask come first: “我在村里种柑橘，想学哈咋个在网上卖” is about selling online.
  let unknown: string | undefined;
  const clauses = text.split(/[，,。；;！!？?\n]/u).filter((c) => c && c !== text);
  const asking = clauses.filter((c) => SEARCH_WORDS.test(c));
  for (const part of [...asking, text, ...clauses.filter((c) => !asking.includes(c))]) {
    const s = subjectIn(part, text);
    if (s && knownSubject(s)) return s;
    unknown ??= s;
  }
  return unknown;
}

function subjectIn(text: string, whole: string): string | undefined {
  const s = rawSubject(text);
  if (!s || ABOUT_THE_PERSON.test(s)) return undefined;
  const clause = text.split(/[，,。；;！!？?\n]/u).find((c) => c.includes(s));
  // The clause holding it asks for work or learning; a known subject may be listed in a clause of its own.
  const asks = (t: string) => SEARCH_WORDS.test(t.replace(s, ''));
  if (clause !== undefined && !asks(clause) && !(knownSubject(s) && asks(whole))) return undefined;
  // A subject the thesaurus does not know is kept only where the clause requests it (找, 想做, 有没有):
  // in “厂子倒闭了没得活路” 活路 is the work lost, and 子倒闭 no trade.
  if (!knownSubject(s) && clause !== undefined && !REQUESTS.test(clause.replace(s, ''))) return undefined;
  const family = subjectFamily(s);
  if (!NOT_A_SUBJECT.test(s)) return s;
  if (!family) return undefined;
  // “电工证怎么考” → the part the thesaurus names.
  return family.words.map((w) => w).find((w) => s.includes(w)) ?? undefined;
}

/**
 * The work someone has done or can do (以前在厂里当过电工, 我会开叉车, 学的是会计): the thesaurus word
 * of it, a hint for a search that is under way.
 */
export function experienceSubject(text: string): string | undefined {
  const m = /(当过|做过|干过|以前是|以前做|以前干|会|学过|学的是?|专业是)([^，,。；;！!？?]{1,10})/u.exec(text);
  if (!m) return undefined;
  return subjectWordIn(m[2]!);
}

/** The thesaurus knows this subject (电工, 软件开发): it is a subject wherever it is said. */
export const knownSubject = (s: string) => subjectFamily(s) !== undefined;
