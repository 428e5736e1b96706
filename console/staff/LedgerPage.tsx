import { A, createAsync, useSearchParams } from '@solidjs/router';
import { createSignal, For, onMount, Show } from 'solid-js';
import type { LedgerItem } from '../api/cases.ts';
import { type Column, DataTable } from '../components/DataTable.tsx';
import { Available } from '../components/Unavailable.tsx';
import { t, zh } from '../i18n.ts';
import { formatDate, seekerName } from '../lib/format.ts';
import { paths } from '../paths.ts';
import { FollowUpList } from './FollowUpList.tsx';
import { ledgerList, overdueFollowUps } from './ledger.data.ts';

const l = t.staff.ledger;
/** A ledger status in words: the rules' four, and the ledger's own (in training, not known yet). */
const statusLabel = (s: string) => (zh.forms.employmentStatus as Record<string, string>)[s] ?? s;

const columns: Column<LedgerItem>[] = [
  {
    header: t.staff.conversation.seekerSays,
    cell: (s) => (
      <>
        <A href={paths.ledgerRecord(s.seekerId)}>{seekerName(s, s.seekerId)}</A>
        <Show when={s.phone && s.name}>
          <div class="small muted">{s.phone}</div>
        </Show>
      </>
    ),
  },
  { header: l.employment, cell: (s) => statusLabel(s.employmentStatus) },
  { header: l.counsellor, cell: (s) => s.counsellor?.displayName ?? '—' },
  {
    header: l.owed,
    cell: (s) => (
      <Show when={s.owed.length} fallback={<span class="ok">✓</span>}>
        <ul class="plain-list small">
          <For each={s.owed}>{(o) => <li classList={{ error: !!o.overdue }}>{o.name}{o.remaining ? ` · ${zh.forms.units.remaining(o.remaining)}` : ''}</li>}</For>
        </ul>
      </Show>
    ),
  },
  { header: l.lastContact, cell: (s) => formatDate(s.updatedAt) },
];

/** 实名制台账: search seekers; per person the services delivered and what the standard still owes. */
export default function LedgerPage() {
  const [params, setParams] = useSearchParams<{ q?: string; owed?: string }>();
  const [input, setInput] = createSignal(params.q ?? '');
  const list = createAsync(() => ledgerList(params.q ?? '', params.owed === '1'));
  const follow = createAsync(() => overdueFollowUps());
  onMount(() => (document.title = `${l.title} · ${t.appName}`));

  return (
    <div class="ledger-page">
      <h1>{l.title}</h1>
      <form
        class="row wrap"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ q: input().trim() || undefined });
        }}
      >
        <label for="ledger-q" class="visually-hidden">
          {l.search}
        </label>
        <input id="ledger-q" class="grow" maxLength={40} placeholder={l.search} value={input()} onInput={(e) => setInput(e.currentTarget.value)} />
        <button type="submit" class="primary">
          {t.common.search}
        </button>
        <label class="checkbox">
          <input type="checkbox" checked={params.owed === '1'} onChange={(e) => setParams({ owed: e.currentTarget.checked ? '1' : undefined })} />
          {l.owed}
        </label>
      </form>

      <section aria-labelledby="ledger-overdue">
        <h2 id="ledger-overdue">{l.overdue}</h2>
        <Available result={follow()}>
          {(f) => (
            <FollowUpList
              items={f.overdue}
              empty={<p class="muted small">{t.staff.queue.followUpsEmpty}</p>}
              status={(item) => zh.forms.units.daysOverdue(item.daysOverdue)}
              detail={(item) => <Show when={item.counsellor}>{(c) => <> · {c().displayName}</>}</Show>}
            />
          )}
        </Available>
      </section>

      <Available result={list()}>
        {(data) => <DataTable rows={data.items} columns={columns} empty={l.empty} caption={l.title} />}
      </Available>
    </div>
  );
}
