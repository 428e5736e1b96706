import { A, createAsync, revalidate, useParams, useSearchParams } from '@solidjs/router';
import { createSignal, For, Match, onMount, Show, Switch } from 'solid-js';
import { type CourseRow, type EventRow, type Paged, setWithdrawn, type VacancyRow } from '../api/staff.ts';
import { type Column, DataTable } from '../components/DataTable.tsx';
import { FilterForm } from '../components/Filters.tsx';
import { ErrorText } from '../components/FormStatus.tsx';
import { Pager, pageCount } from '../components/Pager.tsx';
import { CitationChip } from '../components/MessageText.tsx';
import { ClauseDialog } from '../components/ClauseDialog.tsx';
import { t, zh } from '../i18n.ts';
import { paths } from '../paths.ts';
import { courseList, eventList, vacancyList } from './catalog.data.ts';
import { ImportForm } from './ImportForm.tsx';
import { CatalogItemForm } from './CatalogItemForm.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { SaveResult } from '../components/FormStatus.tsx';
import { useStaff } from './StaffProvider.tsx';

/** Counsellors read the catalog; staff, supervisors and admins manage it (server/auth/permissions.ts). */
const useCanManage = () => {
  const { session } = useStaff();
  return () => !!session.user() && session.user()!.role !== 'counsellor';
};

const c = t.staff.catalog;
type Tab = 'vacancies' | 'courses' | 'events';
const TABS: Tab[] = ['vacancies', 'courses', 'events'];

/** Vacancies, training courses and events: import a feed file, list and filter, withdraw and restore. */
export default function CatalogPage() {
  const params = useParams<{ tab?: string }>();
  const tab = (): Tab => (TABS.includes(params.tab as Tab) ? (params.tab as Tab) : 'vacancies');
  const [clause, setClause] = createSignal<string>();
  onMount(() => (document.title = `${c.title} · ${t.appName}`));
  return (
    <div class="catalog-page">
      <h1>{c.title}</h1>
      <nav class="tabs" aria-label={c.title}>
        <For each={TABS}>
          {(k) => (
            <A href={paths.catalog(k)} aria-current={tab() === k ? 'page' : undefined} classList={{ active: tab() === k }}>
              {c.tabs[k]}
            </A>
          )}
        </For>
      </nav>
      <Switch>
        <Match when={tab() === 'vacancies'}>
          <ItemList kind="vacancies" />
        </Match>
        <Match when={tab() === 'courses'}>
          <ItemList kind="courses" />
        </Match>
        <Match when={tab() === 'events'}>
          <Events onCite={setClause} />
        </Match>
      </Switch>
      <ClauseDialog clauseId={clause()} onClose={() => setClause(undefined)} />
    </div>
  );
}

