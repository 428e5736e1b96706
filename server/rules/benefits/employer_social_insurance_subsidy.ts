/** 二（一）1 用人单位社会保险补贴: employers hiring the listed groups; amount 按规定 (actual contributions). */
import { zh } from '../../i18n/zh-CN/index.ts';
import { all, any, fact, given } from '../logic.ts';
import type { HireView } from '../derived.ts';
import { cond, defineBenefit, firstTrue, judge, outcome, perItem, type ItemJudgement } from '../outcome.ts';

const t = zh.rules;
const { facts: f, groups: g } = t;

/** 离校2年内 is a shared definition (../parameters/general.ts). */
const parameters = {};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    employer_social_insurance_subsidy: typeof parameters;
  }
}

const text = {
  quotes: { groups: '登记失业离校2年内高校毕业生、我市户籍登记失业“4050”人员、低保家庭成员、零就业家庭成员' },
  notes: {
    amount: `方案规定“按规定给予社会保险补贴”，按单位实际为其缴纳的社会保险费计算，补贴标准和期限须向${t.offices.employment}确认`,
    municipal: t.reasons.municipal(
      '按单位实际缴纳的基本养老、基本医疗（含生育）、失业和工伤保险费给予补贴，最长3年，距法定退休年龄不足5年的可延长至退休；小微企业招用高校毕业生按国家规定最长1年',
      `${t.sources.servicePackage2023}；财社〔2017〕164号`,
    ),
  },
};

/** 登记失业 and 离校2年内 are judged on the hire date: the person's situation when hired. */
function judgeHire(h: HireView): ItemJudgement {
  const p = h.person;
  const at = p.at;
  const me = p.person;
  const registered = given(me.registeredUnemployed, `${at}.registeredUnemployed`);
  const options = [
    [all(p.collegeGraduate, registered, p.withinTwoYearsOfLeaving), g.graduateTwoYears],
    [all(p.chongqingHukou, registered, p.is4050), g.chongqing4050],
    [given(me.dibaoFamily, `${at}.dibaoFamily`), g.dibaoFamily],
    [given(me.zeroEmploymentFamily, `${at}.zeroEmploymentFamily`), g.zeroEmploymentFamily],
  ] as const;
  return judge([cond(any(...options.map(([x]) => x)), text.quotes.groups, { met: f.groupMember(firstTrue(options) ?? ''), failed: f.notInGroup })]);
}

export default defineBenefit({
  code: 'employer_social_insurance_subsidy',
  order: 30,
  audience: 'employer',
  clauseId: 'yb2022-38:2.1.1',
  name: '用人单位社会保险补贴',
  parameters,
  uses: ['leavingSchoolWindowMonths'],
  text,
  guide: {
    needle: '社会保险补贴',
    where: { text: '区就业和人才中心', municipal: false },
    notes: [
      {
        text: '按单位实际为其缴纳的基本养老、基本医疗（含生育）、失业和工伤保险费给予补贴，最长3年，距法定退休年龄不足5年的可延长至退休',
        municipal: true,
        source: 'servicePackage2023',
      },
      { text: '小微企业招用高校毕业生的，按国家规定最长补贴1年', municipal: true, source: '财社〔2017〕164号' },
    ],
  },
  evaluate(facts, { employer: e }) {
    const citations = [this.clauseId];
    if (!facts.employer?.hires) {
      return outcome(judge([cond(fact(undefined, ['employer.hires']), text.quotes.groups)]), { citations });
    }
    const items = perItem(e.hires.map(judgeHire), t.reasons.whoHire, t.reasons.noHires);
    const notes = items.status === 'ineligible' ? [] : [text.notes.amount, text.notes.municipal];
    return outcome(items, { notes, citations });
  },
});
