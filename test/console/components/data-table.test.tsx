import { createSignal } from 'solid-js';
import { describe, expect, test } from 'vitest';
import { type Column, DataTable } from '../../../console/components/DataTable.tsx';
import { mount } from '../support/mount.tsx';

type Row = { id: string; name: string; n: number };
const rows: Row[] = [
  { id: 'a', name: '张三', n: 1 },
  { id: 'b', name: '李四', n: 2 },
];
const columns: Column<Row>[] = [
  { header: '姓名', cell: (r) => r.name },
  { header: '次数', cell: (r) => <strong>{r.n}</strong> },
];

describe('DataTable', () => {
  test('a column heading per column and a cell per column in each row, inside the scrolling wrapper', () => {
    const host = mount(() => <DataTable rows={rows} columns={columns} />);
    const table = host.querySelector('div.table-wrap > table.data')!;
    expect(table).not.toBeNull();
    expect([...table.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent])).toEqual([
      ['col', '姓名'],
      ['col', '次数'],
    ]);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerHTML))).toEqual([
      ['张三', '<strong>1</strong>'],
      ['李四', '<strong>2</strong>'],
    ]);
    expect(table.querySelector('caption')).toBeNull();
    expect(table.hasAttribute('aria-label')).toBe(false);
  });

  test('with `empty`, no rows read as that line and no table; without it, an empty table stays', () => {
    const host = mount(() => (
      <>
        <DataTable rows={[]} columns={columns} empty="暂无记录" />
        <DataTable rows={[]} columns={columns} />
      </>
    ));
    const note = host.querySelector('p.muted')!;
    expect(note.textContent).toBe('暂无记录');
    expect(host.querySelectorAll('table')).toHaveLength(1);
    expect(host.querySelectorAll('tbody tr')).toHaveLength(0);
  });

  test('names the table by a hidden caption or an aria-label, and puts data-* on rows', () => {
    const host = mount(() => (
      <>
        <DataTable rows={rows} columns={columns} caption="台账" />
        <DataTable rows={rows} columns={columns} label="等待接入" rowData={(r) => ({ 'data-id': r.id })} />
      </>
    ));
    const [first, second] = [...host.querySelectorAll('table')];
    expect(first!.querySelector('caption.visually-hidden')?.textContent).toBe('台账');
    expect(second!.getAttribute('aria-label')).toBe('等待接入');
    expect([...second!.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-id'))).toEqual(['a', 'b']);
  });

  test('cells follow the signals they read', () => {
    const [suffix, setSuffix] = createSignal('');
    const host = mount(() => <DataTable rows={rows} columns={[{ header: '姓名', cell: (r) => r.name + suffix() }]} />);
    setSuffix('（已停用）');
    expect([...host.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['张三（已停用）', '李四（已停用）']);
  });
});
