import { A, createAsync, useSearchParams } from '@solidjs/router';
import { createSignal, For, onMount, Show } from 'solid-js';
import { Available } from '../components/Unavailable.tsx';
import { t, zh } from '../i18n.ts';
import { formatDate } from '../lib/format.ts';
import { paths } from '../routes.ts';
import { ledgerList, overdueFollowUps } from './ledger.data.ts';

const l = t.staff.ledger;

/** 实名制台账: search seekers; per person the services delivered and what the standard still owes. */
export default function LedgerPage() {
  const [params, setParams] = useSearchParams<{ q?: string; owed?: string }>();
  const [input, setInput] = createSignal(params.q ?? '');
  const list = createAsync(() => ledgerList(params.q ?? '', params.owed === '1'));
  const follow = createAsync(() => overdueFollowUps());
  onMount(() => (document.title = `${l.title} · ${t.appName}`));
  const statusLabel = (s: string) => (zh.rules.employmentStatus as Record<string, string>)[s] ?? (zh.cases.ledger as Record<string, unknown> as Record<string, string>)[s] ?? s;

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
            <Show when={f.overdue.length} fallback={<p class="muted small">{t.staff.queue.followUpsEmpty}</p>}>
              <ul class="plain-list">
                <For each={f.overdue}>
                  {(item) => (
                    <li>
                      <span class="status status-ineligible">{t.staff.queue.overdue} {item.daysOverdue}</span>{' '}
                      <A href={paths.ledgerRecord(item.seekerId)}>{item.seeker.name ?? item.seeker.phone ?? item.seekerId.slice(0, 8)}</A> · {formatDate(item.dueOn)}
                      <Show when={item.counsellor}>{(c) => <> · {c().displayName}</>}</Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Available>
      </section>

      <Available result={list()}>
        {(data) => (
          <Show when={data.items.length} fallback={<p class="muted">{l.empty}</p>}>
            <div class="table-wrap">
              <table class="data">
                <caption class="visually-hidden">{l.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.staff.conversation.seekerSays}</th>
                    <th scope="col">{l.employment}</th>
                    <th scope="col">{t.staff.ledger.counsellor}</th>
                    <th scope="col">{l.owed}</th>
                    <th scope="col">{l.lastContact}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={data.items}>
                    {(s) => (
                      <tr>
                        <td>
                          <A href={paths.ledgerRecord(s.seekerId)}>{s.name ?? s.phone ?? s.seekerId.slice(0, 8)}</A>
                          <Show when={s.phone && s.name}>
                            <div class="small muted">{s.phone}</div>
                          </Show>
                        </td>
                        <td>{statusLabel(s.employmentStatus)}</td>
                        <td>{s.counsellor?.displayName ?? '—'}</td>
                        <td>
                          <Show when={s.owed.length} fallback={<span class="ok">✓</span>}>
                            <ul class="plain-list small">
                              <For each={s.owed}>{(o) => <li classList={{ error: !!o.overdue }}>{o.name}{o.remaining ? ` × ${o.remaining}` : ''}</li>}</For>
                            </ul>
                          </Show>
                        </td>
                        <td>{formatDate(s.updatedAt)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        )}
      </Available>
    </div>
  );
}
