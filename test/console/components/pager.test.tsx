import { createSignal } from 'solid-js';
import { describe, expect, test } from 'vitest';
import { Pager, pageCount } from '../../../console/components/Pager.tsx';
import { t } from '../../../console/i18n.ts';
import { mount } from '../support/mount.tsx';

describe('Pager', () => {
  test('pageCount: whole pages, at least one', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });

  test('says which page of how many; previous is off on the first, next on the last; the buttons move one page', () => {
    const [page, setPage] = createSignal(1);
    const host = mount(() => <Pager page={page()} pages={3} onPage={setPage} />);
    const nav = host.querySelector('nav.pager')!;
    const [prev, next] = [...nav.querySelectorAll('button')];
    expect(nav.getAttribute('aria-label')).toBe(t.common.page(1, 3));
    expect(nav.querySelector('span')?.textContent).toBe(t.common.page(1, 3));
    expect([prev!.textContent, next!.textContent]).toEqual([t.common.previous, t.common.next]);
    expect([prev!.disabled, next!.disabled]).toEqual([true, false]);
    next!.click();
    next!.click();
    expect(page()).toBe(3);
    expect(nav.querySelector('span')?.textContent).toBe(t.common.page(3, 3));
    expect([prev!.disabled, next!.disabled]).toEqual([false, true]);
    prev!.click();
    expect(page()).toBe(2);
  });
});
