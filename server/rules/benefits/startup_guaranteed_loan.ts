/** 二（二）2 创业担保贷款: listed groups who registered a business in Chongqing; 30万/110万/300万 by form. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { all, any, fact, given } from '../logic.ts';
import { parameter } from '../parameters/index.ts';
import { cond, defineBenefit, firstTrue, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { facts: f, groups: g, money } = t;

type LoanMax = { individual: number; partnership: number; small_micro: number };

const parameters = {
  startupLoanMax: parameter<LoanMax>({
    description: '创业担保贷款: the highest loan by the borrower’s form',
    unit: '元',
    values: [
      {
        from: '2022-05-13',
        value: { individual: 300_000, partnership: 1_100_000, small_micro: 3_000_000 },
        ref: 'yb2022-38:2.2.2',
        note: 'the seed wins over the municipal pages (20万 individual in 2021–23; 30万/33万 per partner/400万 from May 2024)',
      },
    ],
  }),
};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    startup_guaranteed_loan: typeof parameters;
  }
}

const text = {
  quotes: { groups: '高校毕业生、城镇登记失业人员、低保家庭成员、零就业家庭成员等', registered: '在市内自主创业且已办理注册登记' },
  amount: (form: keyof LoanMax | undefined, max: LoanMax) =>
    form === 'individual'
      ? `个人最高${money(max.individual)}`
      : form === 'partnership'
        ? `合伙企业最高${money(max.partnership)}`
        : form === 'small_micro'
          ? `小微企业最高${money(max.small_micro)}`
          : `个人最高${money(max.individual)}、合伙企业最高${money(max.partnership)}、小微企业最高${money(max.small_micro)}`,
  notes: {
    conditions: `是否“符合创业担保贷款条件”以及财政贴息，方案规定“按规定”执行，须向${t.offices.startup}确认`,
    municipal: t.reasons.municipal(
      '借款人承担的利率不超过LPR减150个基点，其余由财政贴息；小微企业当年新招用符合条件人员达到职工总数15%（超过100人的企业8%）',
      `渝府办发〔2020〕62号；${t.sources.servicePackage2023}`,
    ),
    otherGroups: `不属于方案列举的高校毕业生、城镇登记失业人员、低保家庭成员、零就业家庭成员；方案列举后有“等”字，其他人群能否申请须向${t.offices.startup}确认`,
  },
};

/**
 * The groups end in 等: someone outside them is not refused — the answer stays `unknown` and says
 * to confirm with 创业服务科. 贴息 and the other 贷款条件 are 按规定: named, not computed.
 */
export default defineBenefit({
  code: 'startup_guaranteed_loan',
  order: 40,
  audience: 'person',
  clauseId: 'yb2022-38:2.2.2',
  name: '创业担保贷款及财政贴息',
  parameters,
  text,
  guide: {
    needle: '创业担保贷款',
    where: { text: '区就业和人才中心、各镇街', municipal: false },
    notes: [
      { text: '借款人承担的利率不超过LPR减150个基点，其余由财政贴息', municipal: true, source: '渝府办发〔2020〕62号' },
      {
        text: '小微企业申请须当年新招用符合条件人员达到职工总数的15%（超过100人的企业为8%）',
        municipal: true,
        source: '渝府办发〔2020〕62号；重庆市人力社保局“稳岗扩就业政策服务包”（2023）',
      },
      {
        text: '贷款额度按年度调整，2024年5月起市级标准为个人最高30万元、合伙创业每人最高33万元（合计不超过400万元）、小微企业最高400万元',
        municipal: true,
        source: '2024年重庆市公开报道',
      },
    ],
  },
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
      cond(group, text.quotes.groups, { met: f.inGroup(firstTrue(options) ?? ''), unknown: listed.value === false ? text.notes.otherGroups : undefined }),
      cond(registered, text.quotes.registered, {
        met: f.registered(true),
        failed: p.hasBusiness.value === false ? f.noBusiness : f.registered(false),
      }),
    ]);
    const max = param('startupLoanMax', asOf);
    const form = me.business?.form;
    const amount = { ...(form ? { max: max[form] } : {}), unit: t.units.yuan, text: text.amount(form, max) };
    const notes = j.status === 'ineligible' ? [] : [text.notes.conditions, text.notes.municipal];
    return outcome(j, { amount, notes, citations: [this.clauseId] });
  },
});
