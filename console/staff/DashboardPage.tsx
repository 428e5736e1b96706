import { createResource, createSignal, For, onMount, Show } from 'solid-js';
import type { OutcomeTargets } from '../api/cases.ts';
import type { Metrics } from '../api/review.ts';
import { Chart, type ChartOption } from '../components/Chart.tsx';
import { Available } from '../components/Unavailable.tsx';
import { t } from '../i18n.ts';
import { loadMetrics, loadTargets } from './dashboard.data.ts';

const d = t.staff.dashboard;
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${Math.round(x * 1000) / 10}%`);

/** Conversations, handoffs, grounding, ratings, service standard; outcomes against the plan's targets. */
export default function DashboardPage() {
  const [year, setYear] = createSignal(new Date().getFullYear());
  const [metrics] = createResource(loadMetrics);
  const [targets] = createResource(year, loadTargets);
  onMount(() => (document.title = `${d.title} · ${t.appName}`));

  return (
    <div class="dashboard-page">
      <div class="page-head">
        <h1>{d.title}</h1>
        <label>
          {t.staff.catalog.year}{' '}
          <select value={String(year())} onChange={(e) => setYear(Number(e.currentTarget.value))}>
            <For each={[year() - 1, year(), year() + 1].filter((y) => y >= 2022)}>{(y) => <option value={y}>{y}</option>}</For>
          </select>
        </label>
      </div>

      <section aria-labelledby="dash-metrics">
        <h2 id="dash-metrics">{d.conversations}</h2>
        <Available result={metrics()}>{(m) => <MetricTiles metrics={m} />}</Available>
      </section>

      <section aria-labelledby="dash-targets">
        <h2 id="dash-targets">{d.targets}</h2>
        <Available result={targets()}>{(tg) => <Targets data={tg} />}</Available>
      </section>
    </div>
  );
}

function MetricTiles(props: { metrics: Metrics }) {
  const m = () => props.metrics;
  const tiles = () => [
    { label: d.conversations, value: m().conversations ?? '—' },
    { label: d.handoffs, value: m().handoffs ?? '—' },
    { label: d.grounding, value: pct(m().groundingRate) },
    { label: d.ratings, value: m().averageRating === null || m().averageRating === undefined ? '—' : m().averageRating!.toFixed(2) },
    { label: d.compliance, value: pct(m().serviceStandardCompliance) },
  ];
  const byDay = (): ChartOption => ({
    tooltip: { trigger: 'axis' },
    legend: { data: [d.conversations, d.handoffs] },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: (m().byDay ?? []).map((x) => x.day) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: d.conversations, type: 'line', data: (m().byDay ?? []).map((x) => x.conversations) },
      { name: d.handoffs, type: 'bar', data: (m().byDay ?? []).map((x) => x.handoffs) },
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
            </li>
          )}
        </For>
      </ul>
      <Show when={m().byDay?.length}>
        <Chart option={byDay()} label={d.byDay} />
      </Show>
    </>
  );
}

function Targets(props: { data: OutcomeTargets }) {
  const outcomes = () => Object.entries(props.data.outcomes.cases);
  const outcomeChart = (): ChartOption => ({
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: outcomes().map(([k]) => props.data.outcomes.labels[k] ?? k) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: outcomes().map(([, n]) => n), itemStyle: { color: '#0b5cad' } }],
  });
  const fmt = (code: string, v: number | null) => (v === null ? '—' : code.endsWith('_rate') ? pct(v) : String(v));
  return (
    <>
      <div class="table-wrap">
        <table class="data targets">
          <thead>
            <tr>
              <th scope="col">{d.targets}</th>
              <th scope="col">{d.goal}</th>
              <th scope="col">{d.actual}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.data.targets}>
              {(row) => {
                const met = () =>
                  row.actual !== null &&
                  (row.code === 'zero_employment_families' ? row.actual <= row.target : row.actual >= row.target);
                return (
                  <tr>
                    <th scope="row">{row.name}</th>
                    <td>{fmt(row.code, row.target)}</td>
                    <td>
                      <span class={`status ${met() ? 'status-eligible' : 'status-unknown'}`}>{fmt(row.code, row.actual)}</span>
                    </td>
                  </tr>
                );
              }}
            </For>
          </tbody>
        </table>
      </div>
      <h3>{t.staff.conversation.outcome}</h3>
      <Chart option={outcomeChart()} label={t.staff.conversation.outcome} />
    </>
  );
}
