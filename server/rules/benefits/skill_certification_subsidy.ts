/** 二（三）3 职业技能鉴定补贴: trained, passed a first appraisal, holds a 职业资格证书 or 专项能力证书; amount 按规定. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { fact, given } from '../logic.ts';
import { cond, defineBenefit, judge, outcome } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f, groups: g } = t;

/** A 职业技能等级证书 is not named by the plan: unknown, to be confirmed with 培训鉴定科. */
export default defineBenefit({
  code: 'skill_certification_subsidy',
  audience: 'person',
  clauseId: 'yb2022-38:2.3.3',
  params: [],
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
      cond(given(me.attendedVocationalTraining, 'person.attendedVocationalTraining'), q.attendedTraining, {
        met: f.attended(true),
        failed: f.attended(false),
      }),
      cond(given(me.passedFirstSkillAppraisal, 'person.passedFirstSkillAppraisal'), q.firstAppraisal, {
        met: f.passedAppraisal(true),
        failed: f.passedAppraisal(false),
      }),
      cond(certificate, q.certificate, {
        met: me.certificate && f.certificate[me.certificate],
        failed: f.certificate.none,
        unknown: me.certificate === 'skill_level' ? `${f.certificate.skill_level}；${t.notes.skillLevelCertificate}` : undefined,
      }),
    ]);
    const notes = j.status === 'ineligible' ? [] : [t.notes.appraisalAmount, t.notes.appraisalMunicipal];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
