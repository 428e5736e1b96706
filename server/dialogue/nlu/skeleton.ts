/**
 * A message reduced to what decides its intent: full-width and case folded, spaces dropped, topic
 * words (lexicon.yml) replaced by T, the subject of a job or course request by S, a place by P,
 * and numbers by #. “创业担保贷款最多能贷多少” and “见习补贴最多能领多少” then share a skeleton,
 * so the classifier learns the question, not the benefit.
 */
import { YUBEI_STREETS } from '../../catalog/streets.ts';
import { type TopicWord, nluData } from './data.ts';

export interface Skeleton {
  text: string;
  /** Topic words found, in order of appearance. */
  topics: TopicWord[];
}

const PLACES = [...YUBEI_STREETS.map((s) => s.replace(/(街道|镇)$/, '')), '空港', '机场', '仙桃数据谷', '数据谷', '渝北'].sort((a, b) => b.length - a.length);
const PLACE = new RegExp(`(${PLACES.join('|')})(街道|镇|片区|那边|附近|一带)?`, 'gu');
/** Chinese numerals only where they count something (一生一困 keeps its 一). */
const CN_NUMBER = /(第)?[零〇一二两三四五六七八九十百千万]+(?=[个月年岁人名位万千元块天号日届户次])/gu;

/** A word starting with a digit, or with a number in numerals (五百块, not 一次性), found right after another digit or numeral. */
function insideNumber(text: string, at: number, word: string): boolean {
  if (at === 0) return false;
  const before = text[at - 1]!;
  if (/^\d/u.test(word)) return /\d/u.test(before);
  return /^[零〇一二两三四五六七八九十百千万]{2}/u.test(word) && /[零〇一二两三四五六七八九十百千万]/u.test(before);
}

export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** The skeleton of what a person typed. `subject` is the job or course subject found in it, if any. */
export function skeleton(raw: string, subject?: string): Skeleton {
  const { topicWords, placeholders: ph } = nluData();
  let text = normaliseText(raw).toLowerCase();
  const topics: { at: number; topic: TopicWord }[] = [];
  for (const t of topicWords) {
    let at = text.indexOf(t.word);
    while (at >= 0) {
      // An amount is not part of a larger number: 500元 is not in 1500元, 五百块 not in 一千五百块.
      if (insideNumber(text, at, t.word)) {
        at = text.indexOf(t.word, at + 1);
        continue;
      }
      topics.push({ at, topic: t });
      text = `${text.slice(0, at)}${'\u0001'.repeat(t.word.length)}${text.slice(at + t.word.length)}`;
      at = text.indexOf(t.word);
    }
  }
  // A typo in a long topic word (就业帮扶车剪) still names it: one character off, same length (six or more: shorter ones are prefixes of everyday words, 就业服务周 / 就业服务能).
  for (const t of topicWords) {
    const w = [...t.word];
    if (w.length < 6) continue;
    const chars = [...text];
    for (let i = 0; i + w.length <= chars.length; i++) {
      let diff = 0;
      for (let k = 0; k < w.length && diff < 2; k++) if (chars[i + k] !== w[k] || chars[i + k] === '\u0001') diff++;
      // Only a Chinese character mistyped for another, never punctuation or a placeholder.
      if (diff === 1 && /^\p{Script=Han}+$/u.test(chars.slice(i, i + w.length).join(''))) {
        topics.push({ at: i, topic: t });
        chars.splice(i, w.length, ...'\u0001'.repeat(w.length));
        text = chars.join('');
      }
    }
  }
  text = text.replace(/\u0001+/g, ph.topic);
  if (subject) text = text.split(subject.toLowerCase()).join(ph.subject);
  text = text.replace(PLACE, ph.place).replace(/\d+(\.\d+)?/g, '#').replace(CN_NUMBER, '#');
  return { text, topics: topics.sort((a, b) => a.at - b.at).map((t) => t.topic) };
}

/** An example of intents.yml: its placeholders are written as T, S and P already and stay. */
export function exampleSkeleton(example: string): string {
  const { placeholders: ph } = nluData();
  const marks = [ph.topic, ph.subject, ph.place];
  const hidden = [...example].map((c) => (marks.includes(c) ? String.fromCharCode(0xe000 + marks.indexOf(c)) : c)).join('');
  return skeleton(hidden).text.replace(/[\ue000-\ue002]/g, (c) => marks[c.charCodeAt(0) - 0xe000]!);
}
