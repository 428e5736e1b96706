import { describe, expect, it } from 'vitest';
import { initialState, type DialogueState } from '../../server/dialogue/state.ts';
import { finalState, planTurn } from '../../server/dialogue/turn.ts';
import { decide, POLICY } from '../../server/dialogue/policy.ts';

/** Conversations as stories (Rasa's test_stories): turn by turn, what the tracker and the policy make of each. */
const asOf = '2026-12-07';
function story(turns: string[], start: DialogueState = initialState()) {
  let state = start;
  return turns.map((text) => {
    const t = planTurn({ text, state, seekerFacts: {}, asOf });
    t.asked = t.calls.some((c) => c.name === 'check_eligibility') && t.tracked.state.role === 'employer' ? ['employer.hires.0.hiredOn'] : [];
    state = finalState(t, { citations: [], tools: t.calls.map((c) => c.name) });
    return t;
  });
}

describe('dialogue stories', () => {
  it('an employer stays an employer, and their reply about the hires continues the hiring subsidy', () => {
    const [first, second, third] = story(['我们是小微企业，今年招了2个应届毕业生，社保交了8个月，能领什么补贴？', '两个人都是2026年3月1日入职的，重庆户籍，没有办失业登记', '那怎么申请？']);
    expect(first!.tracked.state.role).toBe('employer');
    expect(first!.calls.map((c) => c.name)).toEqual(['check_eligibility']);
    expect(second!.tracked.intent).toBe('inform');
    expect(second!.tracked.focus).toContain('employer_hiring_subsidy_graduates_sme');
    const employer = second!.calls[0]!.args.employer as { hires: { hiredOn: string; person: { hukou: string } }[] };
    expect(employer.hires).toHaveLength(2);
    expect(employer.hires.every((h) => h.hiredOn === '2026-03-01' && h.person.hukou === 'chongqing')).toBe(true);
    expect(third!.calls.map((c) => c.name)).toEqual(['check_eligibility', 'get_application_guide']);
    expect(third!.calls.some((c) => c.name === 'match_vacancies')).toBe(false);
  });

  it('an employer looking for people gets the recruitment channels, never job ads', () => {
    const [t] = story(['我们公司缺几个普工，去哪里招人？']);
    expect(t!.calls.map((c) => c.name)).toEqual(['search_policy', 'list_events']);
  });

  it('small talk is answered with words alone', () => {
    for (const text of ['你好', '谢了哈', '你是机器人吗', '拜拜']) expect(story([text])[0]!.calls, text).toEqual([]);
  });

  it('a follow-up is searched with what it is about', () => {
    const [, follow] = story(['创业担保贷款最多能贷多少？', '在哪里办？']);
    expect(follow!.tracked.focus).toEqual(['startup_guaranteed_loan']);
    expect(follow!.query).toContain('创业担保贷款');
    expect(follow!.calls.map((c) => c.name)).toContain('get_application_guide');
  });

  it('a yes/no reply fills the facts the bot asked for', () => {
    const start = { ...initialState(), asked: ['person.registeredUnemployed', 'person.hukou'], topic: { benefits: ['job_search_startup_subsidy' as const] } };
    const [t] = story(['没有，重庆的'], start);
    expect(t!.tracked.person).toMatchObject({ registeredUnemployed: false, hukou: 'chongqing' });
  });

  it('the subject of a job search is read from everyday words, and not from a question about applying', () => {
    expect(story(['我想找份软件开发的工作'])[0]!.calls[0]).toMatchObject({ name: 'match_vacancies', args: { subject: '软件开发' } });
    expect(story(['有没有电工培训？'])[0]!.calls[0]).toMatchObject({ name: 'recommend_training', args: { subject: '电工' } });
    expect(story(['那怎么申请？'])[0]!.calls.some((c) => c.name === 'match_vacancies')).toBe(false);
  });
});

describe('the policy table', () => {
  it('has a row for every intent', () => {
    const intents = new Set(POLICY.flatMap((r) => (Array.isArray(r.intent) ? r.intent : [r.intent])));
    for (const i of ['greet', 'thanks', 'goodbye', 'bot_identity', 'ask_policy', 'check_eligibility', 'inform', 'find_jobs', 'find_training', 'find_events', 'recruit', 'ask_process', 'affirm', 'deny', 'dispute', 'unknown']) {
      expect(intents.has(i as never), i).toBe(true);
    }
  });
  it('never sends an employer to vacancies', () => {
    for (const intent of ['find_jobs', 'recruit', 'find_events'] as const) {
      expect(decide({ intent, role: 'employer', focus: [] }).actions.map((a) => a.kind)).toEqual(['recruitment']);
    }
  });
  it('answers how to apply with the guide when a topic is known', () => {
    expect(decide({ intent: 'ask_process', role: 'seeker', aspect: 'where', focus: ['unemployment_registration'] }).actions.map((a) => a.kind)).toEqual(['eligibility', 'guide']);
  });
});
