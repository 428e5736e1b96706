import { createResource, createSignal, For, onMount, Show } from 'solid-js';
import type { OutcomeTargets } from '../api/cases.ts';
import { ApiError } from '../api/client.ts';
import { DASHBOARD_PERIODS, type Metrics } from '../api/review.ts';
import { Chart, type ChartOption } from '../components/Chart.tsx';
import { CitationChip } from '../components/MessageText.tsx';
import { ClauseDialog } from '../components/ClauseDialog.tsx';
import { Available } from '../components/Unavailable.tsx';
import { FieldError } from '../components/FormStatus.tsx';
import '../styles/review.css';
import { t, zh } from '../i18n.ts';
import { todayInChina } from '../lib/format.ts';
import { loadMetrics, type PeriodChoice } from './dashboard.data.ts';

const d = t.staff.dashboard;
const w = zh.review.workspace;
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${Math.round(x * 1000) / 10}%`);

/**
 * Conversations, handoffs, grounding, ratings, service standard; outcomes against the plan's targets.
 * The period (近7天 … 本年, or custom dates) is the chart's range: the daily series covers exactly it.
 */
export default function DashboardPage() {
  const [choice, setChoice] = createSignal<PeriodChoice>({ period: 'year' });
  const [error, setError] = createSignal<{ field?: string; message: string }>();
  const [metrics] = createResource(choice, (q) =>
    loadMetrics(q).catch((e: Error) => {
      setError({ field: e instanceof ApiError ? e.field : undefined, message: e.message });
      return undefined;
    }),
  );
  const [clause, setClause] = createSignal<string>();
  const [custom, setCustom] = createSignal(false);
  let from!: HTMLInputElement;
  let to!: HTMLInputElement;
  onMount(() => (document.title = `${d.title} · ${t.appName}`));
  const pick = (q: PeriodChoice) => {
    setError(undefined);
    setChoice(q);
  };

  return (
    <div class="dashboard-page">
      <div class="page-head">
        <h1>{d.title}</h1>
        <div class="period-control">
          <fieldset>
            <legend class="visually-hidden">{w.periodLabel}</legend>
            <For each={DASHBOARD_PERIODS}>
              {(p) => (
                <button
                  type="button"
                  class="secondary small-button"
                  classList={{ chosen: !custom() && choice().period === p }}
                  aria-pressed={!custom() && choice().period === p}
                  onClick={() => {
                    setCustom(false);
                    pick({ period: p });
                  }}
                >
                  {w.periods[p]}
                </button>
              )}
            </For>
            <button type="button" class="secondary small-button" classList={{ chosen: custom() }} aria-pressed={custom()} onClick={() => setCustom(true)}>
              {w.periods.custom}
            </button>
          </fieldset>
          <Show when={custom()}>
            <form
              class="period-control"
              onSubmit={(e) => {
                e.preventDefault();
                pick({ period: 'custom', from: from.value, to: to.value });
              }}
            >
              <label>
                {t.staff.audit.from}
                <input ref={from} type="date" name="from" value={choice().period === 'custom' ? (choice() as { from: string }).from : ''} aria-describedby="period-from-error" />
                <FieldError id="period-from-error" error={error()?.field === 'from' ? error()!.message : undefined} />
              </label>
              <label>
                {t.staff.audit.to}
                <input ref={to} type="date" name="to" value={todayInChina()} aria-describedby="period-to-error" />
                <FieldError id="period-to-error" error={error()?.field === 'to' ? error()!.message : undefined} />
              </label>
              <button type="submit" class="primary small-button">
                {w.apply}
              </button>
            </form>
          </Show>
        </div>
      </div>
      <Show when={error() && !['from', 'to'].includes(error()!.field ?? '')}>
        <p role="alert">{error()!.message}</p>
      </Show>
      <Show when={metrics()}>
        {(result) => (
          <Available result={result()}>
            {(m) => (
              <>
                <p class="small muted" data-testid="dashboard-period">
                  {d.period(m.period.from, m.period.to)}
                </p>
                <MetricTiles metrics={m} />
                <section aria-labelledby="dash-targets">
                  <h2 id="dash-targets">{d.targets}</h2>
                  <Targets data={m.outcomes} onCite={setClause} />
                </section>
              </>
            )}
          </Available>
        )}
      </Show>
      <ClauseDialog clauseId={clause()} onClose={() => setClause(undefined)} />
    </div>
  );
}

function MetricTiles(props: { metrics: Metrics }) {
  const m = () => props.metrics;
  const tiles = () => [
    { label: d.conversations, value: String(m().conversations.total), sub: d.answers(m().conversations.answers) },
    { label: d.handoffs, value: String(m().handoffs.total), sub: d.handoffRate(pct(m().handoffs.rate), m().handoffs.open) },
    {
      label: w.groundingAuto,
      value: pct(m().grounding.rate),
      sub: `${d.firstPass(pct(m().grounding.firstPassRate))}；${w.groundingAutoSub(m().grounding.checked, m().grounding.cutQuotes ?? 0, m().grounding.unsupportedClaims ?? 0)}`,
    },
    { label: w.judged, value: pct(m().grounding.judged?.rate), sub: w.judgedSub(m().grounding.judged?.answers ?? 0, m().grounding.judged?.passedButNot ?? 0) },
    { label: d.ratings, value: pct(m().ratings.upShare), sub: d.thumbs(m().ratings.up, m().ratings.down) },
    { label: d.reviewScore, value: m().reviews.overall === null ? '—' : m().reviews.overall!.toFixed(2), sub: d.reviews(m().reviews.total) },
    { label: d.compliance, value: pct(m().serviceStandard.rate), sub: d.complianceOf(m().serviceStandard.complete, m().serviceStandard.seekers) },
  ];
  // the whole period, day by day: the chart's range is the period's
  const days = () => m().daily;
  const byDay = (): ChartOption => ({
    tooltip: { trigger: 'axis' },
    legend: { top: 4, data: [d.conversations, d.handoffs, d.groundedAnswers] },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: days().map((x) => x.day.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: d.conversations, type: 'line', showSymbol: false, data: days().map((x) => x.conversations), color: '#0b5cad' },
      { name: d.groundedAnswers, type: 'line', showSymbol: false, data: days().map((x) => x.grounded), color: '#1a6b34' },
      { name: d.handoffs, type: 'bar', data: days().map((x) => x.handoffs), color: '#c77700' },
    ],
  });
  return (
    <>
      <ul class="tiles">
        <For each={tiles()}>
          {(tile) => (
            <li class="tile">
              <span class="tile-value">{tile.value}</span>
              <span class="tile-label">{tile.label}</span>
              <span class="small muted">{tile.sub}</span>
            </li>
          )}
        </For>
      </ul>
      <h2>{d.byDay}</h2>
      <Chart option={byDay()} label={d.byDay} />
      <Show when={days().length}>
        <p class="small muted" data-testid="chart-range" data-first={days()[0]!.day} data-last={days().at(-1)!.day}>
          {w.chartRange(days()[0]!.day, days().at(-1)!.day, days().length)}
        </p>
      </Show>
    </>
  );
}

function Targets(props: { data: OutcomeTargets; onCite: (id: string) => void }) {
  const outcomes = () => Object.entries(props.data.outcomes.cases);
  const outcomeChart = (): ChartOption => ({
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: outcomes().map(([k]) => props.data.outcomes.labels[k] ?? k) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: outcomes().map(([, n]) => n), itemStyle: { color: '#0b5cad' } }],
  });
  const isRate = (code: string) => code.endsWith('_rate');
  const fmt = (code: string, v: number | null) => (v === null ? '—' : isRate(code) ? pct(v) : String(v));
  const progress = (row: OutcomeTargets['targets'][number]): ChartOption => ({
    grid: { left: 8, right: 8, top: 4, bottom: 4 },
    xAxis: { type: 'value', show: false, max: Math.max(row.target, row.actual ?? 0) || 1 },
    yAxis: { type: 'category', show: false, data: [''] },
    series: [
      { type: 'bar', data: [row.target], barGap: '-100%', itemStyle: { color: '#e3e8ee' }, silent: true },
      { type: 'bar', data: [row.actual ?? 0], itemStyle: { color: met(row) ? '#1a6b34' : '#c77700' } },
    ],
  });
  const met = (row: OutcomeTargets['targets'][number]) =>
    row.actual !== null && (row.code === 'zero_employment_families' ? row.actual <= row.target : row.actual >= row.target);
  return (
    <>
      <div class="table-wrap">
        <table class="data targets">
          <thead>
            <tr>
              <th scope="col">{d.targets}</th>
              <th scope="col">{d.goal}</th>
              <th scope="col">{d.actual}</th>
              <th scope="col">{d.progress}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.data.targets}>
              {(row) => (
                <tr>
                  <th scope="row">
                    {row.name} <Show when={row.clauseId}>{(id) => <CitationChip clauseId={id()} onOpen={props.onCite} />}</Show>
                  </th>
                  <td>{row.code === 'zero_employment_families' ? d.zero : `≥ ${fmt(row.code, row.target)}`}</td>
                  <td>
                    <span class={`status ${met(row) ? 'status-eligible' : 'status-unknown'}`}>{fmt(row.code, row.actual)}</span>
                  </td>
                  <td class="progress-cell">
                    <Show when={row.code !== 'zero_employment_families'}>
                      <Chart option={progress(row)} label={`${row.name}：${fmt(row.code, row.actual)} / ${fmt(row.code, row.target)}`} height={28} />
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <h3>{d.outcomes}</h3>
      <Chart option={outcomeChart()} label={d.outcomes} />
    </>
  );
}
