import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict, idf as idfDict } from '@node-rs/jieba/dict';

/**
 * Chinese word segmentation shared by embeddings, the lexical index and the offline model:
 * jieba with its default dictionary plus the programme's own terms (so 创业担保贷款 and 零就业家庭
 * stay whole), stop words dropped, and an IDF weight per word from jieba's bundled table.
 */
const jieba = Jieba.withDict(dict);
jieba.loadDict(readFileSync(new URL('./domain-words.txt', import.meta.url)));

const STOP_WORDS = new Set(
  ('的 了 是 我 你 他 她 它 们 我们 你们 在 和 与 及 或 有 也 都 就 要 会 能 可以 吗 呢 吧 啊 呀 么 什么 怎么 怎样 如何 哪些 哪个 ' +
    '多少 几 这 那 这个 那个 一个 个 对 给 把 被 让 从 到 为 按 按照 等 中 上 下 里 还 又 再 该 请问 请 问 一下 想 想问 ' +
    '知道 告诉 没有 不 没 有没有 是不是 能不能 可不可以 如果 的话 现在 今年 已经 自己 啥 咋 嘛 呗 哦 嗯 好 谢谢 您 一 其 之 以 于 并 及其')
    .split(' '),
);

const WORD = /[\p{L}\p{N}]/u;

/**
 * jieba's IDF table (270k words) kept compact: the sorted words in one string with offsets and a
 * Float32Array of weights, searched by bisection. A Map of the same would hold ~100 MB more.
 */
let table: { words: string; offsets: Int32Array; weights: Float32Array; median: number } | undefined;
const seen = new Map<string, number>();

function loadTable() {
  const entries: [string, number][] = [];
  for (const line of Buffer.from(idfDict).toString('utf8').split('\n')) {
    const space = line.lastIndexOf(' ');
    if (space > 0) entries.push([line.slice(0, space), Number(line.slice(space + 1))]);
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const offsets = new Int32Array(entries.length + 1);
  const weights = new Float32Array(entries.length);
  let pos = 0;
  entries.forEach(([w, v], i) => {
    offsets[i] = pos;
    pos += w.length;
    weights[i] = v;
  });
  offsets[entries.length] = pos;
  const sortedWeights = Float32Array.from(weights).sort();
  table = { words: entries.map(([w]) => w).join(''), offsets, weights, median: sortedWeights[sortedWeights.length >> 1] ?? 10 };
}

function idfOf(word: string): number {
  const cached = seen.get(word);
  if (cached !== undefined) return cached;
  if (!table) loadTable();
  const { words, offsets, weights, median } = table!;
  let lo = 0;
  let hi = weights.length - 1;
  let found = median;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words.slice(offsets[mid]!, offsets[mid + 1]!);
    if (w === word) {
      found = weights[mid]!;
      break;
    }
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  if (seen.size < 200_000) seen.set(word, found);
  return found;
}

/** Normalises width and case so 「４０５０」 and 「4050」, 「GYB」 and 「gyb」 meet. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Content words of a text in search mode (long words and their parts), stop words removed. */
export function words(text: string): string[] {
  return jieba.cutForSearch(normalise(text), true).filter((w) => WORD.test(w) && !STOP_WORDS.has(w));
}

/** Words with their IDF weight (rare words weigh more). */
export function weightedWords(text: string): { word: string; weight: number }[] {
  return words(text).map((word) => ({ word, weight: idfOf(word) }));
}

/** Loads the segmentation tables now rather than on the first seeker's question (start-up does this). */
export function warmUp() {
  words('创业担保贷款和就业见习补贴');
  idfOf('就业');
}

/** The IDF weight of one word, for ranking query terms. */
export const idf = idfOf;
