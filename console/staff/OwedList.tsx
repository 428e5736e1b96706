import { For, Show } from 'solid-js';
import type { OwedItem } from '../api/cases.ts';
import { zh } from '../i18n.ts';
import { formatDate } from '../lib/format.ts';

/**
 * What the service standard still owes a seeker: each service, how many more and by when, an
 * overdue one in red; `done` (in green) when nothing is owed.
 */
export function OwedList(props: { items: readonly Pick<OwedItem, 'code' | 'name' | 'remaining' | 'overdue' | 'dueBy'>[]; done: string }) {
  return (
    <Show when={props.items.length} fallback={<p class="ok small">{props.done}</p>}>
      <ul class="plain-list">
        <For each={props.items}>
          {(o) => (
            <li classList={{ error: !!o.overdue }}>
              {o.name}
              {o.remaining ? ` · ${zh.forms.units.remaining(o.remaining)}` : ''}
              {o.dueBy ? ` · ${zh.forms.units.dueBy(formatDate(o.dueBy))}` : ''}
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
