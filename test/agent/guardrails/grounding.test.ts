import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../../server/agent/guardrails/grounding.ts';

const allowed = new Set(['yb2022-38:2.2.2']);
const evidence = ['个人最高30万元、合伙企业最高110万元、小微企业最高300万元的创业担保贷款', '{"amount":{"value":8000,"text":"8000元/户"}}'];

describe('output grounding', () => {
  it('passes an answer whose figures and citations all have evidence', () => {
    const g = checkGrounding({ answer: '个人最高可贷30万元，一次性创业补助8000元【yb2022-38:2.2.2】。', allowedClauseIds: allowed, evidence });
    expect(g).toMatchObject({ ok: true, citations: ['yb2022-38:2.2.2'], unknownCitations: [], ungroundedFigures: [] });
  });

  it('fails an invented amount', () => {
    const g = checkGrounding({ answer: '个人最高可贷50万元【yb2022-38:2.2.2】', allowedClauseIds: allowed, evidence });
    expect(g.ok).toBe(false);
    expect(g.ungroundedFigures).toEqual(['50万元']);
  });

  it('fails a citation that was neither retrieved nor returned by a tool', () => {
    const g = checkGrounding({ answer: '详见【yb2022-38:2.5.3】', allowedClauseIds: allowed, evidence });
    expect(g).toMatchObject({ ok: false, unknownCitations: ['yb2022-38:2.5.3'] });
  });

  it('fails invented percentages and durations', () => {
    expect(checkGrounding({ answer: '补贴比例为80%', allowedClauseIds: allowed, evidence }).ungroundedFigures).toEqual(['80%']);
    expect(checkGrounding({ answer: '需要缴满9个月', allowedClauseIds: allowed, evidence }).ungroundedFigures).toEqual(['9个月']);
  });

  it('does not mistake part of a larger number for evidence', () => {
    expect(checkGrounding({ answer: '最高10万元', allowedClauseIds: allowed, evidence }).ok).toBe(false); // 110 is not 10
  });

  it('does not treat years and dates as figures', () => {
    expect(checkGrounding({ answer: '2026年6月30日毕业的同学', allowedClauseIds: allowed, evidence }).ok).toBe(true);
  });
});
