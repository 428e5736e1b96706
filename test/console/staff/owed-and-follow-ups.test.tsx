import { describe, expect, test } from 'vitest';
import type { DueFollowUp } from '../../../console/api/cases.ts';
import { formatDate, seekerName } from '../../../console/lib/format.ts';
import { FollowUpList } from '../../../console/staff/FollowUpList.tsx';
import { OwedList } from '../../../console/staff/OwedList.tsx';
import { mountInRouter as mount } from '../support/mount.tsx';

describe('OwedList', () => {
  test('each service still owed with how many more and by when, overdue in red', () => {
    const host = mount(() => (
      <OwedList
        items={[
          { code: 'career_guidance', name: '职业指导', remaining: 2, overdue: true, dueBy: '2026-04-01' },
          { code: 'policy_briefing', name: '政策宣讲', remaining: 0 },
        ]}
        done="✓"
      />
    ));
    const items = [...host.querySelectorAll('ul.plain-list > li')];
    expect(items.map((li) => [li.textContent, li.classList.contains('error')])).toEqual([
      [`职业指导 · 还差 2 次 · ${formatDate('2026-04-01')} 前`, true],
      ['政策宣讲', false],
    ]);
  });

  test('nothing owed reads as the page’s done line', () => {
    const host = mount(() => <OwedList items={[]} done="无" />);
    expect(host.querySelector('ul')).toBeNull();
    expect(host.querySelector('p.ok.small')?.textContent).toBe('无');
  });
});

const due = (over: Partial<DueFollowUp>): DueFollowUp => ({
  id: 'f',
  seekerId: 'abcdef1234567890',
  planId: null,
  dueOn: '2026-03-02',
  note: null,
  counsellorId: null,
  daysOverdue: 0,
  counsellor: null,
  seeker: { id: 'abcdef1234567890', name: null, phone: null },
  ...over,
});

describe('FollowUpList', () => {
  test('a line each: the status (red once overdue), the seeker linked to the ledger record, the due date, the page’s detail', () => {
    const host = mount(() => (
      <FollowUpList
        items={[due({ daysOverdue: 3, dueOn: '2026-02-27', seeker: { id: 's', name: '张*', phone: '138****0000' } }), due({ note: '电话回访' })]}
        empty={<p class="muted">无</p>}
        status={(f) => (f.daysOverdue ? `逾期 ${f.daysOverdue}` : '今日')}
        detail={(f) => (f.note ? ` · ${f.note}` : '')}
      />
    ));
    const [late, today] = [...host.querySelectorAll('ul.plain-list > li')];
    expect(late!.querySelector('span.status')?.className).toBe('status status-ineligible');
    expect(today!.querySelector('span.status')?.className).toBe('status status-unknown');
    expect(late!.querySelector('a')?.getAttribute('href')).toBe('/console/ledger/abcdef1234567890');
    expect(late!.textContent).toBe(`逾期 3 张* · ${formatDate('2026-02-27')}`);
    expect(today!.textContent).toBe(`今日 abcdef12 · ${formatDate('2026-03-02')} · 电话回访`);
  });

  test('none due shows the page’s empty line', () => {
    const host = mount(() => <FollowUpList items={[]} empty={<p class="muted small">没有</p>} status={() => ''} detail={() => ''} />);
    expect(host.querySelector('ul')).toBeNull();
    expect(host.querySelector('p.muted.small')?.textContent).toBe('没有');
  });
});

describe('seekerName', () => {
  test('the name, else the phone, else the id’s first eight characters', () => {
    expect(seekerName({ name: '张*', phone: '138' }, 'abcdef1234')).toBe('张*');
    expect(seekerName({ name: null, phone: '138****0000' }, 'abcdef1234')).toBe('138****0000');
    expect(seekerName({ name: null, phone: null }, 'abcdef1234')).toBe('abcdef12');
    expect(seekerName(null, 'abcdef1234')).toBe('abcdef12');
  });
});
