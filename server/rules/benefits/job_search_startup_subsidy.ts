/** 二（五）3 离校求职创业补贴 500元/人: college graduates from families in difficulty, not in work after leaving school. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { cond, defineBenefit, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f } = t;

export default defineBenefit({
  code: 'job_search_startup_subsidy',
  audience: 'person',
  clauseId: 'yb2022-38:2.5.3',
  params: ['jobSearchSubsidy'],
  evaluate(_facts, { person: p }, asOf) {
    const me = p.person;
    const j = judge([
      cond(p.collegeGraduate, q.graduate, { met: f.graduate(true), failed: f.graduate(false) }),
      cond(p.poorFamily, q.poorFamily, { met: f.poorFamily(true), failed: f.poorFamily(false) }),
      cond(p.unemployed, q.notEmployedAfterLeaving, { met: f.status('unemployed'), failed: me.employmentStatus && f.status(me.employmentStatus) }),
    ]);
    const value = param('jobSearchSubsidy', asOf);
    const notes = j.status === 'ineligible' ? [] : [t.notes.jobSearchMunicipal];
    return outcome(j, { amount: { value, unit: t.units.yuanPerPerson, text: t.amounts.perHead(value) }, notes, citations: [this.clauseId] });
  },
});
