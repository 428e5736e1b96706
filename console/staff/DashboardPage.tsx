import { createResource, createSignal, For, onMount, Show } from 'solid-js';
import type { OutcomeTargets } from '../api/cases.ts';
import type { Metrics } from '../api/review.ts';
import { Chart, type ChartOption } from '../components/Chart.tsx';
import { CitationChip } from '../components/MessageText.tsx';
import { ClauseDialog } from '../components/ClauseDialog.tsx';
import { Available } from '../components/Unavailable.tsx';
import { t } from '../i18n.ts';
import { todayInChina } from '../lib/format.ts';
import { loadMetrics } from './dashboard.data.ts';

const d = t.staff.dashboard;
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${Math.round(x * 1000) / 10}%`);

/** Conversations, handoffs, grounding, ratings, service standard; outcomes against the plan's targets. */
export default function DashboardPage() {
  const thisYear = Number(todayInChina().slice(0, 4));
  const [year, setYear] = createSignal(thisYear);
  const [metrics] = createResource(year, loadMetrics);
  const [clause, setClause] = createSignal<string>();
  onMount(() => (document.title = `${d.title} · ${t.appName}`));

  return (
    <div class="dashboard-page">
      <div class="page-head">
        <h1>{d.title}</h1>
        <label>
          {t.staff.catalog.year}{' '}
          <select value={String(year())} onChange={(e) => setYear(Number(e.currentTarget.value))}>
            <For each={[thisYear - 2, thisYear - 1, thisYear].filter((y) => y >= 2022)}>{(y) => <option value={y}>{y}</option>}</For>
          </select>
        </label>
      </div>
      <Available result={metrics()}>
        {(m) => (
          <>
            <p class="small muted">{d.period(m.period.from, m.period.to)}</p>
            <MetricTiles metrics={m} />
            <section aria-labelledby="dash-targets">
              <h2 id="dash-targets">{d.targets}</h2>
              <Targets data={m.outcomes} onCite={setClause} />
            </section>
          </>
        )}
      </Available>
      <ClauseDialog clauseId={clause()} onClose={() => setClause(undefined)} />
    </div>
  );
}

function MetricTiles(props: { metrics: Metrics }) {
  const m = () => props.metrics;
  const tiles = () => [
    { label: d.conversations, value: String(m().conversations.total), sub: d.answers(m().conversations.answers) },
    { label: d.handoffs, value: String(m().handoffs.total), sub: d.handoffRate(pct(m().handoffs.rate), m().handoffs.open) },
    { label: d.grounding, value: pct(m().grounding.rate), sub: d.firstPass(pct(m().grounding.firstPassRate)) },
    { label: d.ratings, value: pct(m().ratings.upShare), sub: d.thumbs(m().ratings.up, m().ratings.down) },
    { label: d.reviewScore, value: m().reviews.overall === null ? '—' : m().reviews.overall!.toFixed(2), sub: d.reviews(m().reviews.total) },
    { label: d.compliance, value: pct(m().serviceStandard.rate), sub: d.complianceOf(m().serviceStandard.complete, m().serviceStandard.seekers) },
  ];
  // A long range reads better by week; the chart keeps the last 90 days.
  const days = () => m().daily.slice(-90);
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
