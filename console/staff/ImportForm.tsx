import { createSignal, For, Show } from 'solid-js';
import { type CatalogKind, importFile, type ImportReport } from '../api/staff.ts';
import { ErrorText } from '../components/FormStatus.tsx';
import { t, zh } from '../i18n.ts';

const c = t.staff.catalog;
/** The Chinese column names the importer reads (server/i18n/zh-CN/jobs.ts `columns`), per kind. */
const COLUMNS = { vacancies: zh.jobs.columns.vacancy, courses: zh.jobs.columns.course, events: zh.jobs.columns.event } as Record<CatalogKind, Record<string, string>>;
/** A CSV with just the header row, with a BOM so spreadsheet programs read the Chinese. */
const templateHref = (kind: CatalogKind) => `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${Object.values(COLUMNS[kind]).join(',')}\n`)}`;

/** Upload a feed file; shows the import report with each bad row's line, field and reason. */
export function ImportForm(props: { kind: CatalogKind; onImported: () => void }) {
  const [source, setSource] = createSignal('');
  const [file, setFile] = createSignal<File>();
  const [snapshot, setSnapshot] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [report, setReport] = createSignal<ImportReport>();
  const [error, setError] = createSignal<string>();
  const id = (s: string) => `${props.kind}-${s}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    const f = file();
    if (!f) return;
    setBusy(true);
    setError(undefined);
    setReport(undefined);
    try {
      setReport(await importFile(props.kind, f, { source: source().trim(), withdrawMissing: snapshot() }));
      props.onImported();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel import" aria-labelledby={id('import-h')}>
      <h2 id={id('import-h')}>{c.import}</h2>
      <p class="small muted">
        {c.importHelp}{' '}
        <a href={templateHref(props.kind)} download={zh.forms.catalog.templateFile(c.tabs[props.kind])}>
          {zh.forms.catalog.template}
        </a>{' '}
        {zh.forms.catalog.templateHelp}
      </p>
      <form class="row wrap" onSubmit={submit}>
        <div class="field">
          <label for={id('source')}>{c.source}</label>
          <input id={id('source')} required pattern="[A-Za-z0-9][A-Za-z0-9_.:\-]{0,63}" aria-describedby={id('source-help')} value={source()} onInput={(e) => setSource(e.currentTarget.value)} />
          <span id={id('source-help')} class="small muted">
            {c.sourceHelp}
          </span>
        </div>
        <div class="field">
          <label for={id('file')}>{c.file}</label>
          <input id={id('file')} type="file" required accept=".csv,.json,text/csv,application/json" onChange={(e) => setFile(e.currentTarget.files?.[0])} />
        </div>
        <Show when={props.kind !== 'events'}>
          <label class="checkbox">
            <input type="checkbox" checked={snapshot()} onChange={(e) => setSnapshot(e.currentTarget.checked)} />
            {c.withdrawMissing}
          </label>
        </Show>
        <button type="submit" class="primary" disabled={busy() || !file()}>
          {busy() ? c.importing : c.import}
        </button>
      </form>
      <ErrorText error={error()} />
      <Show when={report()}>
        {(r) => (
          <div role="status" class="import-report">
            <p class={r().errors.length ? '' : 'ok'}>{c.report(r())}</p>
            <Show when={r().ignoredColumns?.length}>
              <p class="small muted">{c.ignored(r().ignoredColumns!.join('、'))}</p>
            </Show>
            <Show when={r().errors.length}>
              <table class="data errors">
                <caption>{c.rowErrors}</caption>
                <thead>
                  <tr>
                    <th scope="col">{c.line}</th>
                    <th scope="col">{c.field}</th>
                    <th scope="col">{c.message}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={r().errors}>
                    {(e) => (
                      <tr>
                        <td>{e.line}</td>
                        <td>{COLUMNS[props.kind][e.field] ?? (e.field.startsWith('(') ? '' : e.field)}</td>
                        <td>{e.message}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          </div>
        )}
      </Show>
    </section>
  );
}
