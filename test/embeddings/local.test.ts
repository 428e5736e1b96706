import { describe, expect, it } from 'vitest';
import { EMBEDDING_DIM } from '../../server/db/schema/columns.ts';
import { embedLocal } from '../../server/embeddings/local.ts';

const cosine = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);

describe('local embedding', () => {
  it('is deterministic, of the schema dimension and L2-normalised', () => {
    const a = embedLocal('创业担保贷款怎么申请');
    expect(a).toHaveLength(EMBEDDING_DIM);
    expect(embedLocal('创业担保贷款怎么申请')).toEqual(a);
    expect(Math.sqrt(a.reduce((s, v) => s + v * v, 0))).toBeCloseTo(1, 10);
  });

  it('places related Chinese texts closer than unrelated ones', () => {
    const q = embedLocal('我想申请创业贷款开个小店');
    const loan = embedLocal('符合创业担保贷款条件的人员可申请享受个人最高30万元的创业担保贷款');
    const events = embedLocal('退役军人专场招聘会 8-9月');
    expect(cosine(q, loan)).toBeGreaterThan(cosine(q, events));
    expect(cosine(embedLocal('见习补贴标准'), embedLocal('就业见习补贴每月多少'))).toBeGreaterThan(cosine(embedLocal('见习补贴标准'), embedLocal('零就业家庭动态清零')));
  });

  it('matches full-width and half-width forms alike', () => {
    expect(embedLocal('４０５０人员')).toEqual(embedLocal('4050人员'));
  });

  it('returns a zero-safe vector for text with no words', () => {
    const v = embedLocal('！？。');
    expect(v.every((x) => Number.isFinite(x))).toBe(true);
  });
});
