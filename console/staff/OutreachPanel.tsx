import { A } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { listOutreach, markOutreach } from '../api/admin.ts';
import { maybe } from '../api/client.ts';
import { CitationChip } from '../components/MessageText.tsx';
import { Available } from '../components/Unavailable.tsx';
import { t } from '../i18n.ts';
import { seekerName } from '../lib/format.ts';
import { paths } from '../paths.ts';

const o = t.staff.outreach;

/** 主动服务: ledger seekers who appear eligible or are still owed a service, to contact before they ask. */
export function OutreachPanel(props: { onCite: (id: string) => void }) {
  const [groups, { refetch }] = createResource(() => maybe(listOutreach()));
  const mark = async (id: string, status: 'contacted' | 'dismissed') => {
    const note = status === 'contacted' ? (prompt(o.note) ?? undefined) : undefined;
    await markOutreach(id, status, note?.trim() || undefined).catch((e: Error) => alert(e.message));
    void refetch();
  };
  return (
    <section aria-labelledby="q-outreach">
      <h2 id="q-outreach">{o.title}</h2>
      <Available result={groups()}>
        {(list) => (
          <Show when={list.some((g) => g.seekers.length)} fallback={<p class="muted">{o.empty}</p>}>
            <For each={list}>
              {(g) => (
                <div class="panel">
                  <Show when={g.counsellor}>{(c) => <h3>{c().displayName}</h3>}</Show>
                  <ul class="plain-list">
                    <For each={g.seekers}>
                      {(entry) => (
                        <li>
                          <A href={paths.ledgerRecord(entry.seeker.id)}>{seekerName(entry.seeker, entry.seeker.id)}</A>
                          <ul class="plain-list small outreach-items">
                            <For each={entry.items}>
                              {(item) => (
                                <li>
                                  {item.reason} <Show when={item.clauseId}>{(id) => <CitationChip clauseId={id()} onOpen={props.onCite} />}</Show>{' '}
                                  <button type="button" class="link-button" onClick={() => mark(item.id, 'contacted')}>
                                    {o.contacted}
                                  </button>{' '}
                                  <button type="button" class="link-button" onClick={() => mark(item.id, 'dismissed')}>
                                    {o.dismiss}
                                  </button>
                                </li>
                              )}
                            </For>
                          </ul>
                        </li>
                      )}
                    </For>
                  </ul>
                </div>
              )}
            </For>
          </Show>
        )}
      </Available>
    </section>
  );
}
