/** 二（三）4 就业见习补贴: 1300元/人/月 to bases hosting graduate interns; 1500 when ≥50% are kept on. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { fact, given } from '../logic.ts';
import { cond, defineBenefit, judge, outcome, param, perItem, withEmployerConditions, type Amount, type ItemJudgement } from '../outcome.ts';
import type { Internship } from '../facts.ts';
import type { PersonView } from '../derived.ts';

const t = zh.rules;
const { quotes: q, facts: f } = t;

/**
 * The seed raises the whole standard to 1500 when the retention rate reaches 50% (the municipal rule
 * pays 1500 only for interns kept on; noted). The rate is `retentionRate`, else kept-on interns over
 * all interns when every `retained` is known.
 */
function retention(interns: readonly Internship[], given?: number): number | undefined {
  if (given !== undefined) return given;
  if (!interns.length || interns.some((x) => x.retained === undefined)) return undefined;
  return interns.filter((x) => x.retained).length / interns.length;
}

function judgeIntern(p: PersonView): ItemJudgement {
  return judge([cond(p.collegeGraduate, q.internGraduate, { met: f.graduate(true), failed: f.graduate(false) })]);
}

export default defineBenefit({
  code: 'internship_subsidy',
  audience: 'employer',
  clauseId: 'yb2022-38:2.3.4',
  params: ['internshipSubsidy'],
  evaluate(facts, { employer: e }, asOf) {
    const employer = judge([
      cond(given(facts.employer?.internshipBase, 'employer.internshipBase'), q.internshipBase, {
        met: f.designated(q.internshipBase, true),
        failed: f.designated(q.internshipBase, false),
      }),
    ]);
    const interns = facts.employer?.internships;
    if (!interns) {
      const j = withEmployerConditions(employer, judge([cond(fact(undefined, ['employer.internships']), q.internGraduate)]));
      return outcome(j, { citations: [this.clauseId] });
    }
    const judged = e.interns.map(judgeIntern);
    const items = perItem(judged, t.reasons.whoIntern, t.reasons.noInterns);
    const j = withEmployerConditions(employer, items);
    const { standard, raised, retentionThreshold } = param('internshipSubsidy', asOf);
    const rate = retention(interns, facts.employer?.retentionRate);
    const low = rate === undefined || rate < retentionThreshold ? standard : raised;
    const high = rate === undefined ? raised : low;
    const monthsWhere = (status: string) => interns.reduce((sum, x, i) => sum + (judged[i]!.status === status ? (x.months ?? 0) : 0), 0);
    const sure = monthsWhere('eligible');
    const possible = sure + monthsWhere('unknown');
    const a = t.amounts;
    const amount: Amount = {
      ...(sure > 0 ? { value: low * sure } : {}),
      ...(high * possible > low * sure ? { max: high * possible } : {}),
      unit: t.units.yuan,
      text:
        sure > 0
          ? high * possible > low * sure
            ? a.possible(a.internship(low, sure, low * sure), high * possible)
            : a.internship(low, sure, low * sure)
          : possible > 0
            ? a.internshipUpTo(high, possible, high * possible)
            : a.internshipRate(low),
    };
    const rateNote =
      rate === undefined
        ? t.notes.internshipRate(undefined, standard, raised, retentionThreshold)
        : rate >= retentionThreshold
          ? t.reasons.met(f.retention(rate), q.retention)
          : t.reasons.failed(f.retention(rate), q.retention);
    const monthsMissing = interns.flatMap((x, i) => (judged[i]!.status !== 'ineligible' && x.months === undefined ? [`employer.internships.${i}.months`] : []));
    const notes =
      j.status === 'ineligible' ? [] : [rateNote, ...(monthsMissing.length ? [t.notes.internshipMonthsUnknown] : []), t.notes.internshipSubsidyMunicipal];
    const o = outcome(j, { amount, notes, citations: [this.clauseId] });
    // The rate and the months settle the amount, not the status: listed so they can be asked for.
    const amountMissing = [...(rate === undefined ? ['employer.retentionRate'] : []), ...monthsMissing];
    return j.status === 'ineligible' ? o : { ...o, missingFacts: [...o.missingFacts, ...amountMissing] };
  },
});
