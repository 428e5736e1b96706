import { createResource, createSignal, onMount } from 'solid-js';
import { type AccessEntry, searchAccessLog } from '../api/admin.ts';
import { maybe } from '../api/client.ts';
import { type Column, DataTable } from '../components/DataTable.tsx';
import { ChoiceFilter, DateRangeFields, FilterForm } from '../components/Filters.tsx';
import { Available } from '../components/Unavailable.tsx';
import { t, zh } from '../i18n.ts';
import { formatDateTime } from '../lib/format.ts';

const l = t.staff.accessLog;

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
  { header: l.action, cell: (e) => e.actionLabel },
  { header: l.seeker, cell: (e) => e.seeker?.name ?? e.seeker?.id.slice(0, 8) ?? '—' },
  { header: l.fields, cell: (e) => e.fields.join('、') },
  { header: l.reason, cell: (e) => e.reason ?? '' },
];

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
      <FilterForm onSearch={() => setQuery({ ...form })}>
        <label>
          {l.actor} <input maxLength={64} onInput={(e) => (form.actor = e.currentTarget.value.trim() || undefined)} />
        </label>
        <ChoiceFilter label={l.action} options={Object.entries(zh.privacy.actions)} onChange={(v) => (form.action = v)} />
        <DateRangeFields onChange={(bound, date) => (form[bound] = date)} />
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
