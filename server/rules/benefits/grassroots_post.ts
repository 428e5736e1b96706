/** 二（一）3 基层公共管理和社会服务岗位: 1–2 posts per 镇街 for 我市 graduates or people in difficulty. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { all, any, given } from '../logic.ts';
import { parameter } from '../parameters/index.ts';
import { cond, defineBenefit, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { facts: f } = t;

const parameters = {
  grassrootsPostsPerTown: parameter<{ min: number; max: number }>({
    description: 'Grassroots posts developed in each 镇街',
    unit: '个/镇街',
    values: [{ from: '2022-05-13', value: { min: 1, max: 2 }, ref: 'yb2022-38:2.1.3' }],
  }),
};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    grassroots_post: typeof parameters;
  }
}

const text = {
  quotes: { target: '我市高校毕业生或困难人员' },
  notes: {
    posts: (min: number, max: number) =>
      `每个镇街开发${min}—${max}个基层公共管理和社会服务岗位，名额有限，请关注各镇街和${t.centre}发布的岗位信息`,
  },
};

/**
 * 我市 is read for both groups: a graduate with Chongqing hukou or from a Chongqing school, or a
 * person in difficulty with Chongqing hukou.
 */
export default defineBenefit({
  code: 'grassroots_post',
  order: 100,
  audience: 'person',
  clauseId: 'yb2022-38:2.1.3',
  name: '基层公共管理和社会服务岗位',
  parameters,
  text,
  guide: {
    needle: '持续开发基层公共管理和社会服务岗位',
    where: { text: '事业单位人事管理科、人才管理科、区就业和人才中心、各镇街', municipal: false },
  },
  evaluate(_facts, { person: p }, asOf) {
    const chongqingGraduate = all(p.collegeGraduate, any(p.chongqingHukou, given(p.person.schoolInChongqing, 'person.schoolInChongqing')));
    const chongqingDifficulty = all(p.difficulty, p.chongqingHukou);
    const j = judge([
      cond(any(chongqingGraduate, chongqingDifficulty), text.quotes.target, {
        met: chongqingGraduate.value ? f.chongqingGraduate : f.chongqingDifficulty,
        failed: p.yishengYikun.value === false ? f.notGroup : f.notChongqing,
      }),
    ]);
    const posts = param('grassrootsPostsPerTown', asOf);
    const notes = j.status === 'ineligible' ? [] : [text.notes.posts(posts.min, posts.max)];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
