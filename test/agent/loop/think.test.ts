import { describe, expect, it } from 'vitest';
import { stripThink, ThinkFilter } from '../../../server/agent/loop/think.ts';

/** Feeds `pieces` one by one; what would be on screen, and what was withdrawn. */
function stream(pieces: string[], reasoningFirst = false) {
  const f = new ThinkFilter(reasoningFirst);
  let shown = '';
  let withdrawals = 0;
  for (const p of pieces) {
    const r = f.push(p);
    if (r.withdrawn) {
      shown = '';
      withdrawals++;
    }
    shown += r.text;
  }
  shown += f.end();
  return { shown, reasoning: f.reasoning, withdrawals };
}

describe('reasoning written into the content (Qwen3 on vLLM/Ollama without a reasoning parser)', () => {
  it('drops a whole <think> block, even with its tags split over chunks', () => {
    const r = stream(['<thi', 'nk>用户问的是创业', '担保贷款，额度30万</th', 'ink>\n\n个人最高可贷', '30万元。']);
    expect(r.shown).toBe('个人最高可贷30万元。');
    expect(r.reasoning).toContain('用户问的是创业担保贷款');
    expect(r.withdrawals).toBe(0);
  });

  it('treats everything before a dangling </think> as reasoning, withdrawing what was shown', () => {
    const r = stream(['好的，用户想知道', '补贴金额。', '</think>', '一次性创业补助为8000元/户。']);
    expect(r.shown).toBe('一次性创业补助为8000元/户。');
    expect(r.withdrawals).toBe(1);
    expect(r.reasoning).toContain('用户想知道补贴金额');
  });

  it('once a model is known to open its reasoning in the prompt, shows nothing before its </think>', () => {
    const r = stream(['好的，用户想知道', '补贴金额。', '</think>', '一次性创业补助为8000元/户。'], true);
    expect(r).toMatchObject({ shown: '一次性创业补助为8000元/户。', withdrawals: 0 });
    // A reply of that model without any reasoning: what was held is the answer after all.
    expect(stream(['一次性创业补助', '为8000元/户。'], true).shown).toBe('一次性创业补助为8000元/户。');
  });

  it('keeps an unclosed block out of the answer and leaves ordinary angle brackets alone', () => {
    expect(stream(['答案<think>还在想']).shown).toBe('答案');
    expect(stream(['a<b 且 c>d', '<th']).shown).toBe('a<b 且 c>d<th');
    expect(stripThink('<think>x</think>结论<think>y</think>依据')).toBe('结论依据');
  });
});
