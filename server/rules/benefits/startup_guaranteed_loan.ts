/** 二（二）2 创业担保贷款: listed groups who registered a business in Chongqing; 30万/110万/300万 by form. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { all, any, fact, given } from '../logic.ts';
import { cond, defineBenefit, firstTrue, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f, groups: g } = t;

/**
 * The groups end in 等: someone outside them is not refused — the answer stays `unknown` and says
 * to confirm with 创业服务科. 贴息 and the other 贷款条件 are 按规定: named, not computed.
 */
export default defineBenefit({
  code: 'startup_guaranteed_loan',
  audience: 'person',
  clauseId: 'yb2022-38:2.2.2',
  params: ['startupLoanMax'],
  evaluate(_facts, { person: p }, asOf) {
    const me = p.person;
    const options = [
      [p.collegeGraduate, g.collegeGraduate],
      [given(me.registeredUnemployed, 'person.registeredUnemployed'), g.registeredUnemployed],
      [given(me.dibaoFamily, 'person.dibaoFamily'), g.dibaoFamily],
      [given(me.zeroEmploymentFamily, 'person.zeroEmploymentFamily'), g.zeroEmploymentFamily],
    ] as const;
    const listed = any(...options.map(([x]) => x));
    const group = listed.value === false ? fact(undefined, []) : listed;
    const registered = all(p.hasBusiness, given(me.business?.registeredInChongqing, 'person.business.registeredInChongqing'));
    const j = judge([
      cond(group, q.loanGroups, { met: f.inGroup(firstTrue(options) ?? ''), unknown: listed.value === false ? t.notes.loanOtherGroups : undefined }),
      cond(registered, q.loanRegistered, {
        met: f.registered(true),
        failed: p.hasBusiness.value === false ? f.noBusiness : f.registered(false),
      }),
    ]);
    const max = param('startupLoanMax', asOf);
    const form = me.business?.form;
    const amount = { ...(form ? { max: max[form] } : {}), unit: t.units.yuan, text: t.amounts.loan(form, max) };
    const notes = j.status === 'ineligible' ? [] : [t.notes.loanConditions, t.notes.loanMunicipal];
    return outcome(j, { amount, notes, citations: [this.clauseId] });
  },
});
