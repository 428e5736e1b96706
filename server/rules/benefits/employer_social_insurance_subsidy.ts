/** 二（一）1 用人单位社会保险补贴: employers hiring the listed groups; amount 按规定 (actual contributions). */
import { zh } from '../../i18n/zh-CN/index.ts';
import { all, any, fact, given } from '../logic.ts';
import type { HireView } from '../derived.ts';
import { cond, defineBenefit, firstTrue, judge, outcome, perItem, type ItemJudgement } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f, groups: g } = t;

/** 登记失业 and 离校2年内 are judged on the hire date: the person's situation when hired. */
function judgeHire(h: HireView): ItemJudgement {
  const p = h.person;
  const at = p.at;
  const me = p.person;
  const registered = given(me.registeredUnemployed, `${at}.registeredUnemployed`);
  const options = [
    [all(p.collegeGraduate, registered, p.withinTwoYearsOfLeaving), g.graduateTwoYears],
    [all(p.chongqingHukou, registered, p.is4050), g.chongqing4050],
    [given(me.dibaoFamily, `${at}.dibaoFamily`), g.dibaoFamily],
    [given(me.zeroEmploymentFamily, `${at}.zeroEmploymentFamily`), g.zeroEmploymentFamily],
  ] as const;
  return judge([cond(any(...options.map(([x]) => x)), q.socialInsuranceGroups, { met: f.groupMember(firstTrue(options) ?? ''), failed: f.notInGroup })]);
}

export default defineBenefit({
  code: 'employer_social_insurance_subsidy',
  audience: 'employer',
  clauseId: 'yb2022-38:2.1.1',
  params: ['leavingSchoolWindowMonths'],
  evaluate(facts, { employer: e }) {
    const citations = [this.clauseId];
    if (!facts.employer?.hires) {
      return outcome(judge([cond(fact(undefined, ['employer.hires']), q.socialInsuranceGroups)]), { citations });
    }
    const items = perItem(e.hires.map(judgeHire), t.reasons.whoHire, t.reasons.noHires);
    const notes = items.status === 'ineligible' ? [] : [t.notes.employerInsuranceAmount, t.notes.employerInsuranceMunicipal];
    return outcome(items, { notes, citations });
  },
});
