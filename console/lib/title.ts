import { createEffect, onCleanup } from 'solid-js';
import { t } from '../i18n.ts';

/**
 * The tab's title while a page is shown ("待办队列 · …"), following `title` as it changes. Once the
 * page is left its effect can no longer write (a queue update arriving during the route change
 * would otherwise put "(1) 待办队列" on the next page's tab), and the bare name is put back for a
 * page that sets none.
 */
export function usePageTitle(title: () => string) {
  let shown = true;
  createEffect(() => {
    const text = `${title()} · ${t.appName}`;
    if (shown) document.title = text;
  });
  onCleanup(() => {
    shown = false;
    if (document.title.endsWith(` · ${t.appName}`)) document.title = t.appName;
  });
}
