import { describe, expect, test, vi } from 'vitest';
import { ChoiceFilter, DateRangeFields, FilterForm } from '../../../console/components/Filters.tsx';
import { t } from '../../../console/i18n.ts';
import { mount } from '../support/mount.tsx';

const change = (el: HTMLInputElement | HTMLSelectElement, value: string, type: 'input' | 'change') => {
  el.value = value;
  el.dispatchEvent(new Event(type, { bubbles: true }));
};

describe('FilterForm', () => {
  test('a search landmark: the fields, then 搜索, which applies them without leaving the page', () => {
    const onSearch = vi.fn();
    const host = mount(() => (
      <FilterForm onSearch={onSearch}>
        <input name="q" />
      </FilterForm>
    ));
    const form = host.querySelector('form')!;
    expect(form.getAttribute('role')).toBe('search');
    expect(form.className).toBe('row wrap filters');
    expect(form.querySelector('fieldset')).toBeNull();
    const button = form.lastElementChild as HTMLButtonElement;
    expect([button.type, button.className, button.textContent]).toEqual(['submit', 'secondary', t.common.search]);
    const submit = new Event('submit', { cancelable: true });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(onSearch).toHaveBeenCalledOnce();
  });

  test('with a legend the fields and the button sit in a fieldset under it', () => {
    const onSearch = vi.fn();
    const host = mount(() => (
      <FilterForm legend="筛选" onSearch={onSearch}>
        <input name="q" />
      </FilterForm>
    ));
    const form = host.querySelector('form')!;
    expect(form.className).toBe('filters');
    expect(form.hasAttribute('role')).toBe(false);
    const fieldset = form.querySelector('fieldset.row.wrap')!;
    expect(fieldset.querySelector('legend')?.textContent).toBe('筛选');
    expect([...fieldset.children].map((el) => el.tagName)).toEqual(['LEGEND', 'INPUT', 'BUTTON']);
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(onSearch).toHaveBeenCalledOnce();
  });
});

describe('ChoiceFilter', () => {
  test('a labelled select: 全部 first (no filter), then the options', () => {
    const onChange = vi.fn();
    const host = mount(() => <ChoiceFilter label="操作" options={[['view', '查看'], ['export', '导出']]} onChange={onChange} />);
    const label = host.querySelector('label')!;
    expect(label.textContent).toBe(`操作 ${t.common.all}查看导出`);
    const select = label.querySelector('select')!;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', t.common.all],
      ['view', '查看'],
      ['export', '导出'],
    ]);
    change(select, 'export', 'change');
    change(select, '', 'change');
    expect(onChange.mock.calls).toEqual([['export'], [undefined]]);
  });
});

describe('DateRangeFields', () => {
  test('开始日期 and 结束日期 date inputs; a cleared date is no bound', () => {
    const onChange = vi.fn();
    const host = mount(() => <DateRangeFields onChange={onChange} />);
    const labels = [...host.querySelectorAll('label')];
    expect(labels.map((l) => l.textContent?.trim())).toEqual([t.staff.audit.from, t.staff.audit.to]);
    const [from, to] = labels.map((l) => l.querySelector('input')!);
    expect([from!.type, to!.type]).toEqual(['date', 'date']);
    change(from!, '2026-01-01', 'input');
    change(to!, '2026-01-31', 'input');
    change(to!, '', 'input');
    expect(onChange.mock.calls).toEqual([
      ['from', '2026-01-01'],
      ['to', '2026-01-31'],
      ['to', undefined],
    ]);
  });
});
