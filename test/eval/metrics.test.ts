import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Answer, checkFigures, EvalSetSchema, moneyFigures, precisionRecall, refused, turnsOf } from '../../eval/metrics.ts';
import { EligibilityRequest } from '../../server/rules/facts.ts';

const answer = (text: string, more: Partial<Answer> = {}): Answer => ({ text, citations: [], status: 'answered', handedOff: false, toolNames: ['check_eligibility'], ...more });

describe('eval scoring', () => {
  it('reads money figures in 元, with 万 and separators, ignoring citations', () => {
    expect(moneyFigures('个人最高30万元、合伙企业最高110万元【yb2022-38:2.2.2】；每年10万—30万元；1,300元/人/月；0.8万元')).toEqual([300000, 1100000, 100000, 300000, 1300, 8000]);
    expect(moneyFigures('七个工作日内，推荐至少3个岗位')).toEqual([]);
  });

  it('passes figures that are the engine’s amounts for the benefits the answer names', () => {
    const facts = { person: { registeredUnemployed: true, business: { form: 'individual' as const, registeredInChongqing: true } }, asOf: '2026-11-30' };
    expect(checkFigures(facts, answer('· 创业担保贷款及财政贴息：个人最高30万元')).ok).toBe(true);
    const other = checkFigures(facts, answer('· 创业担保贷款及财政贴息：个人最高30万元，合伙企业最高110万元'));
    expect(other).toMatchObject({ ok: false, stray: [1100000] });
    expect(checkFigures(facts, answer('可以申请创业担保贷款及财政贴息。')).ok).toBe(false);
  });

  it('does not take an amount of a benefit the engine refuses for the facts', () => {
    const facts = { employer: { size: 'large' as const, hires: [{ person: { isCollegeGraduate: true, graduationDate: '2026-06-30' }, hiredOn: '2026-03-01', socialInsuranceMonths: 7 }] }, asOf: '2026-11-30' };
    expect(checkFigures(facts, answer('一次性吸纳就业补贴（中小微企业招用应届高校毕业生）：2000元')).ok).toBe(false);
    // 离校求职创业补贴 always carries its 500元, also for someone already employed.
    const employed = { person: { isCollegeGraduate: true, dibaoFamily: true, employmentStatus: 'employed' as const }, asOf: '2026-11-30' };
    expect(checkFigures(employed, answer('离校求职创业补贴：500元/人')).ok).toBe(false);
  });

  it('counts handoff precision and recall, and refusals', () => {
    const pr = precisionRecall([
      { expected: true, actual: true },
      { expected: true, actual: false },
      { expected: false, actual: true },
      { expected: false, actual: false },
    ]);
    expect([pr.precision.value, pr.recall.value]).toEqual([0.5, 0.5]);
    expect(refused(answer('…', { status: 'out_of_scope' }))).toBe(true);
    expect(refused(answer('抱歉，这个问题超出了我的服务范围。', { toolNames: [] }))).toBe(true);
    expect(refused(answer('创业担保贷款……'))).toBe(false);
  });
});

describe('eval/questions.json', () => {
  const set = EvalSetSchema.parse(JSON.parse(readFileSync(new URL('../../eval/questions.json', import.meta.url), 'utf8')));
  const items = set.items;

  it('has unique ids and the intended mix', () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const count = (c: string) => items.filter((i) => i.category === c).length;
    expect(count('policy')).toBeGreaterThanOrEqual(25);
    expect(count('eligibility')).toBeGreaterThanOrEqual(15);
    expect(count('services')).toBeGreaterThanOrEqual(6);
    expect(count('escalation')).toBeGreaterThanOrEqual(8);
    expect(count('out_of_scope')).toBeGreaterThanOrEqual(6);
    expect(items.filter((i) => i.category === 'escalation' && !i.expectHandoff).length).toBeGreaterThan(0);
    expect(items.some((i) => Array.isArray(i.q))).toBe(true);
    expect(items.filter((i) => i.facts).every((i) => i.category === 'eligibility' && i.facts!.asOf === '2026-11-30')).toBe(true);
  });

  it('labels facts the eligibility API itself would accept', () => {
    for (const i of items.filter((x) => x.facts)) {
      const { asOf, person, employer } = i.facts!;
      expect(EligibilityRequest.safeParse({ asOf, person, employer }).success, i.id).toBe(true);
    }
  });

  it('shares no question with the retrieval sets', () => {
    const retrieval = ['golden-questions.json', 'heldout-questions.json'].flatMap(
      (f) => JSON.parse(readFileSync(new URL(`../policy/${f}`, import.meta.url), 'utf8')).questions.map((q: { q: string }) => q.q) as string[],
    );
    const ours = items.flatMap(turnsOf);
    expect(ours.filter((q) => retrieval.includes(q))).toEqual([]);
  });
});
