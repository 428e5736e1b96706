/** 二（二）2 一次性创业补助: first business, operating 1–3 years, ≥3 employed, paying social insurance; per household. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { all, any, fact, given, test, type Fact } from '../logic.ts';
import { businessMonthsInOperation } from '../derived.ts';
import type { Business } from '../facts.ts';
import { parameter, paramValue } from '../parameters/index.ts';
import { cond, defineBenefit, firstTrue, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { facts: f, groups: g } = t;

const parameters = {
  startupOneOffGrant: parameter<number>({
    description: '一次性创业补助 per household',
    unit: '元/户',
    spoken: true,
    values: [{ from: '2022-05-13', value: 8000, ref: 'yb2022-38:2.2.2' }],
  }),
  /**
   * “正常经营1年以上3年以下”: at least 12 whole months and fewer than 36. 以上 includes the number; 以下
   * is read as “under 3 years” following the municipal rule (渝人社发〔2018〕117号: ≥1 and <3 years).
   */
  startupGrantOperatingMonths: parameter<{ min: number; maxExclusive: number }>({
    description: '正常经营1年以上3年以下: whole months of operation, at least `min`, fewer than `maxExclusive`',
    unit: '月',
    values: [{ from: '2022-05-13', value: { min: 12, maxExclusive: 36 }, ref: 'yb2022-38:2.2.2' }],
  }),
  /** “带动就业3人以上”: three or more people employed besides the owner. */
  startupGrantMinEmployees: parameter<number>({
    description: '带动就业…人以上: people employed besides the owner',
    unit: '人',
    values: [{ from: '2022-05-13', value: 3, ref: 'yb2022-38:2.2.2' }],
  }),
};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    startup_one_off_grant: typeof parameters;
  }
}

const text = {
  quotes: {
    groups: '高校毕业生等重点群体',
    firstBusiness: '首次创办企业（含个体工商户）',
    operating: ({ min, maxExclusive }: { min: number; maxExclusive: number }) => `正常经营${min / 12}年以上${maxExclusive / 12}年以下`,
    employs: (n: number) => `带动就业${n}人以上`,
    insured: '缴纳社会保险',
  },
  amount: (value: number) => `${value}${t.units.yuanPerHousehold}`,
  notes: {
    otherGroups: `不属于高校毕业生、登记失业人员或方案所列重点群体；“高校毕业生等重点群体”的范围须向${t.offices.startup}确认`,
    municipal: t.reasons.municipal(
      '每户只享受一次；法定代表人为离校2年内登记失业的高校毕业生或其他所列人群（我市户籍）；除本人外招用3人以上',
      '渝人社发〔2018〕117号',
    ),
    apply: `一次性创业补助向${t.offices.startup}申请`,
    /** How many more people a business must employ. */
    employeesShort: (more: number, min: number) => `再带动${more}人就业（达到${min}人）${t.notes.notYetMark}满足这一条`,
  },
};

/** “正常经营1年以上3年以下” on `on`, in whole months (see `startupGrantOperatingMonths`). */
export function inFirstToThirdYear(b: Business | undefined, on: string, at = 'person'): Fact {
  const { min, maxExclusive } = paramValue('startupGrantOperatingMonths', on);
  return test(businessMonthsInOperation(b, on), `${at}.business.startedOn`, (m) => m >= min && m < maxExclusive);
}

/** “高校毕业生等重点群体”: graduates, registered unemployed, and the 重点群体 of 二（一）2; outside them, ask. */
export default defineBenefit({
  code: 'startup_one_off_grant',
  order: 50,
  audience: 'person',
  clauseId: 'yb2022-38:2.2.2',
  name: '一次性创业补助',
  parameters,
  text,
  guide: {
    needle: '一次性创业补助',
    where: { text: '区就业和人才中心、各镇街', municipal: false },
    notes: [
      { text: '每户只享受一次', municipal: true, source: '渝人社发〔2018〕117号' },
      { text: '法定代表人为离校2年内登记失业的高校毕业生或其他所列人群（我市户籍），除本人外招用3人以上', municipal: true, source: '渝人社发〔2018〕117号' },
    ],
  },
  evaluate(_facts, { person: p }, asOf) {
    const me = p.person;
    const b = me.business;
    const grant = param('startupOneOffGrant', asOf);
    const amount = { value: grant, unit: t.units.yuanPerHousehold, text: text.amount(grant) };
    if (p.hasBusiness.value === false) {
      return outcome(judge([cond(p.hasBusiness, text.quotes.firstBusiness, { failed: f.noBusiness })]), { citations: [this.clauseId] });
    }
    const options = [
      [p.collegeGraduate, g.collegeGraduate],
      [given(me.registeredUnemployed, 'person.registeredUnemployed'), g.registeredUnemployed],
      [p.keyGroup, g.keyGroup],
    ] as const;
    const listed = any(...options.map(([x]) => x));
    const months = p.businessMonths;
    const minEmployees = param('startupGrantMinEmployees', asOf);
    const operating = param('startupGrantOperatingMonths', asOf);
    const operatingDetail = months === undefined ? undefined : months >= operating.maxExclusive ? f.operatingTooLong(months, operating.maxExclusive) : f.operating(months);
    const j = judge([
      cond(listed.value === false ? fact(undefined, []) : listed, text.quotes.groups, {
        met: f.inGroup(firstTrue(options) ?? ''),
        unknown: listed.value === false ? text.notes.otherGroups : undefined,
      }),
      cond(all(p.hasBusiness, given(b?.firstBusiness, 'person.business.firstBusiness')), text.quotes.firstBusiness, {
        met: f.firstBusiness(true),
        failed: f.firstBusiness(false),
      }),
      cond(inFirstToThirdYear(b, asOf, p.at), text.quotes.operating(operating), { met: operatingDetail, failed: operatingDetail }),
      cond(test(b?.employees, 'person.business.employees', (n) => n >= minEmployees), text.quotes.employs(minEmployees), {
        met: b?.employees === undefined ? undefined : f.employees(b.employees),
        failed: b?.employees === undefined ? undefined : f.employees(b.employees),
      }),
      cond(given(b?.payingSocialInsurance, 'person.business.payingSocialInsurance'), text.quotes.insured, {
        met: f.businessInsured(true),
        failed: f.businessInsured(false),
      }),
    ]);
    // Short of the head count: how many more people would meet it.
    const short = b?.employees !== undefined && b.employees < minEmployees ? [text.notes.employeesShort(minEmployees - b.employees, minEmployees)] : [];
    const notes = j.status === 'ineligible' ? short : [...short, text.notes.apply, text.notes.municipal];
    return outcome(j, { amount, notes, citations: [this.clauseId] });
  },
});
