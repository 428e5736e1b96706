/** 二（一）1 一次性吸纳就业补贴 6000元/人: any enterprise hiring the listed groups, insured ≥12 months and still paying. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { all, any, fact, given } from '../logic.ts';
import { insuranceReachedOn, type HireView } from '../derived.ts';
import {
  cond,
  defineBenefit,
  firstTrue,
  judge,
  outcome,
  param,
  perHeadAmount,
  perItem,
  type ItemJudgement,
} from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f, groups: g } = t;

/**
 * One hire. “淘汰落后产能企业职工中的“4050”人员和残疾人员” is read as both groups among those
 * workers — otherwise 高校残疾毕业生 would be redundant — while the municipal rule covers every
 * disabled person; a disabled hire outside both readings' overlap stays unknown with that note.
 * “4050” is judged on the hire date (DOMAIN.md: the day the contract is signed).
 */
export function judgeKeyGroupHire(h: HireView, asOf: string): ItemJudgement {
  // Judged for this rule and again by the 2000元 rule (not both for one person): once per evaluation.
  let judged = judgedHires.get(h);
  if (!judged) judgedHires.set(h, (judged = judgeHire(h, asOf)));
  return judged;
}

const judgedHires = new WeakMap<HireView, ItemJudgement>();

function judgeHire(h: HireView, asOf: string): ItemJudgement {
  const p = h.person;
  const at = p.at;
  const me = p.person;
  const eliminated = given(me.fromEliminatedCapacityEnterprise, `${at}.fromEliminatedCapacityEnterprise`);
  const disabled = given(me.disabled, `${at}.disabled`);
  const options = [
    [given(me.povertyAlleviated, `${at}.povertyAlleviated`), g.povertyAlleviated],
    [given(me.dibaoFamily, `${at}.dibaoFamily`), g.dibaoFamily],
    [given(me.zeroEmploymentFamily, `${at}.zeroEmploymentFamily`), g.zeroEmploymentFamily],
    [all(eliminated, p.is4050), g.eliminated4050],
    [all(eliminated, disabled), g.eliminatedDisabled],
    [all(p.collegeGraduate, disabled), g.disabledGraduate],
  ] as const;
  const listed = any(...options.map(([x]) => x));
  const readingOpen = listed.value === false && me.disabled === true;
  const hire = h.hire;
  const insurance = hire.socialInsuranceMonths === undefined ? f.stillPayingOnly(hire.stillPaying === true) : f.insurance(hire.socialInsuranceMonths, hire.stillPaying);
  const j = judge([
    cond(readingOpen ? fact(undefined, []) : listed, q.keyGroups6000, {
      met: f.groupMember(firstTrue(options) ?? ''),
      failed: f.notInGroup,
      unknown: readingOpen ? t.notes.disabledReading : undefined,
    }),
    cond(h.insuredYearAndStillPaying, q.insured12, { met: insurance, failed: insurance }),
  ]);
  // Not yet: a listed hire still being insured reaches the twelve months on a date the rules can tell.
  const need = param('keyGroupInsuranceMonths', asOf);
  const reached = j.status === 'ineligible' && listed.value === true ? insuranceReachedOn(hire, need, asOf) : undefined;
  return { ...j, ...(reached ? { reasons: [...j.reasons, t.notes.insuredFrom(need, reached)] } : {}), amount: param('keyGroupHiringSubsidy', asOf) };
}

export default defineBenefit({
  code: 'employer_hiring_subsidy_key_groups',
  audience: 'employer',
  clauseId: 'yb2022-38:2.1.1',
  params: ['keyGroupHiringSubsidy', 'keyGroupInsuranceMonths', 'graduateHiringSubsidy'],
  evaluate(facts, { employer: e }, asOf) {
    const citations = [this.clauseId];
    if (!facts.employer?.hires) {
      return outcome(judge([cond(fact(undefined, ['employer.hires']), q.keyGroups6000)]), { citations });
    }
    const items = perItem(e.hires.map((h) => judgeKeyGroupHire(h, asOf)), t.reasons.whoHire, t.reasons.noHires);
    const rate = param('keyGroupHiringSubsidy', asOf);
    const notes =
      items.status === 'ineligible'
        ? []
        : [t.notes.notBoth(rate, param('graduateHiringSubsidy', asOf)), t.notes.hiringApply, t.notes.hiring6000Municipal];
    return outcome(items, { amount: perHeadAmount(rate, t.units.yuanPerPerson, items), notes, citations });
  },
});
