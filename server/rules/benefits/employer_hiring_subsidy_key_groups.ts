/**
 * 二（一）1 一次性吸纳就业补贴, higher rate: any enterprise hiring the listed groups, insured ≥12
 * months and still paying. One subsidy at two rates with employer_hiring_subsidy_graduates_sme,
 * which judges each hire here first.
 */
import { zh } from '../../i18n/zh-CN/index.ts';
import { all, any, fact, given, test, type Fact } from '../logic.ts';
import { insuranceReachedOn, type HireView } from '../derived.ts';
import type { Hire } from '../facts.ts';
import { parameter, paramValue } from '../parameters/index.ts';
import { cond, defineBenefit, firstTrue, judge, outcome, param, perHeadAmount, perItem, type ItemJudgement } from '../outcome.ts';

const t = zh.rules;
const { facts: f, groups: g } = t;

const parameters = {
  keyGroupHiringSubsidy: parameter<number>({
    description: '一次性吸纳就业补贴 for a hire of the listed groups (the higher rate)',
    unit: '元/人',
    spoken: true,
    values: [{ from: '2022-05-13', value: 6000, ref: 'yb2022-38:2.1.1' }],
  }),
  /** “连续缴纳1年以上且仍在缴纳”: at least 12 consecutive months, still paying. */
  keyGroupInsuranceMonths: parameter<number>({
    description: '连续缴纳1年以上且仍在缴纳: consecutive months of social insurance, still paying',
    unit: '月',
    values: [{ from: '2022-05-13', value: 12, ref: 'yb2022-38:2.1.1' }],
  }),
};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    employer_hiring_subsidy_key_groups: typeof parameters;
  }
}

const text = {
  quotes: {
    listedGroups: '脱贫人口、低保家庭成员、零就业家庭成员、淘汰落后产能企业职工中的“4050”人员和残疾人员、高校残疾毕业生',
    insuredYearStillPaying: '连续缴纳1年以上且仍在缴纳社会保险费',
  },
  notes: {
    municipal: t.reasons.municipal(
      '签订劳动合同；低保、零就业家庭成员为我市户籍登记失业人员；高校残疾毕业生为离校2年内；每名人员只享受一次',
      '渝人社办〔2020〕188号；渝府办发〔2023〕57号',
    ),
    disabledReading: `是残疾人，但不是淘汰落后产能企业职工，也不是高校毕业生；方案原文“淘汰落后产能企业职工中的“4050”人员和残疾人员”可理解为仅限该类企业职工，市级规定则包括所有残疾人员，须向${t.centre}确认`,
    /** Both rates' notes (the two rates are one subsidy, paid once per person). */
    notBoth: (high: number, low: number) => `同一人员的${high}元/人和${low}元/人一次性吸纳就业补贴不重复享受，按较高标准计`,
    apply: `一次性吸纳就业补贴向${t.centre}申请`,
  },
};

/** “连续缴纳1年以上且仍在缴纳”: `keyGroupInsuranceMonths` or more and still paying. */
export const insuredYearAndStillPaying = (h: Hire, on: string, at: string): Fact =>
  all(
    test(h.socialInsuranceMonths, `${at}.socialInsuranceMonths`, (m) => m >= paramValue('keyGroupInsuranceMonths', on)),
    given(h.stillPaying, `${at}.stillPaying`),
  );

/**
 * One hire. “淘汰落后产能企业职工中的“4050”人员和残疾人员” is read as both groups among those
 * workers — otherwise 高校残疾毕业生 would be redundant — while the municipal rule covers every
 * disabled person; a disabled hire outside both readings' overlap stays unknown with that note.
 * “4050” is judged on the hire date (docs/domain.md: the day the contract is signed).
 */
export function judgeKeyGroupHire(h: HireView, asOf: string): ItemJudgement {
  // Judged for this rule and again by the lower rate's (not both for one person): once per evaluation.
  let judged = judgedHires.get(h);
  if (!judged) judgedHires.set(h, (judged = judgeHire(h, asOf)));
  return judged;
}

