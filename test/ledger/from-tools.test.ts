import { describe, expect, it } from 'vitest';
import { serviceRowsFromTools } from '../../server/ledger/from-tools.ts';

const base = { seekerId: 's', source: 'bot' } as never;

describe('serviceRowsFromTools', () => {
  it('counts either eligibility check as a policy briefing, and not a refused call', () => {
    const rows = serviceRowsFromTools(
      [
        { name: 'check_eligibility', output: { benefits: [] } },
        { name: 'check_employer_eligibility', output: { benefits: [] } },
        { name: 'check_employer_eligibility', output: { error: '参数有误，未执行：企业规模应为以下之一：微型、小型、中型、大型。' } },
      ],
      base,
    );
    expect(rows.map((r) => [r.kind, (r.detail as { via: string }).via])).toEqual([
      ['policy_briefing', 'check_eligibility'],
      ['policy_briefing', 'check_employer_eligibility'],
    ]);
  });
});
