/**
 * The subject, place and period of a job, course or event request. The vocabulary lives with the
 * catalogue (server/jobs/request-words.ts and its thesaurus subjects.ts); this is what the NLU
 * calls. A subject the thesaurus does not know is kept only when it reads as a noun phrase, not as
 * a question (“怎么发布”, “补助”).
 */
import { jobSubject as rawSubject } from '../../jobs/request-words.ts';
import { subjectFamily } from '../../jobs/subjects.ts';

export { eventPeriod, placeOf as jobPlace, type Period } from '../../jobs/request-words.ts';

export interface Place {
  streets: string[];
  label: string;
}

const NOT_A_SUBJECT = /怎么|咋|啥|什么|哪|发布|补贴|补助|钱|申请|办|缺人|招人|考$|政策|要求|条件|不|累|轻松|简单|稳定|离家|附近|工资|高|好/u;

export function jobSubject(text: string): string | undefined {
  const s = rawSubject(text);
  if (!s) return undefined;
  const family = subjectFamily(s);
  if (!NOT_A_SUBJECT.test(s)) return s;
  if (!family) return undefined;
  // “电工证怎么考” → the part the thesaurus names.
  return family.words.map((w) => w).find((w) => s.includes(w)) ?? undefined;
}

/** The thesaurus knows this subject (电工, 软件开发): it is a subject wherever it is said. */
export const knownSubject = (s: string) => subjectFamily(s) !== undefined;
