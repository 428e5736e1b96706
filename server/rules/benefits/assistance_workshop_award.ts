/** 二（一）2 就业帮扶车间: 500元/人/月 for people in difficulty employed stably for three months or more. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { fact, given, test } from '../logic.ts';
import type { HireView } from '../derived.ts';
import { cond, defineBenefit, judge, outcome, param, perItem, perMonthAmount, withEmployerConditions, type ItemJudgement } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f, groups: g } = t;

/** 困难人员 judged on the hire date; stability counted in whole months from hiring to leaving or asOf. */
function judgeHire(h: HireView, asOf: string): ItemJudgement {
  const minMonths = param('workshopStableMonths', asOf);
  const months = h.monthsEmployed;
  const j = judge([
    cond(h.person.difficulty, q.difficultyHire, { met: f.groupMember(g.difficulty), failed: f.notInGroup }),
    cond(test(months, `${h.at}.hiredOn`, (m) => m >= minMonths), q.stable3, { met: f.monthsEmployed(months!), failed: f.monthsEmployed(months!) }),
  ]);
  return { ...j, amount: param('workshopAward', asOf) };
}

export default defineBenefit({
  code: 'assistance_workshop_award',
  audience: 'employer',
  clauseId: 'yb2022-38:2.1.2',
  params: ['workshopAward', 'workshopStableMonths'],
  evaluate(facts, { employer: e }, asOf) {
    const employer = judge([
      cond(given(facts.employer?.assistanceWorkshop, 'employer.assistanceWorkshop'), q.workshop, {
        met: f.designated(q.workshop, true),
        failed: f.designated(q.workshop, false),
      }),
    ]);
    const hires = facts.employer?.hires ? perItem(e.hires.map((h) => judgeHire(h, asOf)), t.reasons.whoHire, t.reasons.noHires) : undefined;
    const j = withEmployerConditions(employer, hires ?? judge([cond(fact(undefined, ['employer.hires']), q.difficultyHire)]));
    const notes = j.status === 'ineligible' ? [] : [t.notes.workshopAmount];
    return outcome(j, { amount: hires ? perMonthAmount(param('workshopAward', asOf), hires) : null, notes, citations: [this.clauseId] });
  },
});
