/** 二（五）3 灵活就业社会保险补贴: graduates and people in difficulty in flexible work who pay social insurance; 按规定. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { fact, given } from '../logic.ts';
import { cond, defineBenefit, judge, outcome } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f, groups: g } = t;

export default defineBenefit({
  code: 'flexible_employment_social_insurance_subsidy',
  audience: 'person',
  clauseId: 'yb2022-38:2.5.3',
  params: [],
  evaluate(_facts, { person: p }) {
    const me = p.person;
    const flexible = me.employmentStatus ? fact(me.employmentStatus === 'flexible') : fact(undefined, ['person.employmentStatus']);
    const j = judge([
      cond(p.yishengYikun, q.flexibleTarget, { met: f.inGroup(p.collegeGraduate.value ? g.collegeGraduate : g.difficulty), failed: f.notGroup }),
      cond(flexible, q.flexible, { met: f.flexible(true), failed: me.employmentStatus && f.status(me.employmentStatus) }),
      cond(given(me.payingSocialInsurance, 'person.payingSocialInsurance'), q.paysInsurance, {
        met: f.paysInsurance(true),
        failed: f.paysInsurance(false),
      }),
    ]);
    const notes = j.status === 'ineligible' ? [] : [t.notes.flexibleAmount, t.notes.flexibleMunicipal];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
