/**
 * Exact word evidence that a post or course is about what the seeker asked for: the share of the
 * seeker's words (IDF-weighted, so 仓库 counts more than 管理) found in its text. It backs up the
 * embedding similarity, which for short queries can be high by chance (hashed features collide)
 * and which a remote model may place differently: relevance never rests on similarity alone
 * unless it is high. Deterministic: jieba segmentation and the bundled IDF table.
 */
import { fold } from './fields.ts';
import { weightedWords } from '../text/segment.ts';

export interface QueryWords {
  words: { word: string; weight: number }[];
  total: number;
}

export function queryWords(text: string | undefined): QueryWords {
  const seen = new Map<string, number>();
  // Single characters (大, 工) occur everywhere and prove nothing.
  for (const { word, weight } of weightedWords(text ?? '')) if (word.length >= 2 && !seen.has(word)) seen.set(word, weight);
  const words = [...seen].map(([word, weight]) => ({ word: fold(word), weight }));
  return { words, total: words.reduce((s, w) => s + w.weight, 0) };
}

/** Share (0–1) of the query's weight found in `text`, and the words found (sub-words of a found word left out). */
export function coverage(q: QueryWords, text: string): { value: number; found: string[] } {
  if (!q.total) return { value: 0, found: [] };
  const hay = fold(text);
  const hits = q.words.filter((w) => hay.includes(w.word));
  const value = hits.reduce((s, w) => s + w.weight, 0) / q.total;
  const found = hits.map((w) => w.word).filter((w, _, all) => !all.some((o) => o !== w && o.includes(w)));
  return { value: Math.round(value * 10_000) / 10_000, found };
}
