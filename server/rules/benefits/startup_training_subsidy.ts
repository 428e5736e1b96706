/** 二（二）1 创业培训补贴: GYB for graduates, SYB for 困难人员 preparing or starting, IYB for those running a business. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { all, any, given } from '../logic.ts';
import { cond, defineBenefit, judge, outcome } from '../outcome.ts';

const t = zh.rules;
const { facts: f } = t;

const parameters = {};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    startup_training_subsidy: typeof parameters;
  }
}

const text = {
  quotes: {
    courses: '高校毕业生参加创业意识培训（GYB）、准备创业或创业初期的困难人员参加创办你的企业培训（SYB）、成功创业的创业者参加改善你的企业培训（IYB）',
  },
  courses: {
    gyb: '创业意识培训（GYB）',
    syb: '创办你的企业培训（SYB）及网络创业培训',
    iyb: '改善你的企业培训（IYB）',
  },
  notes: { amount: `方案规定“按规定给予培训补贴”，补贴标准和培训机构名单须向${t.offices.startup}确认` },
};

export default defineBenefit({
  code: 'startup_training_subsidy',
  order: 30,
  audience: 'person',
  clauseId: 'yb2022-38:2.2.1',
  name: '创业培训补贴',
  parameters,
  text,
  guide: {
    needle: '按规定给予培训补贴',
    where: { text: '区就业和人才中心', municipal: false },
  },
  evaluate(_facts, { person: p }) {
    const startupMinded = any(given(p.person.wantsStartup, 'person.wantsStartup'), p.hasBusiness);
    const courses = [
      [p.collegeGraduate, text.courses.gyb],
      [all(p.difficulty, startupMinded), text.courses.syb],
      [all(p.yishengYikun, p.hasBusiness), text.courses.iyb],
    ] as const;
    const open = any(...courses.map(([fact]) => fact));
    const names = courses.filter(([fact]) => fact.value === true).map(([, name]) => name);
    const j = judge([
      cond(open, text.quotes.courses, {
        met: f.courses(names),
        failed: p.yishengYikun.value === false ? f.notGroup : f.noStartupIntent,
      }),
    ]);
    const notes = j.status === 'ineligible' ? [] : [text.notes.amount];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
