import { render } from 'solid-js/web';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { toolKind, type Benefit } from '../../../console/api/tool-outputs.ts';
import { EligibilityTable, missingLabels, sortBenefits } from '../../../console/components/EligibilityTable.tsx';

const benefits: Benefit[] = [
  {
    code: 'grassroots_post',
    name: '基层公共管理和社会服务岗位',
    audience: 'person',
    status: 'ineligible',
    amount: null,
    reasons: ['不是高校毕业生'],
    missingFacts: [],
    citations: ['yb2022-38:2.1.3'],
  },
  {
    code: 'startup_one_off_grant',
    name: '一次性创业补助',
    audience: 'person',
    status: 'unknown',
    amount: { value: 8000, unit: '元/户', text: '8000元/户' },
    reasons: ['尚不能判断'],
    missingFacts: ['person.business.startedOn', 'person.birthDate'],
    citations: ['yb2022-38:2.2.2'],
  },
  {
    code: 'job_search_startup_subsidy',
    name: '离校求职创业补贴',
    audience: 'person',
    status: 'eligible',
    amount: { value: 500, unit: '元', text: '500元' },
    reasons: ['属于低保家庭高校毕业生'],
    missingFacts: [],
    citations: ['yb2022-38:2.5.3'],
  },
];

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

describe('EligibilityTable', () => {
  test('rows read benefit, status in words, amount text and what is missing, eligible first', () => {
    const host = document.createElement('div');
    document.body.append(host);
    dispose = render(() => <EligibilityTable benefits={benefits} asOf="2026-12-01" />, host);
    const rows = [...host.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th > span, td')].map((c) => c.textContent?.trim()));
    expect(rows).toEqual([
      ['离校求职创业补贴', '符合条件', '500元', '—'],
      ['一次性创业补助', '待确认', '8000元/户', '企业（个体工商户）成立日期、出生日期'],
      ['基层公共管理和社会服务岗位', '暂不符合', '—', '—'],
    ]);
    expect(host.querySelector('caption')?.textContent).toContain('2026-12-01');
    expect(host.querySelectorAll('thead th')).toHaveLength(4);
  });

  test('each benefit’s clause is a chip that opens it', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const onCite = vi.fn();
    dispose = render(() => <EligibilityTable benefits={benefits} onCite={onCite} />, host);
    const chips = [...host.querySelectorAll<HTMLButtonElement>('button.chip')];
    expect(chips.map((c) => c.textContent)).toEqual(['2.5.3', '2.2.2', '2.1.3']);
    chips[1]!.click();
    expect(onCite).toHaveBeenCalledWith('yb2022-38:2.2.2');
  });

  test('sorting and missing-fact labels come from the rules’ own wording', () => {
    expect(sortBenefits(benefits).map((b) => b.status)).toEqual(['eligible', 'unknown', 'ineligible']);
    expect(missingLabels(benefits[1]!)).toEqual(['企业（个体工商户）成立日期', '出生日期']);
  });

  test('shows the chat tools’ missing facts, already in words, as they come; both eligibility tools are tables', () => {
    expect(missingLabels({ ...benefits[1]!, missingFacts: ['第1位招用人员：入职日期', '出生日期'] })).toEqual(['第1位招用人员：入职日期', '出生日期']);
    expect(toolKind('check_eligibility')).toBe('eligibility');
    expect(toolKind('check_employer_eligibility')).toBe('eligibility');
  });
});
