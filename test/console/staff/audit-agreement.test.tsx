import { describe, expect, test } from 'vitest';
import type { Agreement } from '../../../console/api/review.ts';
import { t, zh } from '../../../console/i18n.ts';
import { formatDateTime } from '../../../console/lib/format.ts';
import AuditPage from '../../../console/staff/AuditPage.tsx';
import { fakeServer, settle, submit, type } from '../support/fetch.ts';
import { mount } from '../support/mount.tsx';

const a = t.staff.audit;
const scores = (s: number[]) => ({ accuracy: s[0]!, citation: s[1]!, completeness: s[2]!, tone: s[3]!, safety: s[4]! });
const item = (id: string, answer: string, spread: number[], reviews: [string, number[]][]): Agreement['items'][number] => ({
  messageId: id,
  conversationId: `conv-${id}`,
  answeredAt: '2026-03-02T02:30:00.000Z',
  answer,
  reviewers: reviews.length,
  reviews: reviews.map(([reviewer, s]) => ({ reviewer, reviewerId: reviewer, comment: null, updatedAt: '2026-03-02T03:00:00.000Z', ...scores(s) })),
  spread: scores(spread),
  maxSpread: Math.max(...spread),
});
const AGREEMENT: Agreement = {
  summary: { answers: 3, meanSpread: scores([1.33, 0.67, 0, 0.33, 0]), disagreements: 1 },
  total: 45,
  items: [
    item('m1', '离校未就业高校毕业生可以申请求职创业补贴，每人1000元。'.repeat(3), [3, 1, 0, 1, 0], [['李督导', [5, 4, 4, 4, 5]], ['陈督导', [2, 3, 4, 5, 5]]]),
    item('m2', '创业担保贷款个人最高30万元。', [1, 0, 0, 0, 0], [['李督导', [4, 4, 4, 4, 4]], ['陈督导', [5, 4, 4, 4, 4]]]),
  ],
};

function server() {
  return fakeServer({
    'GET /api/staff/reviews/queue': { body: { day: '2026-03-02', sampleSize: 10, total: 0, items: [] } },
    'GET /api/staff/reviews': { body: { total: 0, items: [] } },
    'GET /api/staff/reviews/agreement': { body: AGREEMENT },
  });
}
const agreementRequests = (s: ReturnType<typeof server>) => s.sent.filter((r) => r.path === '/api/staff/reviews/agreement').map((r) => r.query);

describe('audit page: inter-reviewer agreement', () => {
  test('a table of the answers two reviewers scored, widest spread first, spreads of 2 or more marked; the summary and mean spread above', async () => {
    const s = server();
    const host = mount(() => <AuditPage />);
    await settle();
    await settle();
    expect(agreementRequests(s)).toEqual([{ page: '1', pageSize: '20' }]);
    const section = host.querySelector('section[aria-labelledby="audit-agreement"]')!;
    expect(section.querySelector('h2')?.textContent).toBe(a.agreement);
    expect(section.querySelector('p.small.muted')?.textContent).toBe(a.agreementInfo(3, 1));
    expect(section.querySelector('p.small:not(.muted)')?.textContent).toBe(
      `${a.meanSpread}：${zh.review.rubric.accuracy} 1.33 · ${zh.review.rubric.citation} 0.67 · ${zh.review.rubric.completeness} 0 · ${zh.review.rubric.tone} 0.33 · ${zh.review.rubric.safety} 0`,
    );
    const table = section.querySelector('table.data')!;
    expect(table.getAttribute('aria-label')).toBe(a.agreement);
    expect([...table.querySelectorAll('th')].map((th) => [th.textContent, th.getAttribute('scope')])).toEqual(
      [a.answeredAt, a.answer, a.reviewers, ...(['accuracy', 'citation', 'completeness', 'tone', 'safety'] as const).map((k) => `${zh.review.rubric[k]}${a.spreadSuffix}`), a.maxSpread].map((h) => [h, 'col']),
    );
    const [first, second] = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')]);
    expect(first!.map((td) => td.textContent)).toEqual([formatDateTime('2026-03-02T02:30:00.000Z'), `${AGREEMENT.items[0]!.answer.slice(0, 60)}…`, '李督导 22、陈督导 19', '3', '1', '0', '1', '0', '3']);
    expect(first![1]!.querySelector('span')?.getAttribute('title')).toBe(AGREEMENT.items[0]!.answer);
    expect(first!.filter((td) => td.querySelector('.spread-wide')).map((td) => td.textContent)).toEqual(['3', '3']);
    expect(second!.map((td) => td.textContent).slice(1, 3)).toEqual(['创业担保贷款个人最高30万元。', '李督导 20、陈督导 21']);
    expect(second!.some((td) => td.querySelector('.spread-wide'))).toBe(false);
  });

  test('pages through 20 at a time, and the filter’s dates narrow it from the first page again', async () => {
    const s = server();
    const host = mount(() => <AuditPage />);
    await settle();
    await settle();
    const pager = host.querySelector('section[aria-labelledby="audit-agreement"] nav.pager')!;
    expect(pager.textContent).toContain(t.common.page(1, 3));
    [...pager.querySelectorAll('button')].find((b) => b.textContent === t.common.next)!.click();
    await settle();
    expect(agreementRequests(s).at(-1)).toEqual({ page: '2', pageSize: '20' });

    const dates = host.querySelectorAll('form.filters input[type=date]');
    type(dates[0]!, '2026-03-01');
    type(dates[1]!, '2026-03-31');
    submit(host.querySelector('form.filters'));
    await settle();
    expect(agreementRequests(s).at(-1)).toEqual({ from: '2026-03-01', to: '2026-03-31', page: '1', pageSize: '20' });
  });

  test('no answer scored twice yet reads as a line, not an empty table', async () => {
    fakeServer({
      'GET /api/staff/reviews/queue': { body: { day: '2026-03-02', sampleSize: 10, total: 0, items: [] } },
      'GET /api/staff/reviews': { body: { total: 0, items: [] } },
      'GET /api/staff/reviews/agreement': { body: { summary: { answers: 0, meanSpread: scores([0, 0, 0, 0, 0]), disagreements: 0 }, total: 0, items: [] } },
    });
    const host = mount(() => <AuditPage />);
    await settle();
    await settle();
    const section = host.querySelector('section[aria-labelledby="audit-agreement"]')!;
    expect(section.querySelector('table')).toBeNull();
    expect([...section.querySelectorAll('p')].map((p) => p.textContent)).toEqual([a.agreementInfo(0, 0), a.agreementEmpty]);
    expect(section.querySelector('nav.pager')).toBeNull();
  });
});