const judgedHires = new WeakMap<HireView, ItemJudgement>();

function judgeHire(h: HireView, asOf: string): ItemJudgement {
  const p = h.person;
  const at = p.at;
  const me = p.person;
  const eliminated = given(me.fromEliminatedCapacityEnterprise, `${at}.fromEliminatedCapacityEnterprise`);
  const disabled = given(me.disabled, `${at}.disabled`);
  const options = [
    [given(me.povertyAlleviated, `${at}.povertyAlleviated`), g.povertyAlleviated],
    [given(me.dibaoFamily, `${at}.dibaoFamily`), g.dibaoFamily],
    [given(me.zeroEmploymentFamily, `${at}.zeroEmploymentFamily`), g.zeroEmploymentFamily],
    [all(eliminated, p.is4050), g.eliminated4050],
    [all(eliminated, disabled), g.eliminatedDisabled],
    [all(p.collegeGraduate, disabled), g.disabledGraduate],
  ] as const;
  const listed = any(...options.map(([x]) => x));
  const readingOpen = listed.value === false && me.disabled === true;
  const hire = h.hire;
  const insurance = hire.socialInsuranceMonths === undefined ? f.stillPayingOnly(hire.stillPaying === true) : f.insurance(hire.socialInsuranceMonths, hire.stillPaying);
  const j = judge([
    cond(readingOpen ? fact(undefined, []) : listed, text.quotes.listedGroups, {
      met: f.groupMember(firstTrue(options) ?? ''),
      failed: f.notInGroup,
      unknown: readingOpen ? text.notes.disabledReading : undefined,
    }),
    cond(insuredYearAndStillPaying(hire, asOf, h.at), text.quotes.insuredYearStillPaying, { met: insurance, failed: insurance }),
  ]);
  // Not yet: a listed hire still being insured reaches the twelve months on a date the rules can tell.
  const need = param('keyGroupInsuranceMonths', asOf);
  const reached = j.status === 'ineligible' && listed.value === true ? insuranceReachedOn(hire, need, asOf) : undefined;
  return { ...j, ...(reached ? { reasons: [...j.reasons, t.notes.insuredFrom(need, reached)] } : {}), amount: param('keyGroupHiringSubsidy', asOf) };
}

export default defineBenefit({
  code: 'employer_hiring_subsidy_key_groups',
  order: 10,
  audience: 'employer',
  clauseId: 'yb2022-38:2.1.1',
  name: '一次性吸纳就业补贴（招用重点人群）',
  parameters,
  uses: ['graduateHiringSubsidy'],
  namedWith: ['employer_hiring_subsidy_graduates_sme'],
  text,
  guide: {
    needle: '淘汰落后产能企业职工',
    where: { text: '区就业和人才中心', municipal: false },
    notes: [{ text: '须与招用人员签订劳动合同，每名人员只享受一次', municipal: true, source: '渝人社办〔2020〕188号；渝府办发〔2023〕57号' }],
  },
  evaluate(facts, { employer: e }, asOf) {
    const citations = [this.clauseId];
    if (!facts.employer?.hires) {
      return outcome(judge([cond(fact(undefined, ['employer.hires']), text.quotes.listedGroups)]), { citations });
    }
    const items = perItem(e.hires.map((h) => judgeKeyGroupHire(h, asOf)), t.reasons.whoHire, t.reasons.noHires);
    const rate = param('keyGroupHiringSubsidy', asOf);
    const notes = items.status === 'ineligible' ? [] : [text.notes.notBoth(rate, param('graduateHiringSubsidy', asOf)), text.notes.apply, text.notes.municipal];
    return outcome(items, { amount: perHeadAmount(rate, t.units.yuanPerPerson, items), notes, citations });
  },
});
