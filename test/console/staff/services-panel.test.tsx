import { createSignal } from 'solid-js';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ServiceRecord } from '../../../console/api/cases.ts';
import { t, zh } from '../../../console/i18n.ts';
import { formatDate } from '../../../console/lib/format.ts';
import { ServicesPanel } from '../../../console/staff/ServicesPanel.tsx';
import { fakeServer, settle, submit, type } from '../support/fetch.ts';
import { mount } from '../support/mount.tsx';

const sv = t.staff.ledger.service;
const SEEKER = 'seeker-1';
const BASE = `/api/staff/ledger/${SEEKER}/services`;

const record = (over: Partial<ServiceRecord>): ServiceRecord => ({
  id: 'r',
  kind: 'career_guidance',
  label: '职业指导',
  deliveredOn: '2026-03-02',
  refId: null,
  deliveredBy: { id: 'staff-wang', displayName: '王静' },
  detail: {},
  dueOn: null,
  completedOn: null,
  conversationId: null,
  messageId: null,
  ...over,
});
const SERVICES = [
  record({ id: 'r-guide', detail: { via: 'staff', note: '面谈求职意向' } }),
  record({ id: 'r-job', kind: 'job_recommendation', label: '推荐就业岗位', detail: { title: '仓库管理员', employer: '重庆某物流公司' }, deliveredBy: null }),
  record({ id: 'r-reg', kind: 'unemployment_registration', label: '失业登记', deliveredOn: '2026-03-01', dueOn: '2026-03-10' }),
  record({ id: 'r-reg-done', kind: 'unemployment_registration', label: '失业登记', deliveredOn: '2026-01-05', dueOn: '2026-01-14', completedOn: '2026-01-08' }),
];

afterEach(() => vi.restoreAllMocks());

/** The panel as the record page holds it: the page keeps what was done, so a reload keeps saying it. */
function panel(services: readonly ServiceRecord[], onChange: () => void) {
  const [saved, setSaved] = createSignal<string>();
  return mount(() => <ServicesPanel seekerId={SEEKER} services={services} saved={saved()} onSaved={setSaved} onChange={onChange} />);
}
const rows = (host: HTMLElement) => [...host.querySelectorAll('table.data tbody tr')];
const labels = (host: HTMLElement) => [...host.querySelectorAll('form.stack .field label')].map((l) => l.textContent);

