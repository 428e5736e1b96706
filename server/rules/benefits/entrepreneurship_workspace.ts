/** 二（二）3 创业工位: offered each year to graduates who want to start a business. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { any, FALSE, given, TRUE } from '../logic.ts';
import { cond, defineBenefit, judge, outcome } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f } = t;

const parameters = {};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    entrepreneurship_workspace: typeof parameters;
  }
}

const text = {
  quotes: { wantsStartup: '有创业意愿' },
  notes: { workspace: `每年向有创业意愿的高校毕业生提供一定数量的创业工位，名额有限，请向${t.offices.startup}申请` },
};

export default defineBenefit({
  code: 'entrepreneurship_workspace',
  order: 60,
  audience: 'person',
  clauseId: 'yb2022-38:2.2.3',
  name: '创业工位',
  parameters,
  text,
  guide: {
    needle: '创业工位',
    where: { text: '区就业和人才中心', municipal: false },
  },
  evaluate(_facts, { person: p }) {
    const me = p.person;
    const alreadyStarted = p.hasBusiness.value === true;
    const j = judge([
      cond(p.collegeGraduate, q.graduate, { met: f.graduate(true), failed: f.graduate(false) }),
      cond(any(given(me.wantsStartup, 'person.wantsStartup'), alreadyStarted ? TRUE : FALSE), text.quotes.wantsStartup, {
        met: me.wantsStartup ? f.wantsStartup(true) : f.hasBusinessAlready,
        failed: f.wantsStartup(false),
      }),
    ]);
    const notes = j.status === 'ineligible' ? [] : [text.notes.workspace];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
