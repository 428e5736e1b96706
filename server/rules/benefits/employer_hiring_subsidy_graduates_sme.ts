/**
 * 二（一）1 一次性吸纳就业补贴, lower rate: SMEs hiring 应届 graduates, insured ≥6 months. One
 * subsidy at two rates with employer_hiring_subsidy_key_groups: each hire is judged for the higher
 * rate first.
 */
import { zh } from '../../i18n/zh-CN/index.ts';
import { fact, test, type Fact } from '../logic.ts';
import { yearOf } from '../dates.ts';
import { insuranceReachedOn, type HireView } from '../derived.ts';
import type { Hire } from '../facts.ts';
import { parameter, paramValue } from '../parameters/index.ts';
import { cond, defineBenefit, judge, outcome, param, perHeadAmount, perItem, withEmployerConditions, type ItemJudgement } from '../outcome.ts';
import keyGroups, { judgeKeyGroupHire } from './employer_hiring_subsidy_key_groups.ts';

const t = zh.rules;
const { facts: f, money } = t;

const parameters = {
  graduateHiringSubsidy: parameter<number>({
    description: '一次性吸纳就业补贴 for an SME hiring a fresh graduate (the lower rate)',
    unit: '元/人',
    spoken: true,
    values: [{ from: '2022-05-13', value: 2000, ref: 'yb2022-38:2.1.1' }],
  }),
  /** “连续缴纳半年及以上”: at least 6 consecutive months. */
  graduateInsuranceMonths: parameter<number>({
    description: '连续缴纳半年及以上: consecutive months of social insurance',
    unit: '月',
    values: [{ from: '2022-05-13', value: 6, ref: 'yb2022-38:2.1.1' }],
  }),
};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    employer_hiring_subsidy_graduates_sme: typeof parameters;
  }
}

const text = {
  quotes: { sme: '中小微企业', freshGraduate: '应届高校毕业生', insuredHalfYear: '连续缴纳半年及以上社会保险费' },
  notes: {
    coveredByHigher: (high: number) => `已符合${high}元/人的一次性吸纳就业补贴，同一人员不重复享受，按较高标准计入该项`,
    maybeHigher: (high: number) => `如该人员经审核符合${high}元/人的补贴，则按较高标准享受，不再重复计入本项`,
    municipal: (rate: number) =>
      t.reasons.municipal(
        `签订1年以上劳动合同；市级规定另将离校2年内高校毕业生、16—24岁登记失业青年、我市户籍失业6个月以上人员纳入${money(rate)}补贴范围（本方案仅列应届高校毕业生）`,
        '渝人社办〔2020〕188号；渝府办发〔2023〕57号',
      ),
  },
};

/** “连续缴纳半年及以上”: `graduateInsuranceMonths` or more. */
export const insuredHalfYear = (h: Hire, on: string, at: string): Fact =>
  test(h.socialInsuranceMonths, `${at}.socialInsuranceMonths`, (m) => m >= paramValue('graduateInsuranceMonths', on));

/**
 * 应届 is judged on the hire date: graduated in the calendar year of hiring (毕业年度 1 Jan–31 Dec).
 * The two one-off subsidies are one subsidy at two rates, paid once per person (docs/domain.md: “once per
 * person”): a hire who qualifies for the higher rate is not counted here; one who might is counted with a note.
 */
function judgeGraduateHire(h: HireView, asOf: string): ItemJudgement {
  const higher = judgeKeyGroupHire(h, asOf);
  const high = param('keyGroupHiringSubsidy', asOf);
  if (higher.status === 'eligible') return { status: 'ineligible', reasons: [text.notes.coveredByHigher(high)], missingFacts: [] };
  const me = h.person.person;
  const gradYear = me.graduationDate ? yearOf(me.graduationDate) : undefined;
  const hireYear = h.hire.hiredOn ? yearOf(h.hire.hiredOn) : undefined;
  const months = h.hire.socialInsuranceMonths;
  const j = judge([
    cond(h.person.currentGraduate, text.quotes.freshGraduate, {
      met: f.freshGraduate(gradYear!, hireYear!),
      failed: h.person.collegeGraduate.value === false ? f.graduate(false) : f.notFreshGraduate(gradYear, hireYear),
    }),
    cond(insuredHalfYear(h.hire, asOf, h.at), text.quotes.insuredHalfYear, { met: f.insuranceMonths(months!), failed: f.insuranceMonths(months!) }),
  ]);
  // Not yet: a fresh graduate still being insured reaches the six months on a date the rules can tell.
  const need = param('graduateInsuranceMonths', asOf);
  const reached = j.status === 'ineligible' && h.person.currentGraduate.value === true ? insuranceReachedOn(h.hire, need, asOf) : undefined;
  const reasons =
    j.status !== 'ineligible' && higher.status === 'unknown'
      ? [...j.reasons, text.notes.maybeHigher(high)]
      : reached
        ? [...j.reasons, t.notes.insuredFrom(need, reached)]
        : j.reasons;
  return { ...j, reasons, amount: param('graduateHiringSubsidy', asOf) };
}

export default defineBenefit({
  code: 'employer_hiring_subsidy_graduates_sme',
  order: 20,
  audience: 'employer',
  clauseId: 'yb2022-38:2.1.1',
  name: '一次性吸纳就业补贴（中小微企业招用应届高校毕业生）',
  parameters,
  uses: ['keyGroupHiringSubsidy', 'keyGroupInsuranceMonths'],
  namedWith: ['employer_hiring_subsidy_key_groups'],
  text,
  guide: {
    needle: '中小微企业',
    where: { text: '区就业和人才中心', municipal: false },
    notes: [{ text: '须签订1年以上劳动合同，每名人员只享受一次', municipal: true, source: '渝人社办〔2020〕188号；渝府办发〔2023〕57号' }],
  },
  evaluate(facts, { employer: e }, asOf) {
    const citations = [this.clauseId];
    const employer = judge([cond(e.sme, text.quotes.sme, { met: e.size ? f.size(e.size) : f.sme, failed: f.size('large') })]);
    const hires = facts.employer?.hires ? perItem(e.hires.map((h) => judgeGraduateHire(h, asOf)), t.reasons.whoHire, t.reasons.noHires) : undefined;
    const j = withEmployerConditions(employer, hires ?? judge([cond(fact(undefined, ['employer.hires']), text.quotes.freshGraduate)]));
    const rate = param('graduateHiringSubsidy', asOf);
    const shared = keyGroups.text.notes;
    const notes = j.status === 'ineligible' ? [] : [shared.notBoth(param('keyGroupHiringSubsidy', asOf), rate), shared.apply, text.notes.municipal(rate)];
    return outcome(j, { amount: hires ? perHeadAmount(rate, t.units.yuanPerPerson, hires) : null, notes, citations });
  },
});
