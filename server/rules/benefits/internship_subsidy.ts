/** 二（三）4 就业见习补贴: a monthly rate to bases hosting graduate interns, raised when enough are kept on. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { fact, given } from '../logic.ts';
import type { Internship } from '../facts.ts';
import type { PersonView } from '../derived.ts';
import { parameter, paramValue } from '../parameters/index.ts';
import { cond, defineBenefit, judge, outcome, param, perItem, withEmployerConditions, type Amount, type ItemJudgement } from '../outcome.ts';

const t = zh.rules;
const { facts: f, money } = t;

const parameters = {
  internshipSubsidy: parameter<{ standard: number; raised: number; retentionThreshold: number }>({
    description: '就业见习补贴 per intern and month: the standard rate, the raised one, and the retention rate that raises it',
    unit: '元/人/月',
    values: [
      {
        from: '2022-05-13',
        value: { standard: 1300, raised: 1500, retentionThreshold: 0.5 },
        ref: 'yb2022-38:2.3.4',
        note: '“见习留用就业率达到50%以上”: 50% exactly qualifies for the raised rate',
      },
    ],
  }),
};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    internship_subsidy: typeof parameters;
  }
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

const text = {
  quotes: {
    base: '就业见习基地',
    graduate: '吸纳高校毕业生见习',
    retention: (threshold: number) => `见习留用就业率达到${percent(threshold)}以上`,
  },
  amounts: {
    months: (rate: number, months: number, total: number) => `${rate}元/人/月 × ${months}人月 = ${money(total)}`,
    upTo: (rate: number, months: number, total: number) => `${rate}元/人/月 × ${months}人月，情况确认后最多${money(total)}`,
    rate: (rate: number) => `${rate}元/人/月`,
  },
  notes: {
    rateUnknown: (standard: number, raised: number, threshold: number) =>
      `见习留用就业率未知，暂按${standard}元/人/月计；留用率达到${percent(threshold)}以上的按${raised}元/人/月`,
    monthsUnknown: '部分见习人员的见习月数未知，金额暂未计入',
    municipal: (raised: number) =>
      t.reasons.municipal(
        `补贴期限1—12个月，并为见习人员购买人身意外伤害保险；市级规定中${raised}元/人/月仅适用于留用人员（本方案写为补贴标准提高到${raised}元/人/月）`,
        `${t.sources.servicePackage2023}；2024年问答`,
      ),
  },
};

/**
 * The seed raises the whole standard when the retention rate reaches the threshold (the municipal
 * rule pays the raised rate only for interns kept on; noted). The rate is `retentionRate`, else
 * kept-on interns over all interns when every `retained` is known.
 */
function retention(interns: readonly Internship[], given?: number): number | undefined {
  if (given !== undefined) return given;
  if (!interns.length || interns.some((x) => x.retained === undefined)) return undefined;
  return interns.filter((x) => x.retained).length / interns.length;
}

function judgeIntern(p: PersonView): ItemJudgement {
  return judge([cond(p.collegeGraduate, text.quotes.graduate, { met: f.graduate(true), failed: f.graduate(false) })]);
}

export default defineBenefit({
  code: 'internship_subsidy',
  order: 70,
  audience: 'employer',
  clauseId: 'yb2022-38:2.3.4',
  name: '就业见习补贴',
  parameters,
  text,
  guide: (asOf) => {
    const { raised, retentionThreshold } = paramValue('internshipSubsidy', asOf);
    return {
      needle: '对吸纳高校毕业生见习的',
      where: { text: '区就业和人才中心', municipal: false },
      notes: [
        { text: `其中，见习留用就业率达到${percent(retentionThreshold)}以上，补贴标准提高到${raised}元/人/月`, municipal: false },
        { text: '见习补贴发给就业见习基地，补贴期限1—12个月', municipal: true, source: 'servicePackage2023And2024' },
        { text: `${raised}元/人/月适用于见习期满留用的人员；见习基地另为见习人员购买人身意外伤害保险`, municipal: true, source: 'servicePackage2023And2024' },
      ],
    };
  },
  evaluate(facts, { employer: e }, asOf) {
    const q = text.quotes;
    const employer = judge([
      cond(given(facts.employer?.internshipBase, 'employer.internshipBase'), q.base, {
        met: f.designated(q.base, true),
        failed: f.designated(q.base, false),
      }),
    ]);
    const interns = facts.employer?.internships;
    if (!interns) {
      const j = withEmployerConditions(employer, judge([cond(fact(undefined, ['employer.internships']), q.graduate)]));
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
    const a = text.amounts;
    const amount: Amount = {
      ...(sure > 0 ? { value: low * sure } : {}),
      ...(high * possible > low * sure ? { max: high * possible } : {}),
      unit: t.units.yuan,
      text:
        sure > 0
          ? high * possible > low * sure
            ? t.amounts.possible(a.months(low, sure, low * sure), high * possible)
            : a.months(low, sure, low * sure)
          : possible > 0
            ? a.upTo(high, possible, high * possible)
            : a.rate(low),
    };
    const rateNote =
      rate === undefined
        ? text.notes.rateUnknown(standard, raised, retentionThreshold)
        : rate >= retentionThreshold
          ? t.reasons.met(f.retention(rate), q.retention(retentionThreshold))
          : t.reasons.failed(f.retention(rate), q.retention(retentionThreshold));
    const monthsMissing = interns.flatMap((x, i) => (judged[i]!.status !== 'ineligible' && x.months === undefined ? [`employer.internships.${i}.months`] : []));
    const notes = j.status === 'ineligible' ? [] : [rateNote, ...(monthsMissing.length ? [text.notes.monthsUnknown] : []), text.notes.municipal(raised)];
    const o = outcome(j, { amount, notes, citations: [this.clauseId] });
    // The rate and the months settle the amount, not the status: listed so they can be asked for.
    const amountMissing = [...(rate === undefined ? ['employer.retentionRate'] : []), ...monthsMissing];
    return j.status === 'ineligible' ? o : { ...o, missingFacts: [...o.missingFacts, ...amountMissing] };
  },
});
