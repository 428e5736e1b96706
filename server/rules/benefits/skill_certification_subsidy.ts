/** 二（三）3 职业技能鉴定补贴: trained, passed a first appraisal, holds a 职业资格证书 or 专项能力证书; amount 按规定. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { fact, given } from '../logic.ts';
import { cond, defineBenefit, judge, outcome } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f, groups: g } = t;

const parameters = {};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    skill_certification_subsidy: typeof parameters;
  }
}

const text = {
  quotes: { attendedTraining: '参加培训', firstAppraisal: '通过初次职业技能鉴定', certificate: '取得职业资格证书或专项能力证书' },
  notes: {
    amount: `方案规定“按规定给予职业技能鉴定补贴”，补贴标准须向${t.offices.training}确认`,
    municipal: t.reasons.municipal('按初次鉴定的鉴定费给予补贴', '渝人社发〔2014〕108号'),
    skillLevelCertificate: `方案列明的是职业资格证书或专项能力证书，职业技能等级证书是否适用须向${t.offices.training}确认`,
  },
};

/** A 职业技能等级证书 is not named by the plan: unknown, to be confirmed with 培训鉴定科. */
export default defineBenefit({
  code: 'skill_certification_subsidy',
  order: 80,
  audience: 'person',
  clauseId: 'yb2022-38:2.3.3',
  name: '职业技能鉴定补贴',
  parameters,
  text,
  guide: {
    needle: '职业技能鉴定补贴',
    where: { text: '就业促进与职业能力建设科、区就业和人才中心', municipal: false },
    notes: [{ text: '按初次鉴定的鉴定费给予补贴', municipal: true, source: '渝人社发〔2014〕108号' }],
  },
  evaluate(_facts, { person: p }) {
    const me = p.person;
    const certificate =
      me.certificate === undefined
        ? fact(undefined, ['person.certificate'])
        : me.certificate === 'skill_level'
          ? fact(undefined, [])
          : fact(me.certificate !== 'none');
    const j = judge([
      cond(p.yishengYikun, q.trainingTarget, {
        met: f.inGroup(p.collegeGraduate.value ? g.collegeGraduate : g.difficulty),
        failed: f.notGroup,
      }),
      cond(given(me.attendedVocationalTraining, 'person.attendedVocationalTraining'), text.quotes.attendedTraining, {
        met: f.attended(true),
        failed: f.attended(false),
      }),
      cond(given(me.passedFirstSkillAppraisal, 'person.passedFirstSkillAppraisal'), text.quotes.firstAppraisal, {
        met: f.passedAppraisal(true),
        failed: f.passedAppraisal(false),
      }),
      cond(certificate, text.quotes.certificate, {
        met: me.certificate && f.certificate[me.certificate],
        failed: f.certificate.none,
        unknown: me.certificate === 'skill_level' ? `${f.certificate.skill_level}；${text.notes.skillLevelCertificate}` : undefined,
      }),
    ]);
    const notes = j.status === 'ineligible' ? [] : [text.notes.amount, text.notes.municipal];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
