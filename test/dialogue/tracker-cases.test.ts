import { describe, expect, it } from 'vitest';
import { initialState, type DialogueState } from '../../server/dialogue/state.ts';
import { finalState, planTurn } from '../../server/dialogue/turn.ts';
import { insuranceMonths } from '../../server/dialogue/nlu/insurance.ts';
import { extractPersonFacts, hireGroups } from '../../server/dialogue/nlu/facts.ts';
import { evaluate } from '../../server/rules/engine.ts';
import { jobSubject } from '../../server/dialogue/nlu/subjects.ts';

/** What the tracker makes of the follow-ups people write, turn by turn (the mechanisms behind the evaluation's cases). */
const asOf = '2026-12-07';
function story(turns: string[], start: DialogueState = initialState()) {
  let state = start;
  return turns.map((text) => {
    const t = planTurn({ text, state, seekerFacts: {}, asOf });
    state = finalState(t, { citations: [], tools: t.calls.map((c) => c.name) });
    return t;
  });
}
const call = (t: ReturnType<typeof planTurn>, name: string) => t.calls.find((c) => c.name === name);

describe('the tracker on follow-ups', () => {
  it('reads months of insurance apart from a hire date beside them', () => {
    expect(insuranceMonths('今年10月入职的，社保交了两个月')).toBe(2);
    expect(insuranceMonths('交了半年社保')).toBe(6);
    expect(insuranceMonths('社保都交了一年多了')).toBe(13);
    expect(insuranceMonths('社保缴了一年半')).toBe(18);
    expect(insuranceMonths('3月入职的')).toBeUndefined();
  });

  it('splits hires counted out by group, each with its own group', () => {
    expect(hireGroups('两个是低保家庭的，一个是残疾人，社保都交了一年多了', asOf)).toEqual([
      { count: 2, person: { dibaoFamily: true } },
      { count: 1, person: { disabled: true } },
    ]);
    const [, second] = story(['我们招了几个困难人员，有啥子补贴', '两个是低保家庭的，一个是残疾人，社保都交了一年多了，现在还在交']);
    const hires = (call(second!, 'check_eligibility')!.args.employer as { hires: { person: Record<string, unknown>; socialInsuranceMonths?: number }[] }).hires;
    expect(hires.map((h) => Object.keys(h.person))).toEqual([['dibaoFamily'], ['dibaoFamily'], ['disabled']]);
    expect(hires.every((h) => h.socialInsuranceMonths === 13)).toBe(true);
  });

  it('keeps a founder a seeker when they describe their staff', () => {
    const [, second] = story(['我是高校毕业生，开了一家小微企业，开了一年多，想问一次性创业补助', '雇了两个人，都交了社保']);
    expect(second!.tracked.state.role).toBe('seeker');
    expect(second!.tracked.person.business).toMatchObject({ employees: 2, payingSocialInsurance: true });
  });

  it('answers a question about a group on the group, without recording it as the asker', () => {
    const [t] = story(['脱贫人口就业有啥子帮扶']);
    expect(call(t!, 'record_profile_facts')).toBeUndefined();
    expect(call(t!, 'check_eligibility')!.args.group).toEqual({ povertyAlleviated: true });
    expect(t!.compose.overview).toBe(true);
  });

  it('reads 被企业招了 as the hire speaking, and 那我本人 as one of that group', () => {
    const [first, second] = story(['建档立卡的脱贫户被企业招了，企业能拿好多补贴', '那我本人能享受啥子']);
    expect(first!.tracked.state.role).toBe('seeker');
    expect(call(first!, 'check_eligibility')!.args.benefitCodes).toContain('employer_hiring_subsidy_key_groups');
    expect(second!.tracked.person).toMatchObject({ povertyAlleviated: true });
    expect(second!.tracked.focus).toEqual([]);
  });

  it('repeats the last search for a question about its results', () => {
    const [, second] = story(['有没有Java开发的岗位？', '这些岗位在哪个街道']);
    expect(call(second!, 'match_vacancies')?.args.subject).toBe('java开发');
  });

  it('takes an unknown subject only from a clause that asks for it', () => {
    expect(jobSubject('我男的，五十二了，厂子倒闭了没得活路，政府管不管')).toBeUndefined();
    expect(jobSubject('想当个网红')).toBe('网红');
    expect(jobSubject('两路附近有没有仓库的活')).toBe('仓库');
  });

  it('reads a submitted registration as applied for, not registered', () => {
    expect(extractPersonFacts('我昨天在街道提交了失业登记', asOf).registeredUnemployed).toBeUndefined();
    expect(extractPersonFacts('我上个月办了失业登记', asOf).registeredUnemployed).toBe(true);
  });

  it('a question about the employer leads with the benefit it names once the facts decide it', () => {
    const [t] = story(['我在开网约车，算灵活就业，能办失业登记吗']);
    expect(t!.compose.askedAbout).toBe('unemployment_registration');
  });
});

describe('not yet: the month a hire reaches the insurance a subsidy asks', () => {
  it('says when a fresh graduate insured for two months reaches six', () => {
    const e = evaluate({ employer: { size: 'small', hires: [{ person: { isCollegeGraduate: true, graduationDate: '2026-06-30' }, hiredOn: '2026-10-01', socialInsuranceMonths: 2 }] }, asOf, audience: 'employer' });
    const b = e.benefits.find((x) => x.code === 'employer_hiring_subsidy_graduates_sme')!;
    expect(b.status).toBe('ineligible');
    expect(b.reasons.join('')).toContain('预计2027年4月缴满6个月');
  });

  it('says nothing of a date once the payments stopped', () => {
    const e = evaluate({ employer: { size: 'small', hires: [{ person: { isCollegeGraduate: true, graduationDate: '2026-06-30' }, hiredOn: '2026-10-01', socialInsuranceMonths: 2, stillPaying: false }] }, asOf, audience: 'employer' });
    const b = e.benefits.find((x) => x.code === 'employer_hiring_subsidy_graduates_sme')!;
    expect(b.reasons.join('')).not.toContain('预计');
  });
});
