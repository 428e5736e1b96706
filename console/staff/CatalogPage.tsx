import { A, createAsync, revalidate, useParams, useSearchParams } from '@solidjs/router';
import { createSignal, For, type JSX, Match, onMount, Show, Switch } from 'solid-js';
import { type CourseRow, type Paged, setWithdrawn, type VacancyRow } from '../api/staff.ts';
import { CitationChip } from '../components/MessageText.tsx';
import { ClauseDialog } from '../components/ClauseDialog.tsx';
import { t, zh } from '../i18n.ts';
import { paths } from '../routes.ts';
import { courseList, eventList, vacancyList } from './catalog.data.ts';
import { ImportForm } from './ImportForm.tsx';
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

  const stateOf = (r: { status: string; expired: boolean; matchable: boolean; demo: boolean }): JSX.Element => (
    <>
      <span class={`status ${r.status === 'withdrawn' ? 'status-ineligible' : r.matchable ? 'status-eligible' : 'status-unknown'}`}>
        {r.status === 'withdrawn' ? c.withdrawn : r.expired ? c.expired : c.live}
      </span>
      <Show when={r.demo}>
        <span class="badge">{t.common.demo}</span>
      </Show>
    </>
  );
  const action = (r: { id: string; status: string }) => (
    <Show when={canManage()}>
      <button type="button" class="secondary small-button" onClick={() => toggle(r.id, r.status !== 'withdrawn')}>
        {r.status === 'withdrawn' ? c.restore : c.withdraw}
      </button>
    </Show>
  );

  return (
    <>
      <Show when={canManage()}>
        <ImportForm kind={props.kind} onImported={() => void refresh()} />
      </Show>
      <form
        class="row wrap filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSp({ q: input().trim() || undefined, page: undefined });
        }}
      >
        <label for={`${props.kind}-status`}>{c.filterStatus}</label>
        <select id={`${props.kind}-status`} value={status()} onChange={(e) => setSp({ status: e.currentTarget.value, page: undefined })}>
          <For each={Object.entries(c.statuses)}>{([k, label]) => <option value={k}>{label}</option>}</For>
        </select>
        <label for={`${props.kind}-q`} class="visually-hidden">
          {t.common.search}
        </label>
        <input id={`${props.kind}-q`} maxLength={50} placeholder={t.common.search} value={input()} onInput={(e) => setInput(e.currentTarget.value)} />
        <button type="submit" class="secondary">
          {t.common.search}
        </button>
      </form>
      <Show when={error()}>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={data()}>
        {(d) => (
          <>
            <p class="small muted">{t.common.total(d().total)}</p>
            <Show when={d().items.length} fallback={<p class="muted">{c.empty}</p>}>
              <div class="table-wrap">
                <table class="data">
                  <caption class="visually-hidden">{c.tabs[props.kind]}</caption>
                  <Show
                    when={props.kind === 'vacancies'}
                    fallback={
                      <>
                        <thead>
                          <tr>
                            <th scope="col">{cols.title}</th>
                            <th scope="col">{cols.provider}</th>
                            <th scope="col">{cols.category}</th>
                            <th scope="col">{cols.dates}</th>
                            <th scope="col">{cols.status}</th>
                            <th scope="col">{t.common.actions}</th>
                          </tr>
                        </thead>
                        <tbody>
                          <For each={d().items as CourseRow[]}>
                            {(r) => (
                              <tr>
                                <td>{r.title}</td>
                                <td>{r.provider}</td>
                                <td>{r.category ?? ''}</td>
                                <td>
                                  {r.startsOn ?? ''}
                                  {r.endsOn ? ` — ${r.endsOn}` : ''}
                                </td>
                                <td>{stateOf(r)}</td>
                                <td>{action(r)}</td>
                              </tr>
                            )}
                          </For>
                        </tbody>
                      </>
                    }
                  >
                    <thead>
                      <tr>
                        <th scope="col">{cols.title}</th>
                        <th scope="col">{cols.employer}</th>
                        <th scope="col">{cols.street}</th>
                        <th scope="col">{cols.workType}</th>
                        <th scope="col">{cols.wage}</th>
                        <th scope="col">{cols.expires}</th>
                        <th scope="col">{cols.status}</th>
                        <th scope="col">{t.common.actions}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={d().items as VacancyRow[]}>
                        {(r) => (
                          <tr>
                            <td>{r.title}</td>
                            <td>{r.employer}</td>
                            <td>{r.street ?? ''}</td>
                            <td>{r.workType ? (workTypes[r.workType] ?? r.workType) : ''}</td>
                            <td>{zh.jobs.wageRange(r.wageMin ?? null, r.wageMax ?? null)}</td>
                            <td>{r.expiresOn ?? ''}</td>
                            <td>{stateOf(r)}</td>
                            <td>{action(r)}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </Show>
                </table>
              </div>
              <Pager page={d().page} pages={Math.max(1, Math.ceil(d().total / d().pageSize))} onPage={(p) => setSp({ page: String(p) })} />
            </Show>
          </>
        )}
      </Show>
    </>
  );
}

function Pager(props: { page: number; pages: number; onPage: (p: number) => void }) {
  return (
    <nav class="row pager" aria-label={t.common.page(props.page, props.pages)}>
      <button type="button" class="ghost" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
        {t.common.previous}
      </button>
      <span class="small">{t.common.page(props.page, props.pages)}</span>
      <button type="button" class="ghost" disabled={props.page >= props.pages} onClick={() => props.onPage(props.page + 1)}>
        {t.common.next}
      </button>
    </nav>
  );
}

function Events(props: { onCite: (id: string) => void }) {
  const canManage = useCanManage();
  const [sp, setSp] = useSearchParams<{ year?: string }>();
  const year = () => Number(sp.year) || new Date().getFullYear();
  const data = createAsync(() => eventList(year()));
  const cols = c.columns;
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
            <Show when={d().events.length} fallback={<p class="muted">{c.empty}</p>}>
              <div class="table-wrap">
                <table class="data">
                  <thead>
                    <tr>
                      <th scope="col">{cols.title}</th>
                      <th scope="col">{cols.date}</th>
                      <th scope="col">{cols.organiser}</th>
                      <th scope="col">{cols.place}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={d().events}>
                      {(ev) => (
                        <tr>
                          <td>
                            {ev.name} <Show when={ev.clauseId}>{(id) => <CitationChip clauseId={id()} onOpen={props.onCite} />}</Show>
                          </td>
                          <td>{ev.timeText ?? ''}</td>
                          <td>{(ev.departments ?? []).join('、')}</td>
                          <td>{ev.location ?? ''}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
