/** 二（五）3 低保就业补贴: 低保 family members in work while the family still receives 低保; the family's reduction, up to 1 year. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { fact, given } from '../logic.ts';
import { parameter } from '../parameters/index.ts';
import { cond, defineBenefit, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { facts: f, money, span } = t;

const parameters = {
  dibaoSubsidyMaxMonths: parameter<number>({
    description: '低保就业补贴: the longest it is paid',
    unit: '月',
    values: [{ from: '2022-05-13', value: 12, ref: 'yb2022-38:2.5.3' }],
  }),
};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    dibao_employment_subsidy: typeof parameters;
  }
}

const text = {
  quotes: { dibaoFamily: '低保家庭成员', receivingDibao: '正在享受低保待遇', selfEmployment: '自主就业' },
  amount: (perMonth: number | undefined, months: number) =>
    perMonth === undefined
      ? `按家庭核减的低保金额给予，最长${span(months)}`
      : `按家庭每月核减的低保金额${money(perMonth)}计，最长${span(months)}，最多${money(perMonth * months)}`,
  notes: { confirm: `重庆市低保就业补贴（低保渐退）的具体办法未查到，核减金额和申请方式须向${t.offices.employment}确认` },
};

/** 自主就业 is read as any work found by the person: employed, flexible or self-employed. */
export default defineBenefit({
  code: 'dibao_employment_subsidy',
  order: 120,
  audience: 'person',
  clauseId: 'yb2022-38:2.5.3',
  name: '低保就业补贴',
  parameters,
  text,
  guide: {
    needle: '低保就业补贴',
    where: { text: '区就业和人才中心、各镇街', municipal: false },
  },
  evaluate(_facts, { person: p }, asOf) {
    const me = p.person;
    const q = text.quotes;
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
      text: text.amount(perMonth, months),
    };
    const notes = j.status === 'ineligible' ? [] : [text.notes.confirm];
    return outcome(j, { amount, notes, citations: [this.clauseId] });
  },
});
