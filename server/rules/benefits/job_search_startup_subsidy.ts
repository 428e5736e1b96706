/**
 * 二（五）3 离校求职创业补贴: college graduates from families in difficulty, not in work after
 * leaving school. The whole benefit is this file — its parameter, its wording, how to apply, its
 * rule — and its scenarios (test/rules/scenarios/job_search_startup_subsidy.yml).
 */
import { zh } from '../../i18n/zh-CN/index.ts';
import { parameter } from '../parameters/index.ts';
import { cond, defineBenefit, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f } = t;

const parameters = {
  jobSearchSubsidy: parameter<number>({
    description: '离校求职创业补贴 per graduate',
    unit: '元/人',
    spoken: true,
    values: [{ from: '2022-05-13', value: 500, ref: 'yb2022-38:2.5.3' }],
  }),
};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    job_search_startup_subsidy: typeof parameters;
  }
}

/** Who the municipal rules pay it to (稳岗扩就业政策服务包 2023): said in the answer's note and in the guide. */
const MUNICIPAL_RULE = '我市户籍、离校1年内登记失业的困难家庭高校毕业生，每人只享受一次';

const text = {
  quotes: { poorFamily: '困难家庭', notEmployedAfterLeaving: '离校后未就业' },
  amount: (value: number) => `${value}${t.units.yuanPerPerson}`,
  notes: {
    municipal: t.reasons.municipal(MUNICIPAL_RULE, t.sources.servicePackage2023),
  },
};

export default defineBenefit({
  code: 'job_search_startup_subsidy',
  order: 130,
  audience: 'person',
  clauseId: 'yb2022-38:2.5.3',
  name: '离校求职创业补贴',
  parameters,
  text,
  guide: {
    needle: '离校求职创业补贴',
    where: { text: '区就业和人才中心、各镇街', municipal: false },
    notes: [
      { text: `补贴对象为${MUNICIPAL_RULE}`, municipal: true, source: 'servicePackage2023' },
      { text: '困难家庭指低保家庭、零就业家庭、脱贫家庭或有残疾成员的家庭，本人残疾或属特困人员的也包括在内', municipal: true, source: 'servicePackage2023' },
    ],
  },
  evaluate(_facts, { person: p }, asOf) {
    const me = p.person;
    const j = judge([
      cond(p.collegeGraduate, q.graduate, { met: f.graduate(true), failed: f.graduate(false) }),
      cond(p.poorFamily, text.quotes.poorFamily, { met: f.poorFamily(true), failed: f.poorFamily(false) }),
      cond(p.unemployed, text.quotes.notEmployedAfterLeaving, { met: f.status('unemployed'), failed: me.employmentStatus && f.status(me.employmentStatus) }),
    ]);
    const value = param('jobSearchSubsidy', asOf);
    const notes = j.status === 'ineligible' ? [] : [text.notes.municipal];
    return outcome(j, { amount: { value, unit: t.units.yuanPerPerson, text: text.amount(value) }, notes, citations: [this.clauseId] });
  },
});
