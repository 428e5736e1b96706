/** 二（五）2 公益性岗位: priority placement of unemployed graduates and people in difficulty the market cannot place. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { cond, defineBenefit, judge, outcome } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f, groups: g } = t;

/** “市场渠道难以实现就业” is the centre's assessment, not a fact we ask for: named in a note. */
export default defineBenefit({
  code: 'public_welfare_post',
  audience: 'person',
  clauseId: 'yb2022-38:2.5.2',
  params: [],
  evaluate(_facts, { person: p }) {
    const me = p.person;
    const j = judge([
      cond(p.yishengYikun, q.welfareTarget, { met: f.inGroup(p.difficulty.value ? g.difficulty : g.collegeGraduate), failed: f.notGroup }),
      cond(p.unemployed, q.notEmployed, { met: f.status('unemployed'), failed: me.employmentStatus && f.status(me.employmentStatus) }),
    ]);
    const notes =
      j.status === 'ineligible'
        ? []
        : [t.notes.welfareAssessment, ...(me.zeroEmploymentFamily ? [t.notes.welfareZeroFamily] : []), t.notes.welfareMunicipal];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
