/** 二（一）2 创业就业示范街（山村）: a monthly performance award for each person of the key groups employed. */
import { zh } from '../../i18n/zh-CN/index.ts';
import { fact, given } from '../logic.ts';
import type { HireView } from '../derived.ts';
import { parameter } from '../parameters/index.ts';
import { cond, defineBenefit, judge, outcome, param, perItem, perMonthAmount, withEmployerConditions, type ItemJudgement } from '../outcome.ts';

const t = zh.rules;
const { facts: f, groups: g } = t;

const parameters = {
  demoStreetAward: parameter<number>({
    description: '示范街（山村）绩效奖励 per person of the key groups and month',
    unit: '元/人/月',
    values: [{ from: '2022-05-13', value: 300, ref: 'yb2022-38:2.1.2' }],
  }),
};

declare module '../parameters/index.ts' {
  interface BenefitParameters {
    demo_street_award: typeof parameters;
  }
}

const text = {
  quotes: { demoStreet: '创业就业示范街（山村）', keyGroups: '重点群体（高校毕业生、农民工、退捕渔民、脱贫人口、退役军人和其他就业困难人员）' },
  notes: { amount: `绩效奖励按吸纳人数和月数计发，计发期间须向${t.centre}和所在镇街确认` },
};

function judgeHire(h: HireView, asOf: string): ItemJudgement {
  const j = judge([cond(h.person.keyGroup, text.quotes.keyGroups, { met: f.groupMember(g.keyGroup), failed: f.notInGroup })]);
  return { ...j, amount: param('demoStreetAward', asOf) };
}

export default defineBenefit({
  code: 'demo_street_award',
  order: 60,
  audience: 'employer',
  clauseId: 'yb2022-38:2.1.2',
  name: '创业就业示范街（山村）绩效奖励',
  parameters,
  text,
  guide: {
    needle: '示范街',
    where: { text: '区就业和人才中心、各镇街', municipal: false },
  },
  evaluate(facts, { employer: e }, asOf) {
    const employer = judge([
      cond(given(facts.employer?.demoStreet, 'employer.demoStreet'), text.quotes.demoStreet, {
        met: f.demoStreet(true),
        failed: f.demoStreet(false),
      }),
    ]);
    const hires = facts.employer?.hires ? perItem(e.hires.map((h) => judgeHire(h, asOf)), t.reasons.whoHire, t.reasons.noHires) : undefined;
    const j = withEmployerConditions(employer, hires ?? judge([cond(fact(undefined, ['employer.hires']), text.quotes.keyGroups)]));
    const notes = j.status === 'ineligible' ? [] : [text.notes.amount];
    return outcome(j, { amount: hires ? perMonthAmount(param('demoStreetAward', asOf), hires) : null, notes, citations: [this.clauseId] });
  },
});
