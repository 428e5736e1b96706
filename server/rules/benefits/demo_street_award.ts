/** 二（一）2 创业就业示范街（山村）: 300元/人/月 for each person of the key groups employed. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { fact, given } from '../logic.ts';
import type { HireView } from '../derived.ts';
import { cond, defineBenefit, judge, outcome, param, perItem, perMonthAmount, withEmployerConditions, type ItemJudgement } from '../outcome.ts';

const t = zh.rules;
const { quotes: q, facts: f, groups: g } = t;

function judgeHire(h: HireView, asOf: string): ItemJudgement {
  const j = judge([cond(h.person.keyGroup, q.keyGroups, { met: f.groupMember(g.keyGroup), failed: f.notInGroup })]);
  return { ...j, amount: param('demoStreetAward', asOf) };
}

export default defineBenefit({
  code: 'demo_street_award',
  audience: 'employer',
  clauseId: 'yb2022-38:2.1.2',
  params: ['demoStreetAward'],
  evaluate(facts, { employer: e }, asOf) {
    const employer = judge([
      cond(given(facts.employer?.demoStreet, 'employer.demoStreet'), q.demoStreet, {
        met: f.demoStreet(true),
        failed: f.demoStreet(false),
      }),
    ]);
    const hires = facts.employer?.hires ? perItem(e.hires.map((h) => judgeHire(h, asOf)), t.reasons.whoHire, t.reasons.noHires) : undefined;
    const j = withEmployerConditions(employer, hires ?? judge([cond(fact(undefined, ['employer.hires']), q.keyGroups)]));
    const notes = j.status === 'ineligible' ? [] : [t.notes.demoStreetAmount];
    return outcome(j, { amount: hires ? perMonthAmount(param('demoStreetAward', asOf), hires) : null, notes, citations: [this.clauseId] });
  },
});
