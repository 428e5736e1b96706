/** 二（三）4 就业见习岗位: for college graduates and unemployed youth. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { all, any, fact, type Fact } from '../logic.ts';
import type { PersonView } from '../derived.ts';
import { parameter, paramValue, type ParamValue } from '../parameters/index.ts';
import { cond, defineBenefit, judge, outcome, param } from '../outcome.ts';

const t = zh.rules;
const { facts: f } = t;

const parameters = {
  /**
   * 失业青年: the plan does not give the ages. Municipal rules use 16–24; nobody over 35 is youth under
   * any reading (《中长期青年发展规划（2016—2025年）》 14–35), so 25–35 stays to be confirmed.
   */
  youthAge: parameter<{ min: number; max: number; outerMax: number }>({
    description: '失业青年: the ages that count (`min`–`max`), and above which nobody is youth (`outerMax`)',
    unit: '周岁',
    values: [{ from: '2022-05-13', value: { min: 16, max: 24, outerMax: 35 }, ref: '重庆市人力社保局“稳岗扩就业政策服务包”（2023）' }],
  }),
};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    internship_post: typeof parameters;
  }
}

type Youth = ParamValue<'youthAge'>;

const text = {
  quotes: { target: '高校毕业生、失业青年' },
  notes: {
    youthAgeUnknown: (age: number, { min, max }: Youth) =>
      `${age}周岁且未就业；方案未规定“失业青年”的年龄范围，市级规定通常为${min}—${max}岁，是否属于失业青年须向${t.centre}确认`,
    municipal: ({ min, max }: Youth) =>
      t.reasons.municipal(`见习对象为离校2年内未就业的高校毕业生和${min}—${max}岁失业青年，见习期1—12个月`, t.sources.servicePackage2023),
    apply: `就业见习岗位由就业见习基地提供，可向${t.centre}查询`,
  },
};

/**
 * 失业青年 has no ages in the plan: 16–24 (municipal) qualifies, over 35 is not youth under any
 * reading, 25–35 stays unknown with a note to confirm.
 */
function youthByAge(p: PersonView, { min, max, outerMax }: Youth): Fact {
  if (p.age === undefined) return fact(undefined, ['person.birthDate']);
  if (p.age >= min && p.age <= max) return fact(true);
  if (p.age > max && p.age <= outerMax) return fact(undefined, []);
  return fact(false);
}

export default defineBenefit({
  code: 'internship_post',
  order: 90,
  audience: 'person',
  clauseId: 'yb2022-38:2.3.4',
  name: '就业见习岗位',
  parameters,
  text,
  guide: (asOf) => {
    const { min, max } = paramValue('youthAge', asOf);
    return {
      needle: '通过就业见习积累工作经验',
      where: { text: '区就业和人才中心', municipal: false },
      notes: [
        { text: `见习对象为在校最后一学年学生、离校2年内未就业的高校毕业生和${min}—${max}岁失业青年`, municipal: true, source: 'servicePackage2023' },
        { text: '见习期1—12个月，见习岗位由就业见习基地提供，见习补贴发给见习基地', municipal: true, source: 'servicePackage2023And2024' },
      ],
    };
  },
  evaluate(_facts, { person: p }, asOf) {
    const ages = param('youthAge', asOf);
    const youth = all(p.unemployed, youthByAge(p, ages));
    const group = any(p.collegeGraduate, youth);
    const j = judge([
      cond(group, text.quotes.target, {
        met: p.collegeGraduate.value ? f.graduate(true) : f.youth(p.age!),
        failed: f.notGraduateNorYouth,
        unknown: group.missing.length === 0 ? text.notes.youthAgeUnknown(p.age!, ages) : undefined,
      }),
    ]);
    const notes = j.status === 'ineligible' ? [] : [text.notes.apply, text.notes.municipal(ages)];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
