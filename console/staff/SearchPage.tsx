import { A, useSearchParams } from '@solidjs/router';
import { createResource, createSignal, For, onMount, Show } from 'solid-js';
import { searchConversations } from '../api/helpers.ts';
import { createFormErrors, ErrorText, Field } from '../components/FormStatus.tsx';
import { t, zh } from '../i18n.ts';
import { formatDateTime, seekerName } from '../lib/format.ts';
import { paths } from '../paths.ts';
import '../styles/helpers.css';

const s = zh.helpers.search;

/** Search over the conversations the counsellor may see; each result opens its case (or the ledger record). */
export default function SearchPage() {
  const [params, setParams] = useSearchParams<{ q?: string }>();
  const [q, setQ] = createSignal(params.q ?? '');
  const errors = createFormErrors();
  const [found] = createResource(
    () => params.q,
    (text) =>
      searchConversations(text).catch((e) => {
        errors.set(e);
        return undefined;
      }),
  );
  onMount(() => (document.title = `${s.title} · ${t.appName}`));
  const submit = (e: Event) => {
    e.preventDefault();
    errors.clear();
    setParams({ q: q() });
  };
  return (
    <div class="search-page">
      <div class="page-head">
        <h1>{s.title}</h1>
      </div>
      <form class="search-form" role="search" onSubmit={submit} novalidate>
        <Field id="search-q" label={s.label} error={errors.field('q')}>
          {(a) => <input id={a.id} type="search" value={q()} placeholder={s.placeholder} aria-invalid={a.invalid()} aria-describedby={a.describedBy()} onInput={(e) => setQ(e.currentTarget.value)} />}
        </Field>
        <button type="submit" class="primary">
          {found.loading ? s.searching : s.submit}
        </button>
      </form>
      <ErrorText error={errors.general(['q'])} />
      <Show when={found()}>
        {(r) => (
          <section aria-live="polite">
            <p class="small muted">{r().results.length ? s.results(r().results.length) : s.empty}</p>
            <Show when={r().more}>
              <p class="note small">{s.more}</p>
            </Show>
            <ol class="search-results">
              <For each={r().results}>
                {(hit) => (
                  <li data-conversation={hit.conversationId}>
                    <div class="row wrap">
                      <strong>{seekerName(hit.seeker, hit.seeker.id)}</strong>
                      <span class="small muted">
                        {formatDateTime(hit.at)} · {s.roles[hit.role] ?? hit.role}
                        <Show when={hit.caseStatus}> · {t.staff.caseStatus[hit.caseStatus!] ?? hit.caseStatus}</Show>
                      </span>
                    </div>
                    <p class="search-snippet">
                      {hit.snippet.cutStart ? '…' : ''}
                      {hit.snippet.before}
                      <mark>{hit.snippet.match}</mark>
                      {hit.snippet.after}
                      {hit.snippet.cutEnd ? '…' : ''}
                    </p>
                    <Show when={hit.caseId} fallback={<A href={paths.ledgerRecord(hit.seeker.id)}>{s.openLedger}</A>}>
                      <A href={paths.case(hit.caseId!)}>{s.openCase}</A>
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </section>
        )}
      </Show>
    </div>
  );
}