function ItemList(props: { kind: 'vacancies' | 'courses' }) {
  const canManage = useCanManage();
  const [sp, setSp] = useSearchParams<{ status?: string; q?: string; page?: string }>();
  const status = () => sp.status ?? 'all';
  const page = () => Math.max(1, Number(sp.page ?? 1) || 1);
  const query = props.kind === 'vacancies' ? vacancyList : courseList;
  const data = createAsync<Paged<VacancyRow | CourseRow>>(() => query(status(), sp.q ?? '', page()));
  const [input, setInput] = createSignal(sp.q ?? '');
  const [error, setError] = createSignal<string>();
  const refresh = () => revalidate(query.key);
  // Withdrawing hides a row from seekers: asked first. Adding or editing one opens its form.
  const [asking, setAsking] = createSignal<{ id: string; title: string }>();
  const [editing, setEditing] = createSignal<{ id?: string }>();
  const [saved, setSaved] = createSignal<string>();
  const toggle = async (id: string, withdraw: boolean) => {
    setError(undefined);
    try {
      await setWithdrawn(props.kind, id, withdraw);
      await refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const workTypes = zh.jobs.workTypes as Record<string, string>;
  const cols = c.columns;

  const state: Column<{ id: string; title: string; status: string; expired: boolean; matchable: boolean; demo: boolean }>[] = [
    {
      header: cols.status,
      cell: (r) => (
        <>
          <span class={`status ${r.status === 'withdrawn' ? 'status-ineligible' : r.matchable ? 'status-eligible' : 'status-unknown'}`}>
            {r.status === 'withdrawn' ? c.withdrawn : r.expired ? c.expired : c.live}
          </span>
          <Show when={r.demo}>
            <span class="badge">{t.common.demo}</span>
          </Show>
        </>
      ),
    },
    {
      header: t.common.actions,
      cell: (r) => (
        <Show when={canManage()}>
          <div class="row">
            <button
              type="button"
              class="secondary small-button"
              aria-label={`${r.status === 'withdrawn' ? c.restore : c.withdraw}：${r.title}`}
              onClick={() => (r.status === 'withdrawn' ? void toggle(r.id, false) : setAsking({ id: r.id, title: r.title }))}
            >
              {r.status === 'withdrawn' ? c.restore : c.withdraw}
            </button>
            <button type="button" class="ghost small-button" aria-label={`${zh.forms.catalog.edit}：${r.title}`} onClick={() => setEditing({ id: r.id })}>
              {zh.forms.catalog.edit}
            </button>
          </div>
        </Show>
      ),
    },
  ];
  const vacancyColumns: Column<VacancyRow>[] = [
    { header: cols.title, cell: (r) => r.title },
    { header: cols.employer, cell: (r) => r.employer },
    { header: cols.street, cell: (r) => r.street ?? '' },
    { header: cols.workType, cell: (r) => (r.workType ? (workTypes[r.workType] ?? r.workType) : '') },
    { header: cols.wage, cell: (r) => zh.jobs.wageRange(r.wageMin ?? null, r.wageMax ?? null) },
    { header: cols.expires, cell: (r) => r.expiresOn ?? '' },
    ...state,
  ];
  const courseColumns: Column<CourseRow>[] = [
    { header: cols.title, cell: (r) => r.title },
    { header: cols.provider, cell: (r) => r.provider },
    { header: cols.category, cell: (r) => r.category ?? '' },
    { header: cols.dates, cell: (r) => `${r.startsOn ?? ''}${r.endsOn ? ` — ${r.endsOn}` : ''}` },
    ...state,
  ];
  const columns = (props.kind === 'vacancies' ? vacancyColumns : courseColumns) as Column<VacancyRow | CourseRow>[];

  return (
    <>
      <Show when={canManage()}>
        <ImportForm kind={props.kind} onImported={() => void refresh()} />
        <div class="row">
          <button type="button" class="secondary" onClick={() => (setSaved(undefined), setEditing({}))}>
            + {zh.forms.catalog.add[props.kind]}
          </button>
          <SaveResult result={saved() ? { ok: true, text: saved()! } : undefined} small />
        </div>
        <CatalogItemForm kind={props.kind} id={editing()?.id} open={!!editing()} onClose={() => setEditing(undefined)} onSaved={(text) => (setSaved(text), void refresh())} />
        <ConfirmDialog
          open={!!asking()}
          title={zh.forms.confirm.withdrawTitle}
          confirmLabel={c.withdraw}
          onConfirm={() => {
            const a = asking();
            setAsking(undefined);
            if (a) void toggle(a.id, true);
          }}
          onCancel={() => setAsking(undefined)}
        >
          <p>{zh.forms.confirm.withdraw(asking()?.title ?? '')}</p>
        </ConfirmDialog>
      </Show>
      <FilterForm onSearch={() => setSp({ q: input().trim() || undefined, page: undefined })}>
        <label for={`${props.kind}-status`}>{c.filterStatus}</label>
        <select id={`${props.kind}-status`} value={status()} onChange={(e) => setSp({ status: e.currentTarget.value, page: undefined })}>
          <For each={Object.entries(c.statuses)}>{([k, label]) => <option value={k}>{label}</option>}</For>
        </select>
        <label for={`${props.kind}-q`} class="visually-hidden">
          {t.common.search}
        </label>
        <input id={`${props.kind}-q`} maxLength={50} placeholder={t.common.search} value={input()} onInput={(e) => setInput(e.currentTarget.value)} />
      </FilterForm>
      <ErrorText error={error()} />
      <Show when={data()}>
        {(d) => (
          <>
            <p class="small muted">{t.common.total(d().total)}</p>
            <DataTable rows={d().items} columns={columns} empty={c.empty} caption={c.tabs[props.kind]} />
            <Show when={d().items.length}>
              <Pager page={d().page} pages={pageCount(d().total, d().pageSize)} onPage={(p) => setSp({ page: String(p) })} />
            </Show>
          </>
        )}
      </Show>
    </>
  );
}

function Events(props: { onCite: (id: string) => void }) {
  const canManage = useCanManage();
  const [sp, setSp] = useSearchParams<{ year?: string }>();
  const year = () => Number(sp.year) || new Date().getFullYear();
  const data = createAsync(() => eventList(year()));
  const cols = c.columns;
  const eventColumns: Column<EventRow>[] = [
    {
      header: cols.title,
      cell: (ev) => (
        <>
          {ev.name} <Show when={ev.clauseId}>{(id) => <CitationChip clauseId={id()} onOpen={props.onCite} />}</Show>
        </>
      ),
    },
    { header: cols.date, cell: (ev) => ev.timeText ?? '' },
    { header: cols.organiser, cell: (ev) => (ev.departments ?? []).join('、') },
    { header: cols.place, cell: (ev) => ev.location ?? '' },
  ];
  return (
    <>
      <Show when={canManage()}>
        <ImportForm kind="events" onImported={() => void revalidate(eventList.key)} />
      </Show>
      <Show when={data()}>
        {(d) => (
          <>
            <div class="row filters">
              <label for="events-year">{c.year}</label>
              <select id="events-year" value={String(d().year)} onChange={(e) => setSp({ year: e.currentTarget.value })}>
                <For each={[...new Set([...d().years, year()])].sort()}>{(y) => <option value={y}>{y}</option>}</For>
              </select>
            </div>
            <DataTable rows={d().events} columns={eventColumns} empty={c.empty} />
          </>
        )}
      </Show>
    </>
  );
}
