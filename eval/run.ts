/**
 * `npm run eval`: the answer-quality evaluation. Every item of eval/questions.json goes through the
 * real chat API (one fresh session per item) on an in-memory PGlite database with the policy
 * corpus ingested, answered by the configured model (the offline one unless LLM_BASE_URL etc. are
 * set; see server/config.ts). Reports citation accuracy, figure accuracy against the rules engine,
 * handoff precision/recall and the refusal rate on out-of-scope questions; writes
 * eval/results/latest.json; exits 1 when citation or figure accuracy is below 0.9.
 *
 *   npm run eval                       all items
 *   npm run eval -- --only elig-03     one item (repeatable), or a prefix: --only elig
 *   npm run eval -- --verbose          print every answer
 *   npm run eval -- --file other.json  another set in the same format
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bootEvalApp, pinClock } from './boot.ts';
import {
  type Answer,
  checkFigures,
  citesExpected,
  EvalSetSchema,
  type EvalItem,
  type FigureCheck,
  precisionRecall,
  type Ratio,
  ratio,
  refused,
  turnsOf,
} from './metrics.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const THRESHOLD = 0.9;
/** The day the labels were written for: relative dates (今年毕业, 开了2年) are read on it. */
const DEFAULT_AS_OF = '2026-11-30';

const { values: args } = parseArgs({
  options: { only: { type: 'string', multiple: true }, verbose: { type: 'boolean', default: false }, file: { type: 'string' } },
});


interface ItemResult {
  id: string;
  category: EvalItem['category'];
  turns: string[];
  answer: Answer;
  ms: number;
  checks: {
    citation?: { ok: boolean; expected: string[]; cited: string[] };
    figures?: FigureCheck;
    handoff: { ok: boolean; expected: boolean; actual: boolean };
    refusal?: { ok: boolean };
    falseRefusal?: boolean;
  };
}

async function main() {
  const set = EvalSetSchema.parse(JSON.parse(readFileSync(args.file ?? `${HERE}questions.json`, 'utf8')));
  const items = args.only?.length ? set.items.filter((i) => args.only!.some((o) => i.id === o || i.id.startsWith(o))) : set.items;
  const asOf = process.env.EVAL_AS_OF ?? DEFAULT_AS_OF;
  pinClock(asOf);

  const { app, database, models, close } = await bootEvalApp();
  console.log(`\n  Answer-quality evaluation: ${items.length} items, model ${models.name}, as of ${asOf}, ${database.describe}\n`);

  const results: ItemResult[] = [];
  try {
    for (const item of items) results.push(await runItem(app, item));
  } finally {
    await close();
  }

  const report = summarise(results);
  printReport(report, results);
  mkdirSync(`${HERE}results`, { recursive: true });
  writeFileSync(
    `${HERE}results/latest.json`,
    `${JSON.stringify({ ranAt: new Date().toISOString(), asOf, model: models.name, items: items.length, metrics: report, results }, null, 2)}\n`,
  );
  console.log(`\n  Written: eval/results/latest.json`);
  const failed = [report.citationAccuracy, report.figureAccuracy].some((r) => r.value !== null && r.value < THRESHOLD);
  process.exitCode = failed ? 1 : 0;
}

type App = Awaited<ReturnType<typeof bootEvalApp>>['app'];

