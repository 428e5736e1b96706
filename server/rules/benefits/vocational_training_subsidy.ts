/** 二（三）3 职业培训补贴: 一生一困 people who take part in vocational skills training; amount 按规定. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { any, given } from '../logic.ts';
import { cond, defineBenefit, judge, outcome } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f, groups: g } = t;

const parameters = {};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    vocational_training_subsidy: typeof parameters;
  }
}

const text = {
  quotes: { attendsTraining: '参加职业技能培训' },
  notes: {
    amount: `方案规定“按规定给予职业培训补贴”，补贴标准按职业（工种）和等级确定，须向${t.offices.training}确认`,
    municipal: t.reasons.municipal('取得证书后申领，每人每年限享受一次补贴性培训，可“免申即享”', '渝人社发〔2019〕124号'),
  },
};

export default defineBenefit({
  code: 'vocational_training_subsidy',
  order: 70,
  audience: 'person',
  clauseId: 'yb2022-38:2.3.3',
  name: '职业培训补贴',
  parameters,
  text,
  guide: {
    needle: '职业培训补贴',
    where: { text: '就业促进与职业能力建设科、区就业和人才中心', municipal: false },
    notes: [{ text: '取得证书后申领，每人每年限享受一次补贴性培训，可“免申即享”', municipal: true, source: '渝人社发〔2019〕124号' }],
  },
  evaluate(_facts, { person: p }) {
    const me = p.person;
    const j = judge([
      cond(p.yishengYikun, q.trainingTarget, {
        met: f.inGroup(p.collegeGraduate.value ? g.collegeGraduate : g.difficulty),
        failed: f.notGroup,
      }),
      cond(any(given(me.attendedVocationalTraining, 'person.attendedVocationalTraining'), given(me.wantsTraining, 'person.wantsTraining')), text.quotes.attendsTraining, {
        met: me.attendedVocationalTraining ? f.attended(true) : f.wantsTraining,
        failed: f.noTraining,
      }),
    ]);
    const notes = j.status === 'ineligible' ? [] : [text.notes.amount, text.notes.municipal];
    return outcome(j, { notes, citations: [this.clauseId, 'yb2022-38:2.3.1'] });
  },
});
