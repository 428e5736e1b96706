import { EMBEDDING_DIM } from '../db/schema/columns.ts';
import { normalise, weightedWords } from '../text/segment.ts';
import type { Embedder } from './embedder.ts';

/**
 * The default embedding: deterministic, offline, no model weights. Segmented words weighted by
 * IDF plus character bigrams are hashed (signed feature hashing) into EMBEDDING_DIM buckets and
 * L2-normalised, so cosine similarity is a weighted lexical overlap that tolerates segmentation
 * differences (bigrams) and favours rare, meaningful words (IDF).
 */
export const LOCAL_EMBEDDING_MODEL = 'local-hash-v1';

const BIGRAM_WEIGHT = 0.35;

function fnv1a(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function add(vec: Float64Array, feature: string, weight: number) {
  const h = fnv1a(feature, 0);
  const sign = fnv1a(feature, 0x9e3779b9) & 1 ? 1 : -1;
  vec[h % EMBEDDING_DIM]! += sign * weight;
}

export function embedLocal(text: string): number[] {
  const vec = new Float64Array(EMBEDDING_DIM);
  for (const { word, weight } of weightedWords(text)) add(vec, `w:${word}`, weight);
  const chars = [...normalise(text)].filter((c) => /[\p{L}\p{N}]/u.test(c));
  for (let i = 0; i + 1 < chars.length; i++) add(vec, `b:${chars[i]}${chars[i + 1]}`, BIGRAM_WEIGHT * 10);
  let norm = 0;
  for (const v of vec) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  return Array.from(vec, (v) => v / norm);
}

export function localEmbedder(): Embedder {
  return {
    model: LOCAL_EMBEDDING_MODEL,
    embedDocuments: async (texts) => texts.map(embedLocal),
    embedQuery: async (text) => embedLocal(text),
  };
}