async function runItem(app: App, item: EvalItem): Promise<ItemResult> {
  const started = performance.now();
  const created = await app.request('/api/chat/sessions', { method: 'POST' });
  if (created.status !== 201) throw new Error(`${item.id}: session not created (${created.status})`);
  const { sessionId, token } = (await created.json()) as { sessionId: string; token: string };
  let last: any;
  let handedOff = false;
  for (const text of turnsOf(item)) {
    const res = await app.request(`/api/chat/sessions/${sessionId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ text }),
    });
    last = await res.json();
    if (res.status !== 200) throw new Error(`${item.id}: ${res.status} ${JSON.stringify(last)}`);
    if (last.handoff) handedOff = true;
  }
  const answer: Answer = {
    text: String(last.text ?? ''),
    citations: (last.citations ?? []).map((c: { clauseId: string }) => c.clauseId),
    status: String(last.status ?? 'answered'),
    handedOff,
    toolNames: (last.toolCalls ?? []).map((c: { name: string }) => c.name),
  };
  const checks: ItemResult['checks'] = { handoff: { ok: handedOff === item.expectHandoff, expected: item.expectHandoff, actual: handedOff } };
  if (item.expectCitations) checks.citation = { ok: citesExpected(item.expectCitations, answer), expected: item.expectCitations, cited: answer.citations };
  if (item.facts) checks.figures = checkFigures(item.facts, answer);
  if (item.outOfScope) checks.refusal = { ok: refused(answer) };
  else checks.falseRefusal = refused(answer);
  return { id: item.id, category: item.category, turns: turnsOf(item), answer, ms: Math.round(performance.now() - started), checks };
}

interface Report {
  citationAccuracy: Ratio;
  figureAccuracy: Ratio;
  handoffPrecision: Ratio;
  handoffRecall: Ratio;
  refusalRate: Ratio;
  falseRefusals: Ratio;
  byCategory: Record<string, { items: number; allChecksPassed: number }>;
}

function summarise(results: ItemResult[]): Report {
  const withCitation = results.filter((r) => r.checks.citation);
  const withFigures = results.filter((r) => r.checks.figures);
  const outOfScope = results.filter((r) => r.checks.refusal);
  const inScope = results.filter((r) => r.checks.falseRefusal !== undefined);
  const { precision, recall } = precisionRecall(results.map((r) => ({ expected: r.checks.handoff.expected, actual: r.checks.handoff.actual })));
  const byCategory: Report['byCategory'] = {};
  for (const r of results) {
    const c = (byCategory[r.category] ??= { items: 0, allChecksPassed: 0 });
    c.items++;
    if (failuresOf(r).length === 0) c.allChecksPassed++;
  }
  return {
    citationAccuracy: ratio(withCitation.filter((r) => r.checks.citation!.ok).length, withCitation.length),
    figureAccuracy: ratio(withFigures.filter((r) => r.checks.figures!.ok).length, withFigures.length),
    handoffPrecision: precision,
    handoffRecall: recall,
    refusalRate: ratio(outOfScope.filter((r) => r.checks.refusal!.ok).length, outOfScope.length),
    falseRefusals: ratio(inScope.filter((r) => r.checks.falseRefusal).length, inScope.length),
    byCategory,
  };
}

function failuresOf(r: ItemResult): string[] {
  const f: string[] = [];
  const c = r.checks;
  if (c.citation && !c.citation.ok) f.push(`citation: expected one of ${c.citation.expected.join(', ')}; cited ${c.citation.cited.join(', ') || 'nothing'}`);
  if (c.figures && !c.figures.ok) {
    f.push(
      c.figures.figures.length === 0
        ? 'figures: the answer states no money figure'
        : `figures: ${c.figures.stray.join(', ')} not among the engine's amounts [${c.figures.allowed.join(', ')}] for ${c.figures.mentionedBenefits.join(', ') || 'no mentioned benefit'}`,
    );
  }
  if (!c.handoff.ok) f.push(c.handoff.expected ? 'handoff: expected a handoff, none happened' : 'handoff: handed off without need');
  if (c.refusal && !c.refusal.ok) f.push('out of scope: not refused');
  if (c.falseRefusal) f.push('refused an in-scope question');
  return f;
}

const pct = (r: Ratio) => (r.value === null ? '   n/a' : `${(r.value * 100).toFixed(1).padStart(5)}%`);

function printReport(report: Report, results: ItemResult[]) {
  const rows: [string, Ratio, string][] = [
    ['citation accuracy', report.citationAccuracy, `≥ ${THRESHOLD * 100}%`],
    ['figure accuracy', report.figureAccuracy, `≥ ${THRESHOLD * 100}%`],
    ['handoff precision', report.handoffPrecision, ''],
    ['handoff recall', report.handoffRecall, ''],
    ['refusal rate (out of scope)', report.refusalRate, ''],
    ['false refusals (in scope)', report.falseRefusals, ''],
  ];
  console.log('  metric                        value    passed/total  target');
  console.log('  ────────────────────────────  ──────  ────────────  ──────');
  for (const [name, r, target] of rows) {
    console.log(`  ${name.padEnd(28)}  ${pct(r)}  ${`${r.passed}/${r.total}`.padStart(12)}  ${target}`);
  }
  console.log('\n  category       items  all checks passed');
  for (const [name, c] of Object.entries(report.byCategory)) console.log(`  ${name.padEnd(13)}  ${String(c.items).padStart(5)}  ${String(c.allChecksPassed).padStart(17)}`);

  const failing = results.filter((r) => failuresOf(r).length > 0);
  console.log(`\n  Failures (${failing.length}):`);
  for (const r of failing) {
    console.log(`\n  ✗ ${r.id} [${r.category}] ${r.turns.join(' ⏎ ')}`);
    for (const f of failuresOf(r)) console.log(`      ${f}`);
    console.log(`      status ${r.answer.status}; tools ${r.answer.toolNames.join(', ') || 'none'}`);
    console.log(`      answer: ${r.answer.text.replace(/\s+/g, ' ').slice(0, 400)}`);
  }
  if (args.verbose) {
    for (const r of results) console.log(`\n  · ${r.id} (${r.ms} ms) ${r.turns.join(' ⏎ ')}\n${r.answer.text.replace(/^/gm, '      ')}\n      cited: ${r.answer.citations.join(', ')}`);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(2);
});
