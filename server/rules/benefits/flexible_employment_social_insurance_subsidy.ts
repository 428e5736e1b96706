/** 二（五）3 灵活就业社会保险补贴: graduates and people in difficulty in flexible work who pay social insurance; 按规定. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { fact, given } from '../logic.ts';
import { cond, defineBenefit, judge, outcome } from '../outcome.ts';

const t = zh.rules;
const { facts: f, groups: g } = t;

const parameters = {};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    flexible_employment_social_insurance_subsidy: typeof parameters;
  }
}

const municipalRule =
  '补贴对象为离校2年内登记失业的高校毕业生、我市户籍登记失业的“4050”人员、低保家庭和零就业家庭成员，按个人缴纳养老、医疗保险费的2/3给予补贴，最长3年（高校毕业生按国家规定为2年，以何者为准尚待确认）';

const text = {
  quotes: { target: '高校毕业生、困难人员', flexible: '实现灵活就业', paysInsurance: '缴纳社会保险费' },
  notes: {
    amount: `方案规定“按规定给予灵活就业社会保险补贴”，补贴标准和期限须向${t.offices.employment}确认`,
    municipal: t.reasons.municipal(municipalRule, t.sources.servicePackage2023),
  },
};

export default defineBenefit({
  code: 'flexible_employment_social_insurance_subsidy',
  order: 110,
  audience: 'person',
  clauseId: 'yb2022-38:2.5.3',
  name: '灵活就业社会保险补贴',
  parameters,
  text,
  guide: {
    needle: '灵活就业社会保险补贴',
    where: { text: '区就业和人才中心、各镇街', municipal: false },
    notes: [{ text: municipalRule, municipal: true, source: 'servicePackage2023' }],
  },
  evaluate(_facts, { person: p }) {
    const me = p.person;
    const flexible = me.employmentStatus ? fact(me.employmentStatus === 'flexible') : fact(undefined, ['person.employmentStatus']);
    const j = judge([
      cond(p.yishengYikun, text.quotes.target, { met: f.inGroup(p.collegeGraduate.value ? g.collegeGraduate : g.difficulty), failed: f.notGroup }),
      cond(flexible, text.quotes.flexible, { met: f.flexible(true), failed: me.employmentStatus && f.status(me.employmentStatus) }),
      cond(given(me.payingSocialInsurance, 'person.payingSocialInsurance'), text.quotes.paysInsurance, {
        met: f.paysInsurance(true),
        failed: f.paysInsurance(false),
      }),
    ]);
    const notes = j.status === 'ineligible' ? [] : [text.notes.amount, text.notes.municipal];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
