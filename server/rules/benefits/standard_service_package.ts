/** 二（四）1 基本就业服务: 1 policy briefing, 1 career guidance, ≥3 jobs, ≥3 courses for those wanting training. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { given } from '../logic.ts';
import { cond, defineBenefit, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f } = t;

export default defineBenefit({
  code: 'standard_service_package',
  audience: 'person',
  clauseId: 'yb2022-38:2.4.1',
  params: ['serviceMinimums'],
  evaluate(_facts, { person: p }, asOf) {
    const me = p.person;
    const j = judge([
      cond(given(me.ableToWork, 'person.ableToWork'), q.ableToWork, { met: f.ableToWork(true), failed: f.ableToWork(false) }),
      cond(given(me.wantsJob, 'person.wantsJob'), q.jobWish, { met: f.wantsJob(true), failed: f.wantsJob(false) }),
    ]);
    const min = param('serviceMinimums', asOf);
    const notes =
      j.status === 'ineligible'
        ? []
        : [t.notes.services(min.jobRecommendations, min.trainingRecommendations, me.wantsTraining), t.notes.helpApply, t.notes.servicesOffice];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
