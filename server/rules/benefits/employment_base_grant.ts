/** 二（一）2 就业基地: 60万元 one-off on certification, then 4 years of 1000元/人/年 performance awards up to 40万元. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { given } from '../logic.ts';
import { yearOf } from '../dates.ts';
import { cond, defineBenefit, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f } = t;

/** See parameters/carriers.ts for the reading of the 40万 cap (4 years together). */
export default defineBenefit({
  code: 'employment_base_grant',
  audience: 'employer',
  clauseId: 'yb2022-38:2.1.2',
  params: ['employmentBaseOneOff', 'employmentBasePerformance'],
  evaluate(facts, _derived, asOf) {
    const e = facts.employer ?? {};
    const j = judge([
      cond(given(e.certifiedEmploymentBase, 'employer.certifiedEmploymentBase'), q.base, {
        met: f.designated(q.base, true),
        failed: f.designated(q.base, false),
      }),
    ]);
    const oneOff = param('employmentBaseOneOff', asOf);
    const { perPersonYear, cap, years } = param('employmentBasePerformance', asOf);
    const notes: string[] = [];
    if (j.status === 'ineligible') notes.push(t.notes.baseCertify);
    else {
      notes.push(t.notes.basePerformance(years, perPersonYear, cap));
      if (e.employmentBaseCertifiedOn) {
        const first = yearOf(e.employmentBaseCertifiedOn) + 1;
        const last = first + years - 1;
        const year = yearOf(asOf);
        const inWindow = year >= first && year <= last;
        notes.push(inWindow ? t.notes.baseYear(year, year - first + 1) : year > last ? t.notes.baseOutside(year, first, last) : t.notes.baseWindow(first, last));
        if (inWindow && e.employmentBaseAbsorbed !== undefined) {
          notes.push(t.notes.baseEstimate(e.employmentBaseAbsorbed, Math.min(e.employmentBaseAbsorbed * perPersonYear, cap)));
        }
      }
      notes.push(t.notes.baseCapReading(cap, years));
    }
    const amount = { value: oneOff, max: oneOff + cap, unit: t.units.yuan, text: t.amounts.base(oneOff, perPersonYear, cap) };
    return outcome(j, { amount, notes, citations: [this.clauseId] });
  },
});
