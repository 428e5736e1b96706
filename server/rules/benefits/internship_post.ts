/** 二（三）4 就业见习岗位: for college graduates and unemployed youth. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { all, any, fact, type Fact } from '../logic.ts';
import { cond, defineBenefit, judge, outcome } from '../outcome.ts';
import type { PersonView } from '../derived.ts';
import { paramValue } from '../parameters/index.ts';

const t = zh.rules;
const { quotes: q, facts: f } = t;

/**
 * 失业青年 has no ages in the plan: 16–24 (municipal) qualifies, over 35 is not youth under any
 * reading, 25–35 stays unknown with a note to confirm.
 */
function youthByAge(p: PersonView, asOf: string): Fact {
  if (p.age === undefined) return fact(undefined, ['person.birthDate']);
  const { min, max, outerMax } = paramValue('youthAge', asOf);
  if (p.age >= min && p.age <= max) return fact(true);
  if (p.age > max && p.age <= outerMax) return fact(undefined, []);
  return fact(false);
}

export default defineBenefit({
  code: 'internship_post',
  audience: 'person',
  clauseId: 'yb2022-38:2.3.4',
  params: ['youthAge'],
  evaluate(_facts, { person: p }, asOf) {
    const youth = all(p.unemployed, youthByAge(p, asOf));
    const group = any(p.collegeGraduate, youth);
    const j = judge([
      cond(group, q.internshipTarget, {
        met: p.collegeGraduate.value ? f.graduate(true) : f.youth(p.age!),
        failed: f.notGraduateNorYouth,
        unknown: group.missing.length === 0 ? t.notes.youthAgeUnknown(p.age!) : undefined,
      }),
    ]);
    const notes = j.status === 'ineligible' ? [] : [t.notes.internshipApply, t.notes.internshipMunicipal];
    return outcome(j, { notes, citations: [this.clauseId] });
  },
});
