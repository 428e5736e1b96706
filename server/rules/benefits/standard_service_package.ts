/** 二（四）1 基本就业服务: 1 policy briefing, 1 career guidance, ≥3 jobs, ≥3 courses for those wanting training. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { given } from '../logic.ts';
import type { ParamValue } from '../parameters/index.ts';
import { cond, defineBenefit, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f } = t;

/** The minimums are the service standard's (../parameters/service.ts), which the ledger reads too. */
const parameters = {};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    standard_service_package: typeof parameters;
  }
}

const text = {
  quotes: { jobWish: '有就业意愿' },
  notes: {
    services: (min: ParamValue<'serviceMinimums'>, wantsTraining: boolean | undefined) =>
      `应提供${min.policyBriefing}次就业创业政策宣介、${min.careerGuidance}次职业指导、推荐至少${min.jobRecommendations}个就业岗位` +
      (wantsTraining === true
        ? `，并推荐至少${min.trainingRecommendations}个培训课程或项目`
        : wantsTraining === false
          ? ''
          : `；如有技能培训需求，还应推荐至少${min.trainingRecommendations}个培训课程或项目`),
    helpApply: '对符合就业创业扶持政策条件的，公共就业服务机构应主动协助申请相关政策',
    office: `职业指导可联系${t.offices.guidance}`,
  },
};

export default defineBenefit({
  code: 'standard_service_package',
  order: 20,
  audience: 'person',
  clauseId: 'yb2022-38:2.4.1',
  name: '基本就业服务（政策宣介、职业指导、岗位推荐、培训推荐）',
  parameters,
  uses: ['serviceMinimums'],
  text,
  guide: {
    needle: '开展1次就业创业政策宣介',
    where: { text: '区就业和人才中心、各镇街', municipal: false },
    notes: [{ text: '对符合就业创业扶持政策条件的，主动协助申请相关政策', municipal: false }],
  },
  evaluate(_facts, { person: p }, asOf) {
    const me = p.person;
    const j = judge([
      cond(given(me.ableToWork, 'person.ableToWork'), q.ableToWork, { met: f.ableToWork(true), failed: f.ableToWork(false) }),
      cond(given(me.wantsJob, 'person.wantsJob'), text.quotes.jobWish, { met: f.wantsJob(true), failed: f.wantsJob(false) }),
    ]);
    const notes = j.status === 'ineligible' ? [] : [text.notes.services(param('serviceMinimums', asOf), me.wantsTraining), text.notes.helpApply, text.notes.office];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
