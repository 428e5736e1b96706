/** 二（二）3 市级创业孵化基地（园区）: 60万元/户 one-off, then 3 years of 10–30万元 performance awards. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { given } from '../logic.ts';
import { cond, defineBenefit, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f } = t;

export default defineBenefit({
  code: 'incubator_award',
  audience: 'employer',
  clauseId: 'yb2022-38:2.2.3',
  params: ['incubatorAward'],
  evaluate(facts, _derived, asOf) {
    const j = judge([
      cond(given(facts.employer?.incubatorCertified, 'employer.incubatorCertified'), q.incubator, {
        met: f.designated(q.incubator, true),
        failed: f.designated(q.incubator, false),
      }),
    ]);
    const a = param('incubatorAward', asOf);
    const amount = {
      value: a.oneOff,
      max: a.oneOff + a.performanceMax * a.years,
      unit: t.units.yuan,
      text: t.amounts.incubator(a.oneOff, a.performanceMin, a.performanceMax, a.years),
    };
    const notes = j.status === 'ineligible' ? [] : [t.notes.incubatorPerformance(a.performanceMin, a.performanceMax, a.years), t.notes.incubatorApply];
    return outcome(j, { amount, notes, citations: [this.clauseId] });
  },
});
