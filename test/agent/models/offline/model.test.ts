import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import { TOPIC_QUERIES } from '../../../../server/agent/models/offline/intents.ts';
import { OfflineChatModel } from '../../../../server/agent/models/offline/model.ts';
import { zh } from '../../../../server/i18n/zh-CN/index.ts';

const asOf = '2026-11-30';
/** The tools of a deployment without the vacancy and course tools. */
const TOOLS = ['search_policy', 'record_profile_facts', 'check_eligibility', 'list_events', 'request_counsellor'];
const model = new OfflineChatModel({ asOf, toolNames: TOOLS });
const plan = (...turns: string[]) =>
  model.respond(turns.flatMap((t, i) => (i < turns.length - 1 ? [new HumanMessage(t), new AIMessage('……')] : [new HumanMessage(t)]))).tool_calls ?? [];

describe('offline model: choosing tools', () => {
  it('asks for a counsellor on a labour dispute, and quotes the rights clauses', () => {
    const calls = plan('老板拖欠了我三个月工资一直不给，我该怎么维权？');
    expect(calls.map((c) => c.name)).toEqual(['request_counsellor', 'search_policy']);
    expect(calls[0]!.args).toEqual({ reason: zh.agent.handoffReasons.dispute });
    expect(calls[1]!.args).toMatchObject({ query: TOPIC_QUERIES.dispute });
  });

  it('answers from the policy when the tool for the request is not there', () => {
    expect(plan('我想找个仓库管理的工作').map((c) => [c.name, c.args.query])).toEqual([['search_policy', TOPIC_QUERIES.jobs]]);
    expect(plan('想学个电工的手艺，有没有推荐的培训课程？').filter((c) => c.name === 'search_policy').map((c) => c.args.query)).toEqual([TOPIC_QUERIES.training]);
  });

  it('keeps the benefit asked about when the next turn only states facts', () => {
    const calls = plan('创业担保贷款我能贷吗？', '我是前年毕业的大学生，在渝北注册了一家小微企业');
    expect(calls.map((c) => c.name)).toEqual(['record_profile_facts', 'check_eligibility']);
    expect(calls[1]!.args).toEqual({ benefitCodes: ['startup_guaranteed_loan'] });
  });

  it('answers a question that mentions the seeker’s situation from the policy, not as a facts-only reply', () => {
    const calls = plan('找工作老是怕遇到骗子，你们有没有发布过就业创业中的典型侵权案例');
    expect(calls.map((c) => c.name)).toEqual(['record_profile_facts', 'search_policy']);
  });

  it('checks an employer’s eligibility when the employer replies with facts only', () => {
    const calls = plan('企业招人有什么补贴？', '我们是小微企业，招了1个低保家庭的人，社保交了14个月了，一直在交');
    const check = calls.find((c) => c.name === 'check_eligibility');
    expect(calls.map((c) => c.name)).not.toContain('record_profile_facts');
    expect(check?.args.employer).toMatchObject({ size: 'small', hires: [{ person: { dibaoFamily: true }, socialInsuranceMonths: 14, stillPaying: true }] });
  });

  it('treats an employer who has not described the business yet as an employer', () => {
    const calls = plan('企业招应届大学生领那个一次性吸纳补贴，社保要连续交够几个月才行？');
    expect(calls.map((c) => c.name)).toEqual(['check_eligibility', 'search_policy']);
    expect(calls[0]!.args).toMatchObject({ employer: {} });
  });
});
