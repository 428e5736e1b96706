import { A } from '@solidjs/router';
import { For, type JSX, Show } from 'solid-js';
import type { DueFollowUp } from '../api/cases.ts';
import { formatDate, seekerName } from '../lib/format.ts';
import { paths } from '../paths.ts';

/**
 * 回访 that are due, one a line: how late (red once overdue), whose (a link to their ledger record),
 * the due date, then the page's own detail; `empty` when there are none.
 */
export function FollowUpList(props: { items: readonly DueFollowUp[]; empty: JSX.Element; status: (f: DueFollowUp) => string; detail: (f: DueFollowUp) => JSX.Element }) {
  return (
    <Show when={props.items.length} fallback={props.empty}>
      <ul class="plain-list">
        <For each={props.items}>
          {(item) => (
            <li>
              <span class={item.daysOverdue ? 'status status-ineligible' : 'status status-unknown'}>{props.status(item)}</span>{' '}
              <A href={paths.ledgerRecord(item.seekerId)}>{seekerName(item.seeker, item.seekerId)}</A> · {formatDate(item.dueOn)}
              {props.detail(item)}
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
