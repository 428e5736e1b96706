/** 二（一）2 就业帮扶车间: a monthly award per person in difficulty employed stably for three months or more. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { fact, given, test } from '../logic.ts';
import type { HireView } from '../derived.ts';
import { parameter } from '../parameters/index.ts';
import { cond, defineBenefit, judge, outcome, param, perItem, perMonthAmount, withEmployerConditions, type ItemJudgement } from '../outcome.ts';

const t = zh.rules;
const { facts: f, groups: g } = t;

const parameters = {
  workshopAward: parameter<number>({
    description: '带动就业示范奖补 per person in difficulty and month',
    unit: '元/人/月',
    values: [{ from: '2022-05-13', value: 500, ref: 'yb2022-38:2.1.2' }],
  }),
  /** “稳定就业三个月以上”: three whole months or more (以上 includes the number itself). */
  workshopStableMonths: parameter<number>({
    description: '稳定就业…个月以上: whole months employed',
    unit: '月',
    values: [{ from: '2022-05-13', value: 3, ref: 'yb2022-38:2.1.2' }],
  }),
};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    assistance_workshop_award: typeof parameters;
  }
}

const text = {
  quotes: {
    workshop: '就业帮扶车间',
    difficultyHire: '吸纳困难人员',
    stableEmployment: (months: number) => `稳定就业${t.numeral(months)}个月以上`,
  },
  notes: { amount: `按规定以每人每月标准给予带动就业示范奖补，计发期间须向${t.offices.employment}确认` },
};

/** 困难人员 judged on the hire date; stability counted in whole months from hiring to leaving or asOf. */
function judgeHire(h: HireView, asOf: string): ItemJudgement {
  const minMonths = param('workshopStableMonths', asOf);
  const months = h.monthsEmployed;
  const j = judge([
    cond(h.person.difficulty, text.quotes.difficultyHire, { met: f.groupMember(g.difficulty), failed: f.notInGroup }),
    cond(test(months, `${h.at}.hiredOn`, (m) => m >= minMonths), text.quotes.stableEmployment(minMonths), {
      met: f.monthsEmployed(months!),
      failed: f.monthsEmployed(months!),
    }),
  ]);
  return { ...j, amount: param('workshopAward', asOf) };
}

export default defineBenefit({
  code: 'assistance_workshop_award',
  order: 50,
  audience: 'employer',
  clauseId: 'yb2022-38:2.1.2',
  name: '就业帮扶车间带动就业示范奖补',
  parameters,
  text,
  guide: {
    needle: '带动就业示范奖补',
    where: { text: '区就业和人才中心、各镇街', municipal: false },
  },
  evaluate(facts, { employer: e }, asOf) {
    const q = text.quotes;
    const employer = judge([
      cond(given(facts.employer?.assistanceWorkshop, 'employer.assistanceWorkshop'), q.workshop, {
        met: f.designated(q.workshop, true),
        failed: f.designated(q.workshop, false),
      }),
    ]);
    const hires = facts.employer?.hires ? perItem(e.hires.map((h) => judgeHire(h, asOf)), t.reasons.whoHire, t.reasons.noHires) : undefined;
    const j = withEmployerConditions(employer, hires ?? judge([cond(fact(undefined, ['employer.hires']), q.difficultyHire)]));
    const notes = j.status === 'ineligible' ? [] : [text.notes.amount];
    return outcome(j, { amount: hires ? perMonthAmount(param('workshopAward', asOf), hires) : null, notes, citations: [this.clauseId] });
  },
});
