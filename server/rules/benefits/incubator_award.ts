/** 二（二）3 市级创业孵化基地（园区）: a one-off award per base, then 3 years of performance awards within a range. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { given } from '../logic.ts';
import { parameter } from '../parameters/index.ts';
import { cond, defineBenefit, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { facts: f, money } = t;

const parameters = {
  incubatorAward: parameter<{ oneOff: number; performanceMin: number; performanceMax: number; years: number }>({
    description: '市级创业孵化基地（园区）: one-off award, the yearly performance award’s range, and its years',
    unit: '元',
    values: [
      { from: '2022-05-13', value: { oneOff: 600_000, performanceMin: 100_000, performanceMax: 300_000, years: 3 }, ref: 'yb2022-38:2.2.3' },
    ],
  }),
};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    incubator_award: typeof parameters;
  }
}

/** 10—30万元: the range's lower end without its 元. */
const range = (min: number, max: number) => `${money(min).replace('元', '')}—${money(max)}`;

const text = {
  quotes: { incubator: '经认定的市级创业孵化基地（园区）' },
  amount: (oneOff: number, min: number, max: number, years: number) => `一次性奖补${money(oneOff)}/户；另连续${years}年每年${range(min, max)}绩效奖补`,
  notes: {
    performance: (min: number, max: number, years: number) => `并结合服务绩效，连续${years}年每年给予${range(min, max)}的绩效奖补`,
    apply: `奖补按规定申请，须向${t.offices.startup}确认`,
  },
};

export default defineBenefit({
  code: 'incubator_award',
  order: 80,
  audience: 'employer',
  clauseId: 'yb2022-38:2.2.3',
  name: '市级创业孵化基地（园区）奖补',
  parameters,
  text,
  guide: {
    needle: '市级创业孵化基地',
    where: { text: '区就业和人才中心', municipal: false },
  },
  evaluate(facts, _derived, asOf) {
    const q = text.quotes;
    const j = judge([
      cond(given(facts.employer?.incubatorCertified, 'employer.incubatorCertified'), q.incubator, {
        met: f.designated(q.incubator, true),
        failed: f.designated(q.incubator, false),
      }),
    ]);
    const a = param('incubatorAward', asOf);
    const amount = {
      value: a.oneOff,
      max: a.oneOff + a.performanceMax * a.years,
      unit: t.units.yuan,
      text: text.amount(a.oneOff, a.performanceMin, a.performanceMax, a.years),
    };
    const notes = j.status === 'ineligible' ? [] : [text.notes.performance(a.performanceMin, a.performanceMax, a.years), text.notes.apply];
    return outcome(j, { amount, notes, citations: [this.clauseId] });
  },
});
