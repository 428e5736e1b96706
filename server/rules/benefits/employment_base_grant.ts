/** 二（一）2 就业基地: a one-off grant on certification, then 4 years of per-person performance awards up to a cap. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { given } from '../logic.ts';
import { yearOf } from '../dates.ts';
import { parameter } from '../parameters/index.ts';
import { cond, defineBenefit, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { facts: f, money } = t;

const parameters = {
  employmentBaseOneOff: parameter<number>({
    description: '就业基地: one-off grant on certification',
    unit: '元',
    spoken: true,
    values: [{ from: '2022-05-13', value: 600_000, ref: 'yb2022-38:2.1.2' }],
  }),
  employmentBasePerformance: parameter<{ perPersonYear: number; cap: number; years: number }>({
    description: '就业基地: performance award per person absorbed and year, its cap, and the assessment years',
    unit: '元/人/年',
    values: [
      {
        from: '2022-05-13',
        value: { perPersonYear: 1000, cap: 400_000, years: 4 },
        ref: 'yb2022-38:2.1.2',
        note: '“最高不超过40万元” read as a cap over the 4 assessment years together (DESIGN: 60万 + up to 40万); the plan does not say per year or in total',
      },
    ],
  }),
};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    employment_base_grant: typeof parameters;
  }
}

const text = {
  quotes: { base: '认定成功的更加充分更高质量就业基地' },
  amount: (oneOff: number, perPerson: number, cap: number) => `一次性补助${money(oneOff)}；另按${perPerson}元/人/年给予绩效奖补，最高不超过${money(cap)}`,
  notes: {
    certify: `尚未认定为就业基地的，可向${t.centre}了解认定条件`,
    performance: (years: number, perPerson: number, cap: number) =>
      `认定后的次年起连续${years}年开展绩效评估，按吸纳高校毕业生、农民工、退捕渔民、脱贫人口、退役军人和其他就业困难人员就业创业${perPerson}元/人/年给予绩效奖补，最高不超过${money(cap)}`,
    window: (first: number, last: number) => `绩效评估年度为${first}—${last}年`,
    year: (year: number, k: number) => `${year}年为第${k}个绩效评估年度`,
    outside: (year: number, first: number, last: number) => `${year}年不在绩效评估年度（${first}—${last}年）内`,
    estimate: (n: number, amount: number, years: number) => `按本评估年度吸纳${n}人测算，绩效奖补为${money(amount)}（${years}年合计不超过上限）`,
    capReading: (cap: number, years: number) => `“最高不超过${money(cap)}”未写明是每年还是${years}年合计，这里按${years}年合计理解，以${t.centre}审核为准`,
  },
};

/** See `employmentBasePerformance` for the reading of the cap (the assessment years together). */
export default defineBenefit({
  code: 'employment_base_grant',
  order: 40,
  audience: 'employer',
  clauseId: 'yb2022-38:2.1.2',
  name: '就业基地一次性补助及绩效奖补',
  parameters,
  text,
  guide: {
    needle: '对认定成功的',
    where: { text: '区就业和人才中心、各镇街', municipal: false },
  },
  evaluate(facts, _derived, asOf) {
    const e = facts.employer ?? {};
    const j = judge([
      cond(given(e.certifiedEmploymentBase, 'employer.certifiedEmploymentBase'), text.quotes.base, {
        met: f.designated(text.quotes.base, true),
        failed: f.designated(text.quotes.base, false),
      }),
    ]);
    const n = text.notes;
    const oneOff = param('employmentBaseOneOff', asOf);
    const { perPersonYear, cap, years } = param('employmentBasePerformance', asOf);
    const notes: string[] = [];
    if (j.status === 'ineligible') notes.push(n.certify);
    else {
      notes.push(n.performance(years, perPersonYear, cap));
      if (e.employmentBaseCertifiedOn) {
        const first = yearOf(e.employmentBaseCertifiedOn) + 1;
        const last = first + years - 1;
        const year = yearOf(asOf);
        const inWindow = year >= first && year <= last;
        notes.push(inWindow ? n.year(year, year - first + 1) : year > last ? n.outside(year, first, last) : n.window(first, last));
        if (inWindow && e.employmentBaseAbsorbed !== undefined) {
          notes.push(n.estimate(e.employmentBaseAbsorbed, Math.min(e.employmentBaseAbsorbed * perPersonYear, cap), years));
        }
      }
      notes.push(n.capReading(cap, years));
    }
    const amount = { value: oneOff, max: oneOff + cap, unit: t.units.yuan, text: text.amount(oneOff, perPersonYear, cap) };
    return outcome(j, { amount, notes, citations: [this.clauseId] });
  },
});
