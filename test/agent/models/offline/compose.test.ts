import { describe, expect, it } from 'vitest';
import { composeAnswer, rankByQuotedNames } from '../../../../server/agent/models/offline/compose.ts';
import { zh } from '../../../../server/i18n/zh-CN/index.ts';
import { evaluate } from '../../../../server/rules/engine.ts';

const asOf = '2026-11-30';
const loanClause = {
  clauseId: 'yb2022-38:2.2.2',
  title: '加大创业资金扶持',
  text: '符合创业担保贷款条件的人员可申请享受个人最高30万元、合伙企业最高110万元、小微企业最高300万元的创业担保贷款。',
};

function check(person: Record<string, unknown>, codes: string[]) {
  const benefits = evaluate({ person, asOf, audience: 'person' }).benefits.filter((b) => codes.includes(b.code));
  return { name: 'check_eligibility', output: { person, benefits, missingFacts: [], citations: [...new Set(benefits.flatMap((b) => b.citations))] } };
}

describe('offline composition', () => {
  it('gives a seeker the amount computed for them, not the clause’s figures for other forms', () => {
    const person = { registeredUnemployed: true, business: { form: 'individual', registeredInChongqing: true } };
    const text = composeAnswer([check(person, ['startup_guaranteed_loan']), { name: 'search_policy', input: { query: '贷款' }, output: { hits: [loanClause] } }]);
    expect(text).toContain('个人最高30万元【yb2022-38:2.2.2】');
    expect(text).not.toContain('110万元');
  });

  it('still quotes the clause when nothing is known about the seeker', () => {
    const text = composeAnswer([check({}, ['startup_guaranteed_loan']), { name: 'search_policy', input: { query: '贷款' }, output: { hits: [loanClause] } }]);
    expect(text).toContain('《加大创业资金扶持》');
  });

  it('quotes only the clause a benefit rests on beside an eligibility result', () => {
    const other = { clauseId: 'yb2022-38:2.5.3', title: '增强“一生一困”就业内生动力', text: '给予500元/人的离校求职创业补贴。' };
    const text = composeAnswer([check({}, ['startup_guaranteed_loan']), { name: 'search_policy', input: { query: '贷款' }, output: { hits: [other] } }]);
    expect(text).not.toContain('500元');
  });

  it('says so when a dispute goes to a person', () => {
    const text = composeAnswer([{ name: 'request_counsellor', output: { caseId: 'c1', reason: zh.agent.handoffReasons.dispute, queued: true } }]);
    expect(text).toContain('12333');
    expect(text).toContain('转接人工');
  });

  it('puts clauses naming a programme the seeker quoted first', () => {
    const hits = [
      { title: '高校毕业生拓岗助航计划', text: '序号13' },
      { title: '举办创业创新活动', text: '举办“创享渝北”创业大赛' },
    ];
    expect(rankByQuotedNames(hits, '“创享渝北”创业大赛是个啥比赛').map((h) => h.title)).toEqual(['举办创业创新活动', '高校毕业生拓岗助航计划']);
    expect(rankByQuotedNames(hits, '创业大赛是个啥比赛')).toEqual(hits);
  });
});

describe('cards without reasons', () => {
  it('drops an empty reasons line from a course card', () => {
    const text = composeAnswer([{ name: 'recommend_training', output: { matches: [{ courseId: 'c1', title: '养老护理员培训', provider: '某学校', category: '养老护理', reasons: [] }], citations: [] } }]);
    expect(text).toContain('养老护理员培训');
    expect(text).not.toMatch(/理由：\s*(\n|$)/);
  });
});
