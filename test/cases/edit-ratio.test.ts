import { describe, expect, it } from 'vitest';
import { editRatio } from '../../server/cases/edit-ratio.ts';

describe('edit ratio of a sent copilot draft', () => {
  it.each([
    ['sent as drafted', '创业担保贷款个人最高30万元。', '创业担保贷款个人最高30万元。', 0],
    ['nothing kept', '你好', '再见', 1],
    ['both empty', '', '', 0],
    ['draft thrown away for an empty reply', '你好', '', 1],
    ['one character changed in ten', '一二三四五六七八九十', '一二三四五六七八九百', 0.1],
    ['a sentence appended doubles the length', '可以申请。', '可以申请。请带身份证。', 0.545],
  ])('%s', (_, draft, sent, ratio) => {
    expect(editRatio(draft, sent)).toBeCloseTo(ratio, 3);
  });

  it('counts characters, not UTF-16 units (an emoji is one edit)', () => {
    expect(editRatio('好👍', '好')).toBe(0.5);
  });

  it('is symmetric and stays within 0…1', () => {
    const a = '离校求职创业补贴500元/人';
    const b = '离校求职补贴每人500元，请到街道办理';
    expect(editRatio(a, b)).toBe(editRatio(b, a));
    expect(editRatio(a, b)).toBeGreaterThan(0);
    expect(editRatio(a, b)).toBeLessThan(1);
  });
});
