/** 二（二）3 创业工位: offered each year to graduates who want to start a business. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { any, FALSE, given, TRUE } from '../logic.ts';
import { cond, defineBenefit, judge, outcome } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f } = t;

export default defineBenefit({
  code: 'entrepreneurship_workspace',
  audience: 'person',
  clauseId: 'yb2022-38:2.2.3',
  params: [],
  evaluate(_facts, { person: p }) {
    const me = p.person;
    const alreadyStarted = p.hasBusiness.value === true;
    const j = judge([
      cond(p.collegeGraduate, q.graduate, { met: f.graduate(true), failed: f.graduate(false) }),
      cond(any(given(me.wantsStartup, 'person.wantsStartup'), alreadyStarted ? TRUE : FALSE), q.wantsStartup, {
        met: me.wantsStartup ? f.wantsStartup(true) : f.hasBusinessAlready,
        failed: f.wantsStartup(false),
      }),
    ]);
    const notes = j.status === 'ineligible' ? [] : [t.notes.workspace];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
