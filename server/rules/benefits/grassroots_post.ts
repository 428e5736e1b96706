/** 二（一）3 基层公共管理和社会服务岗位: 1–2 posts per 镇街 for 我市 graduates or people in difficulty. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { all, any, given } from '../logic.ts';
import { cond, defineBenefit, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f } = t;

/**
 * 我市 is read for both groups: a graduate with Chongqing hukou or from a Chongqing school, or a
 * person in difficulty with Chongqing hukou.
 */
export default defineBenefit({
  code: 'grassroots_post',
  audience: 'person',
  clauseId: 'yb2022-38:2.1.3',
  params: ['grassrootsPostsPerTown'],
  evaluate(_facts, { person: p }, asOf) {
    const chongqingGraduate = all(p.collegeGraduate, any(p.chongqingHukou, given(p.person.schoolInChongqing, 'person.schoolInChongqing')));
    const chongqingDifficulty = all(p.difficulty, p.chongqingHukou);
    const j = judge([
      cond(any(chongqingGraduate, chongqingDifficulty), q.grassrootsTarget, {
        met: chongqingGraduate.value ? f.chongqingGraduate : f.chongqingDifficulty,
        failed: p.yishengYikun.value === false ? f.notGroup : f.notChongqing,
      }),
    ]);
    const posts = param('grassrootsPostsPerTown', asOf);
    const notes = j.status === 'ineligible' ? [] : [t.notes.grassrootsPosts(posts.min, posts.max)];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
