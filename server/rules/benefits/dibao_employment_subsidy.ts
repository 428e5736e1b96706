/** 二（五）3 低保就业补贴: 低保 family members in work while the family still receives 低保; the family's reduction, up to 1 year. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { fact, given } from '../logic.ts';
import { cond, defineBenefit, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f } = t;

/** 自主就业 is read as any work found by the person: employed, flexible or self-employed. */
export default defineBenefit({
  code: 'dibao_employment_subsidy',
  audience: 'person',
  clauseId: 'yb2022-38:2.5.3',
  params: ['dibaoSubsidyMaxMonths'],
  evaluate(_facts, { person: p }, asOf) {
    const me = p.person;
    const working = me.employmentStatus ? fact(me.employmentStatus !== 'unemployed') : fact(undefined, ['person.employmentStatus']);
    const j = judge([
      cond(given(me.dibaoFamily, 'person.dibaoFamily'), q.dibaoFamily, { met: f.is(q.dibaoFamily), failed: f.isNot(q.dibaoFamily) }),
      cond(given(me.receivingDibao, 'person.receivingDibao'), q.receivingDibao, { met: f.receivingDibao(true), failed: f.receivingDibao(false) }),
      cond(working, q.selfEmployment, { met: me.employmentStatus && f.status(me.employmentStatus), failed: f.status('unemployed') }),
    ]);
    const months = param('dibaoSubsidyMaxMonths', asOf);
    const perMonth = me.dibaoReductionPerMonth;
    const amount = {
      ...(perMonth === undefined ? {} : { max: perMonth * months }),
      unit: t.units.yuan,
      text: t.notes.dibaoAmount(perMonth, months),
    };
    const notes = j.status === 'ineligible' ? [] : [t.notes.dibaoConfirm];
    return outcome(j, { amount, notes, citations: [this.clauseId] });
  },
});
