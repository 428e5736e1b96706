/** 二（三）3 职业培训补贴: 一生一困 people who take part in vocational skills training; amount 按规定. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { any, given } from '../logic.ts';
import { cond, defineBenefit, judge, outcome } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f, groups: g } = t;

export default defineBenefit({
  code: 'vocational_training_subsidy',
  audience: 'person',
  clauseId: 'yb2022-38:2.3.3',
  params: [],
  evaluate(_facts, { person: p }) {
    const me = p.person;
    const j = judge([
      cond(p.yishengYikun, q.trainingTarget, {
        met: f.inGroup(p.collegeGraduate.value ? g.collegeGraduate : g.difficulty),
        failed: f.notGroup,
      }),
      cond(any(given(me.attendedVocationalTraining, 'person.attendedVocationalTraining'), given(me.wantsTraining, 'person.wantsTraining')), q.attendsTraining, {
        met: me.attendedVocationalTraining ? f.attended(true) : f.wantsTraining,
        failed: f.noTraining,
      }),
    ]);
    const notes = j.status === 'ineligible' ? [] : [t.notes.vocationalAmount, t.notes.vocationalMunicipal];
    return outcome(j, { notes, citations: [this.clauseId, 'yb2022-38:2.3.1'] });
  },
});
