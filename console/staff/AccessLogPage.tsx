import { createResource, createSignal, For, onMount, Show } from 'solid-js';
import { searchAccessLog } from '../api/admin.ts';
import { maybe } from '../api/client.ts';
import { Available } from '../components/Unavailable.tsx';
import { t, zh } from '../i18n.ts';
import { formatDateTime } from '../lib/format.ts';

const l = t.staff.accessLog;

/** Supervisors: who viewed whose personal data, which fields, why and when (append-only log). */
export default function AccessLogPage() {
  const [query, setQuery] = createSignal<{ actor?: string; action?: string; from?: string; to?: string }>({});
  const [log] = createResource(query, (q) => maybe(searchAccessLog(q)));
  const form: { actor?: string; action?: string; from?: string; to?: string } = {};
  onMount(() => (document.title = `${l.title} · ${t.appName}`));
  return (
    <div class="access-log-page">
      <h1>{l.title}</h1>
      <p class="muted small">{l.intro}</p>
      <form
        class="row wrap filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ ...form });
        }}
      >
        <label>
          {l.actor} <input maxLength={64} onInput={(e) => (form.actor = e.currentTarget.value.trim() || undefined)} />
        </label>
        <label>
          {l.action}{' '}
          <select onChange={(e) => (form.action = e.currentTarget.value || undefined)}>
            <option value="">{t.common.all}</option>
            <For each={Object.entries(zh.privacy.actions)}>{([k, label]) => <option value={k}>{label}</option>}</For>
          </select>
        </label>
        <label>
          {t.staff.audit.from} <input type="date" onInput={(e) => (form.from = e.currentTarget.value || undefined)} />
        </label>
        <label>
          {t.staff.audit.to} <input type="date" onInput={(e) => (form.to = e.currentTarget.value || undefined)} />
        </label>
        <button type="submit" class="secondary">
          {t.common.search}
        </button>
      </form>
      <Available result={log()}>
        {(d) => (
          <>
            <p class="small muted">{t.common.total(d.total)}</p>
            <Show when={d.items.length} fallback={<p class="muted">{l.empty}</p>}>
              <div class="table-wrap">
                <table class="data">
                  <thead>
                    <tr>
                      <th scope="col">{l.at}</th>
                      <th scope="col">{l.actor}</th>
                      <th scope="col">{l.action}</th>
                      <th scope="col">{l.seeker}</th>
                      <th scope="col">{l.fields}</th>
                      <th scope="col">{l.reason}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={d.items}>
                      {(e) => (
                        <tr>
                          <td>{formatDateTime(e.at)}</td>
                          <td>
                            {e.actor?.displayName ?? '—'} <span class="small muted">{e.actor?.username}</span>
                          </td>
                          <td>{e.actionLabel}</td>
                          <td>{e.seeker?.name ?? e.seeker?.id.slice(0, 8) ?? '—'}</td>
                          <td>{e.fields.join('、')}</td>
                          <td>{e.reason ?? ''}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
          </>
        )}
      </Available>
    </div>
  );
}