describe('ServicesPanel', () => {
  test('each service a row: date, kind with what was recommended or noted, who gave it, and a 失业登记’s deadline or completion', () => {
    fakeServer({});
    const host = panel(SERVICES, () => {});
    expect(host.querySelector('table.data')?.getAttribute('aria-label')).toBe(t.staff.ledger.services);
    const cells = rows(host).map((tr) => [...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent));
    expect(cells).toEqual([
      [formatDate('2026-03-02'), '职业指导面谈求职意向', '王静', ''],
      [formatDate('2026-03-02'), '推荐就业岗位仓库管理员 · 重庆某物流公司', '', ''],
      [formatDate('2026-03-01'), '失业登记', '王静', sv.due(formatDate('2026-03-10')) + sv.complete],
      [formatDate('2026-01-05'), '失业登记', '王静', sv.completed(formatDate('2026-01-08'))],
    ]);
    // Only the open 失业登记 can be marked completed; every row can be removed, each button named by its row.
    expect(rows(host)[2]!.querySelector('input[type=date]')?.getAttribute('aria-label')).toBe(`${sv.completedOn}：失业登记 ${formatDate('2026-03-01')}`);
    expect(host.querySelectorAll('td input[type=date]').length).toBe(1);
    expect([...host.querySelectorAll('td button.link-button')].map((b) => b.getAttribute('aria-label'))).toEqual(
      SERVICES.map((s) => `${sv.remove}：${s.label} ${formatDate(s.deliveredOn)}`),
    );
  });

  test('records a 职业指导 session: the date and note are sent, the form empties, the page reloads the record', async () => {
    const server = fakeServer({ [`POST ${BASE}`]: { status: 201, body: { record: {} } } });
    const onChange = vi.fn();
    const host = panel([], onChange);
    expect(host.querySelector('p.muted')?.textContent).toBe(t.common.none);
    expect(host.querySelector<HTMLSelectElement>('#svc-kind')!.value).toBe('career_guidance');
    expect(labels(host)).toEqual([sv.kind, sv.deliveredOn, sv.note]);
    expect(host.querySelector('#svc-deliveredOn')?.getAttribute('aria-describedby')).toBe('svc-deliveredOn-help');
    type(host.querySelector('#svc-deliveredOn'), '2026-03-03');
    type(host.querySelector('#svc-note'), ' 面谈，明确求职方向 ');
    submit(host.querySelector('form.stack'));
    await settle();
    expect(server.sent).toEqual([{ method: 'POST', path: BASE, query: {}, body: { kind: 'career_guidance', deliveredOn: '2026-03-03', note: '面谈，明确求职方向' } }]);
    expect(host.querySelector('p[role=status]')?.textContent).toBe(sv.recorded);
    expect(onChange).toHaveBeenCalledOnce();
    expect(host.querySelector<HTMLInputElement>('#svc-note')!.value).toBe('');
  });

  test('a job recommendation is chosen from the catalogue, not typed; the server’s error about it shows under the picker', async () => {
    const server = fakeServer({
      'GET /api/staff/vacancies': { status: 200, body: { items: [{ id: 'vac-1', title: '叉车司机', employer: '渝北物流园', status: 'active' }], total: 1, page: 1, pageSize: 20 } },
      [`POST ${BASE}`]: { status: 400, body: { error: { code: 'bad_request', message: '推荐的岗位或课程：找不到这个岗位，请从列表中选择', field: 'refId' } } },
    });
    const onChange = vi.fn();
    const host = panel([], onChange);
    type(host.querySelector('#svc-kind'), 'job_recommendation');
    expect(labels(host)).toEqual([sv.kind, zh.forms.picker.label, sv.deliveredOn, sv.note]);
    // no free-text id: the search box looks the catalogue up by name
    type(host.querySelector('#svc-refId'), '叉车');
    await settle();
    await settle();
    expect(server.sent.filter((r) => r.path === '/api/staff/vacancies').at(-1)?.query).toMatchObject({ q: '叉车', status: 'live' });
    const option = [...host.querySelectorAll<HTMLButtonElement>('.ref-options button')].find((b) => b.textContent === '叉车司机 · 渝北物流园')!;
    option.click();
    expect(host.querySelector('.ref-picker [role=status]')?.textContent).toBe(zh.forms.picker.chosen('叉车司机 · 渝北物流园'));
    submit(host.querySelector('form.stack'));
    await settle();
    expect(server.last()!.body).toEqual({ kind: 'job_recommendation', refId: 'vac-1', title: '叉车司机', employer: '渝北物流园' });
    expect(host.querySelector('#svc-refId-error')?.textContent).toBe('推荐的岗位或课程：找不到这个岗位，请从列表中选择');
    expect(host.querySelectorAll('[role=alert]').length).toBe(1);
    expect(onChange).not.toHaveBeenCalled();
  });

  test('a note over its limit is not cut: the count shows it, and the form has no maxlength', async () => {
    fakeServer({});
    const host = panel([], () => {});
    const note = host.querySelector<HTMLInputElement>('#svc-note')!;
    expect(note.hasAttribute('maxlength')).toBe(false);
    expect(host.querySelector('form.stack')!.hasAttribute('novalidate')).toBe(true);
    type(note, '字'.repeat(501));
    expect(note.value.length).toBe(501);
    const count = host.querySelector('#svc-note-count')!;
    expect(count.textContent).toBe('501/500');
    expect(count.classList.contains('error')).toBe(true);
  });

  test('失业登记 asks for the day applied; an error naming no field of the form shows under the form', async () => {
    const server = fakeServer({ [`POST ${BASE}`]: { status: 404, body: { error: { code: 'not_found', message: '未找到该求职者的台账记录' } } } });
    const host = panel([], () => {});
    type(host.querySelector('#svc-kind'), 'unemployment_registration');
    expect(labels(host)).toEqual([sv.kind, sv.appliedOn, sv.completedOn, sv.note]);
    type(host.querySelector('#svc-appliedOn'), '2026-03-01');
    submit(host.querySelector('form.stack'));
    await settle();
    expect(server.last()!.body).toEqual({ kind: 'unemployment_registration', appliedOn: '2026-03-01' });
    expect([...host.querySelectorAll('[role=alert]')].map((e) => e.textContent)).toEqual(['未找到该求职者的台账记录']);
    expect(host.querySelector('[aria-invalid=true]')).toBeNull();
  });

  test('marks an open 失业登记 completed on the day given; its error stays on its row', async () => {
    let reply: { status: number; body: unknown } = { status: 400, body: { error: { code: 'bad_request', message: '字段 completedOn 不正确：应为 YYYY-MM-DD 格式的有效日期', field: 'completedOn' } } };
    const server = fakeServer({ [`PATCH ${BASE}/r-reg`]: () => reply });
    const onChange = vi.fn();
    const host = panel(SERVICES, onChange);
    const row = rows(host)[2]!;
    type(row.querySelector('input[type=date]'), '2026-03-06');
    submit(row.querySelector('form'));
    await settle();
    expect(server.sent).toEqual([{ method: 'PATCH', path: `${BASE}/r-reg`, query: {}, body: { completedOn: '2026-03-06' } }]);
    expect(row.querySelector('[role=alert]')?.textContent).toContain('completedOn');
    expect(row.querySelector('input[type=date]')?.getAttribute('aria-invalid')).toBe('true');
    expect(row.querySelector('input[type=date]')?.getAttribute('aria-describedby')).toBe('svc-row-r-reg-error');

    reply = { status: 200, body: { record: {} } };
    submit(row.querySelector('form'));
    await settle();
    expect(row.querySelector('[role=alert]')).toBeNull();
    expect(host.querySelector('p[role=status]')?.textContent).toBe(sv.completed(formatDate('2026-03-06')));
    expect(onChange).toHaveBeenCalledOnce();
  });

  test('removes a wrong record only once confirmed', async () => {
    const server = fakeServer({ [`DELETE ${BASE}/r-job`]: { body: { ok: true } } });
    const onChange = vi.fn();
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    const host = panel(SERVICES, onChange);
    const remove = rows(host)[1]!.querySelector<HTMLButtonElement>('button.link-button')!;
    remove.click();
    await settle();
    expect(confirm).toHaveBeenCalledWith(sv.removeConfirm);
    expect(server.sent).toEqual([]);

    confirm.mockReturnValue(true);
    remove.click();
    await settle();
    expect(server.sent).toEqual([{ method: 'DELETE', path: `${BASE}/r-job`, query: {}, body: undefined }]);
    expect(host.querySelector('p[role=status]')?.textContent).toBe(sv.removed);
    expect(onChange).toHaveBeenCalledOnce();
  });
});
