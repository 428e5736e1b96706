/** 二（二）1 创业培训补贴: GYB for graduates, SYB for 困难人员 preparing or starting, IYB for those running a business. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { all, any, given } from '../logic.ts';
import { cond, defineBenefit, judge, outcome } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f } = t;

export default defineBenefit({
  code: 'startup_training_subsidy',
  audience: 'person',
  clauseId: 'yb2022-38:2.2.1',
  params: [],
  evaluate(_facts, { person: p }) {
    const startupMinded = any(given(p.person.wantsStartup, 'person.wantsStartup'), p.hasBusiness);
    const courses = [
      [p.collegeGraduate, t.courses.gyb],
      [all(p.difficulty, startupMinded), t.courses.syb],
      [all(p.yishengYikun, p.hasBusiness), t.courses.iyb],
    ] as const;
    const open = any(...courses.map(([fact]) => fact));
    const names = courses.filter(([fact]) => fact.value === true).map(([, name]) => name);
    const j = judge([
      cond(open, q.startupCourses, {
        met: f.courses(names),
        failed: p.yishengYikun.value === false ? f.notGroup : f.noStartupIntent,
      }),
    ]);
    const notes = j.status === 'ineligible' ? [] : [t.notes.startupTrainingAmount];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
