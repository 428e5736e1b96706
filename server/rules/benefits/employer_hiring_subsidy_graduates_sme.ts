/** 二（一）1 一次性吸纳就业补贴 2000元/人: SMEs hiring 应届 graduates, insured ≥6 months. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { fact } from '../logic.ts';
import { yearOf } from '../dates.ts';
import { insuranceReachedOn, type HireView } from '../derived.ts';
import {
  cond,
  defineBenefit,
  judge,
  outcome,
  param,
  perHeadAmount,
  perItem,
  withEmployerConditions,
  type ItemJudgement,
} from '../outcome.ts';
import { judgeKeyGroupHire } from './employer_hiring_subsidy_key_groups.ts';

const t = zh.rules;
const { quotes: q, facts: f } = t;

/**
 * 应届 is judged on the hire date: graduated in the calendar year of hiring (毕业年度 1 Jan–31 Dec).
 * The two one-off subsidies are one subsidy at two rates, paid once per person (DOMAIN.md: “once per
 * person”): a hire who qualifies for 6000 is not counted here; one who might is counted with a note.
 */
function judgeGraduateHire(h: HireView, asOf: string): ItemJudgement {
  const higher = judgeKeyGroupHire(h, asOf);
  const high = param('keyGroupHiringSubsidy', asOf);
  if (higher.status === 'eligible') return { status: 'ineligible', reasons: [t.notes.coveredByHigher(high)], missingFacts: [] };
  const me = h.person.person;
  const gradYear = me.graduationDate ? yearOf(me.graduationDate) : undefined;
  const hireYear = h.hire.hiredOn ? yearOf(h.hire.hiredOn) : undefined;
  const months = h.hire.socialInsuranceMonths;
  const j = judge([
    cond(h.person.currentGraduate, q.freshGraduate, {
      met: f.freshGraduate(gradYear!, hireYear!),
      failed: h.person.collegeGraduate.value === false ? f.graduate(false) : f.notFreshGraduate(gradYear, hireYear),
    }),
    cond(h.insuredHalfYear, q.insured6, { met: f.insuranceMonths(months!), failed: f.insuranceMonths(months!) }),
  ]);
  // Not yet: a fresh graduate still being insured reaches the six months on a date the rules can tell.
  const need = param('graduateInsuranceMonths', asOf);
  const reached = j.status === 'ineligible' && h.person.currentGraduate.value === true ? insuranceReachedOn(h.hire, need, asOf) : undefined;
  const reasons =
    j.status !== 'ineligible' && higher.status === 'unknown'
      ? [...j.reasons, t.notes.maybeHigher(high)]
      : reached
        ? [...j.reasons, t.notes.insuredFrom(need, reached)]
        : j.reasons;
  return { ...j, reasons, amount: param('graduateHiringSubsidy', asOf) };
}

export default defineBenefit({
  code: 'employer_hiring_subsidy_graduates_sme',
  audience: 'employer',
  clauseId: 'yb2022-38:2.1.1',
  params: ['graduateHiringSubsidy', 'graduateInsuranceMonths', 'keyGroupHiringSubsidy', 'keyGroupInsuranceMonths'],
  evaluate(facts, { employer: e }, asOf) {
    const citations = [this.clauseId];
    const employer = judge([cond(e.sme, q.sme, { met: e.size ? f.size(e.size) : f.sme, failed: f.size('large') })]);
    const hires = facts.employer?.hires
      ? perItem(e.hires.map((h) => judgeGraduateHire(h, asOf)), t.reasons.whoHire, t.reasons.noHires)
      : undefined;
    const j = withEmployerConditions(employer, hires ?? judge([cond(fact(undefined, ['employer.hires']), q.freshGraduate)]));
    const rate = param('graduateHiringSubsidy', asOf);
    const notes = j.status === 'ineligible' ? [] : [t.notes.notBoth(param('keyGroupHiringSubsidy', asOf), rate), t.notes.hiringApply, t.notes.hiring2000Municipal];
    return outcome(j, { amount: hires ? perHeadAmount(rate, t.units.yuanPerPerson, hires) : null, notes, citations });
  },
});
