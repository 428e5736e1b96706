import { render } from 'solid-js/web';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MessageText } from '../../../console/components/MessageText.tsx';
import { ToolResults } from '../../../console/components/ToolResults.tsx';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

const mount = (fn: () => import('solid-js').JSX.Element) => {
  const host = document.createElement('div');
  document.body.append(host);
  dispose = render(fn, host);
  return host;
};

describe('MessageText', () => {
  test('citation markers become chips; text stays text, never HTML', () => {
    const onCite = vi.fn();
    const host = mount(() => <MessageText text={'<b>个人</b>最高30万元【yb2022-38:2.2.2】，另见【yb2022-38:att2.3】'} onCite={onCite} />);
    expect(host.querySelector('b')).toBeNull();
    expect(host.textContent).toContain('<b>个人</b>最高30万元');
    const chips = host.querySelectorAll<HTMLButtonElement>('button.chip');
    expect([...chips].map((c) => c.getAttribute('aria-label'))).toEqual(['查看条款 yb2022-38:2.2.2', '查看条款 yb2022-38:att2.3']);
    chips[0]!.click();
    expect(onCite).toHaveBeenCalledWith('yb2022-38:2.2.2');
  });
});

describe('ToolResults', () => {
  test('the latest eligibility check and vacancy matches are shown; unknown tools are not', () => {
    const host = mount(() => (
      <ToolResults
        toolCalls={[
          { name: 'record_profile_facts', input: {}, output: { saved: ['hukou'] } },
          { name: 'check_eligibility', input: {}, output: { benefits: [{ code: 'a', name: '旧结果', status: 'unknown', amount: null, reasons: [], missingFacts: [], citations: [] }] } },
          { name: 'check_eligibility', input: {}, output: { asOf: '2026-12-01', benefits: [{ code: 'b', name: '新结果', status: 'eligible', amount: null, reasons: [], missingFacts: [], citations: [] }] } },
          {
            name: 'match_vacancies',
            input: {},
            output: { matches: [{ vacancyId: 'v1', title: '电商运营助理', employer: '重庆某科技有限公司', reasons: ['学历符合：本科≥大专'], wageText: '4000–6000元/月', demo: true }] },
          },
        ]}
      />
    ));
    expect(host.querySelectorAll('table.eligibility')).toHaveLength(1);
    expect(host.textContent).toContain('新结果');
    expect(host.textContent).not.toContain('旧结果');
    expect(host.querySelector('.card h4')?.textContent).toContain('电商运营助理');
    expect(host.textContent).toContain('学历符合：本科≥大专');
    expect(host.textContent).toContain('演示数据');
  });
});
