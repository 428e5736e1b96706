/** 二（五）2 公益性岗位: priority placement of unemployed graduates and people in difficulty the market cannot place. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { cond, defineBenefit, judge, outcome } from '../outcome.ts';

const t = zh.rules;
const { facts: f, groups: g } = t;

const parameters = {};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    public_welfare_post: typeof parameters;
  }
}

const text = {
  quotes: { target: '未就业高校毕业生、困难人员', notEmployed: '未就业' },
  notes: {
    assessment: `是否属于“市场渠道难以实现就业”由${t.offices.employment}评估，符合的通过公益性岗位优先安置`,
    zeroFamily: '零就业家庭成员优先安置，确保零就业家庭动态清零',
    municipal: t.reasons.municipal(
      '安置对象为就业困难人员，岗位工资不低于当地最低工资标准；岗位补贴期限一般最长3年，距法定退休年龄不足5年的可延长至退休',
      '渝人社发〔2016〕239号',
    ),
  },
};

/** “市场渠道难以实现就业” is the centre's assessment, not a fact we ask for: named in a note. */
export default defineBenefit({
  code: 'public_welfare_post',
  order: 140,
  audience: 'person',
  clauseId: 'yb2022-38:2.5.2',
  name: '公益性岗位安置',
  parameters,
  text,
  guide: {
    needle: '公益性岗位',
    where: { text: '区就业和人才中心、各镇街', municipal: false },
    notes: [
      {
        text: '安置对象为就业困难人员，岗位工资不低于当地最低工资标准；按国家规定岗位期限一般最长3年，距法定退休年龄不足5年的可延长至退休',
        municipal: true,
        source: '渝人社发〔2016〕239号',
      },
    ],
  },
  evaluate(_facts, { person: p }) {
    const me = p.person;
    const j = judge([
      cond(p.yishengYikun, text.quotes.target, { met: f.inGroup(p.difficulty.value ? g.difficulty : g.collegeGraduate), failed: f.notGroup }),
      cond(p.unemployed, text.quotes.notEmployed, { met: f.status('unemployed'), failed: me.employmentStatus && f.status(me.employmentStatus) }),
    ]);
    const notes =
      j.status === 'ineligible' ? [] : [text.notes.assessment, ...(me.zeroEmploymentFamily ? [text.notes.zeroFamily] : []), text.notes.municipal];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
