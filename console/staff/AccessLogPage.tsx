import { createResource, createSignal, onMount, Show } from 'solid-js';
import { type AccessEntry, listBreakGlass, searchAccessLog } from '../api/admin.ts';
import { maybe } from '../api/client.ts';
import { type Column, DataTable } from '../components/DataTable.tsx';
import { ChoiceFilter, DateRangeFields, FilterForm } from '../components/Filters.tsx';
import { Available } from '../components/Unavailable.tsx';
import { t, zh } from '../i18n.ts';
import { formatDateTime } from '../lib/format.ts';

const l = t.staff.accessLog;
const bg = zh.access.breakGlass;

const columns: Column<AccessEntry>[] = [
  { header: l.at, cell: (e) => formatDateTime(e.at) },
  {
    header: l.actor,
    cell: (e) => (
      <>
        {e.actor?.displayName ?? '—'} <span class="small muted">{e.actor?.username}</span>
      </>
    ),
  },
  {
    header: l.action,
    cell: (e) => (
      <>
        {e.actionLabel}
        <Show when={e.breakGlass}>
          <span class="badge warn">{bg.label}</span>
        </Show>
        <Show when={e.breakGlass && e.route}>
          <div class="small muted">{e.route}</div>
        </Show>
      </>
    ),
  },
  { header: l.seeker, cell: (e) => e.seeker?.name ?? e.seeker?.id.slice(0, 8) ?? '—' },
  { header: l.fields, cell: (e) => e.fields.map((f) => zh.forms.identityFields[f] ?? f).join('、') },
  { header: l.reason, cell: (e) => e.reason ?? '' },
];

type Query = { actor?: string; action?: string; from?: string; to?: string; breakGlass?: boolean };

/**
 * Supervisors: who viewed whose personal data, which fields, why and when (append-only log); the
 * break-glass accesses — a counsellor reaching a seeker not theirs, with a reason — marked, and
 * listable alone.
 */
export default function AccessLogPage() {
  const [query, setQuery] = createSignal<Query>({});
  const [log] = createResource(query, ({ breakGlass, action, ...q }) => maybe(breakGlass ? listBreakGlass(q) : searchAccessLog({ ...q, action })));
  const form: Query = {};
  onMount(() => (document.title = `${l.title} · ${t.appName}`));
  return (
    <div class="access-log-page">
      <h1>{l.title}</h1>
      <p class="muted small">{l.intro}</p>
      <p class="muted small">{bg.intro}</p>
      <FilterForm onSearch={() => setQuery({ ...form })}>
        <label>
          {l.actor} <input maxLength={64} onInput={(e) => (form.actor = e.currentTarget.value.trim() || undefined)} />
        </label>
        <ChoiceFilter label={l.action} options={Object.entries(zh.privacy.actions)} onChange={(v) => (form.action = v)} />
        <DateRangeFields onChange={(bound, date) => (form[bound] = date)} />
        <label>
          <input type="checkbox" onChange={(e) => (form.breakGlass = e.currentTarget.checked || undefined)} /> {bg.only}
        </label>
      </FilterForm>
      <Available result={log()}>
        {(d) => (
          <>
            <p class="small muted">{t.common.total(d.total)}</p>
            <DataTable rows={d.items} columns={columns} empty={l.empty} />
          </>
        )}
      </Available>
    </div>
  );
}
