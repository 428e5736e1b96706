/**
 * `npm run eval:dialogue`: the conversation evaluation. Every case of the YAML files under
 * eval/dialogue/cases/ (or eval/dialogue/holdout/) is a short conversation run through the real chat
 * API, in-process, on an in-memory PGlite database with the policy corpus and the demo vacancies and
 * courses loaded, answered by the configured model (the offline one unless LLM_* is set). Each case
 * gets a fresh session (a staff member's for `who: staff`); every turn's answer is scored with
 * eval/dialogue/checks.ts. A case passes when every check of every turn passes.
 *
 *   npm run eval:dialogue                          the main set
 *   npm run eval:dialogue -- --set holdout         the held-out set
 *   npm run eval:dialogue -- --only grad-what      a case id or id prefix (repeatable)
 *   npm run eval:dialogue -- --verbose             print every answer
 *   npm run eval:dialogue -- --threshold 0.9       pass rate the main set must reach (default 0.95)
 *
 * Writes eval/results/dialogue-latest.json. Exit 1 when the main set is below the threshold, 2 on a crash.
 * The clock is pinned to 2026-12-07 12:00 China time (EVAL_AS_OF=YYYY-MM-DD overrides).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
// The app is imported inside main(), so a broken server module ends the run with exit code 2.
import type { createApp } from '../../server/app.ts';
import type { Database } from '../../server/db/client.ts';
import { type CheckResult, scoreTurn, type TurnAnswer } from './checks.ts';
import { CaseFileSchema, flattenCaseFiles, type LoadedCase } from './schema.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const RESULTS = fileURLToPath(new URL('../results/', import.meta.url));
/** The day the cases were written for: 今年 = 2026, 去年6月 = June 2025. */
const DEFAULT_AS_OF = '2026-12-07';
const DEFAULT_THRESHOLD = 0.95;
const SETS = { main: 'cases', holdout: 'holdout', holdout2: 'holdout2' } as const;

const { values: args } = parseArgs({
  options: {
    set: { type: 'string', default: 'main' },
    only: { type: 'string', multiple: true },
    verbose: { type: 'boolean', default: false },
    threshold: { type: 'string' },
  },
});

/** Reads and validates every .yml/.yaml file of a set's directory. */
function loadCases(dir: string) {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    throw new Error(`no case directory ${dir}`);
  }
  const files = names.map((name) => {
    const parsed = CaseFileSchema.safeParse(parse(readFileSync(`${dir}/${name}`, 'utf8')));
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `    ${i.path.join('.')}: ${i.message}`).join('\n');
      throw new Error(`${name}: not a valid case file\n${issues}`);
    }
    return { file: name, data: parsed.data };
  });
  return flattenCaseFiles(files);
}

interface TurnResult {
  say: string;
  ms: number;
  answer: TurnAnswer | null;
  checks: CheckResult[];
}

interface CaseResult {
  id: string;
  family: string;
  who: string;
  source: string;
  file: string;
  passed: boolean;
  /** A failure that stopped the case before its checks could run (HTTP error, missing route). */
  error?: string;
  turns: TurnResult[];
}

type App = ReturnType<typeof createApp>;

const STAFF_PASSWORD = 'Eval-dialogue-password-1!';
const ORIGIN = 'http://localhost';

/** Signs a staff member in through the login route once per run; returns the cookie header. */
function staffSignIn(app: App, database: Database, createStaffUser: typeof import('../../server/auth/accounts.ts').createStaffUser) {
  let cookie: Promise<string> | undefined;
  return () =>
    (cookie ??= (async () => {
      const username = `eval-dialogue-${Date.now().toString(36)}`;
      await createStaffUser(database, { username, displayName: '对话评测', role: 'staff', password: STAFF_PASSWORD });
      const res = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ORIGIN },
        body: JSON.stringify({ username, password: STAFF_PASSWORD }),
      });
      if (res.status !== 200) throw new Error(`staff login answered ${res.status}: ${await res.text()}`);
      const setCookie = res.headers.get('set-cookie') ?? '';
      const m = /(?:^|,\s*)(yb_staff=[^;]+)/.exec(setCookie);
      if (!m) throw new Error(`staff login set no yb_staff cookie (set-cookie: ${setCookie || 'none'})`);
      return m[1]!;
    })());
}

class CaseError extends Error {}

async function openSession(app: App, c: LoadedCase, staffCookie: () => Promise<string>): Promise<{ sessionId: string; token: string }> {
  let res: Response;
  if (c.who === 'staff') {
    const cookie = await staffCookie();
    res = await app.request('/api/staff/ask/sessions', { method: 'POST', headers: { cookie, origin: ORIGIN, 'content-type': 'application/json' }, body: '{}' });
    if (res.status === 404) throw new CaseError('POST /api/staff/ask/sessions answered 404: the staff ask route does not exist yet');
  } else {
    res = await app.request('/api/chat/sessions', { method: 'POST' });
  }
  if (res.status !== 200 && res.status !== 201) throw new CaseError(`session not created: ${res.status} ${(await res.text()).slice(0, 300)}`);
  const body = (await res.json()) as { sessionId?: string; token?: string };
  if (!body.sessionId || !body.token) throw new CaseError(`session answer without sessionId/token: ${JSON.stringify(body).slice(0, 300)}`);
  return { sessionId: body.sessionId, token: body.token };
}

function toAnswer(body: any): TurnAnswer {
  return {
    text: String(body?.text ?? ''),
    citations: Array.isArray(body?.citations) ? body.citations : [],
    toolCalls: Array.isArray(body?.toolCalls) ? body.toolCalls : [],
    handoff: body?.handoff ?? null,
    status: body?.status === undefined ? undefined : String(body.status),
  };
}

async function runCase(app: App, c: LoadedCase, staffCookie: () => Promise<string>): Promise<CaseResult> {
  const base = { id: c.id, family: c.family, who: c.who, source: c.source, file: c.file };
  const turns: TurnResult[] = [];
  try {
    const { sessionId, token } = await openSession(app, c, staffCookie);
    let previous: TurnAnswer | undefined;
    for (const turn of c.turns) {
      const started = performance.now();
      const res = await app.request(`/api/chat/sessions/${sessionId}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ text: turn.say }),
      });
      const ms = Math.round(performance.now() - started);
      const raw = await res.text();
      if (res.status !== 200) {
        turns.push({ say: turn.say, ms, answer: null, checks: [{ name: 'http', ok: false, detail: `${res.status} ${raw.slice(0, 300)}` }] });
        return { ...base, passed: false, error: `turn ${turns.length} answered ${res.status}`, turns };
      }
      const answer = toAnswer(JSON.parse(raw));
      turns.push({ say: turn.say, ms, answer, checks: scoreTurn(answer, turn.expect, previous) });
      previous = answer;
    }
  } catch (e) {
    if (!(e instanceof CaseError)) throw e;
    return { ...base, passed: false, error: e.message, turns };
  }
  return { ...base, passed: turns.every((t) => t.checks.every((k) => k.ok)), turns };
}

// ── report ───────────────────────────────────────────────────────────────────────────────────

interface Tally {
  cases: number;
  passed: number;
}
const rate = (t: Tally) => (t.cases ? t.passed / t.cases : 0);
const pct = (t: Tally) => `${(rate(t) * 100).toFixed(1).padStart(5)}%  ${`${t.passed}/${t.cases}`.padStart(8)}`;

function tallyBy(results: CaseResult[], key: (r: CaseResult) => string): Record<string, Tally> {
  const out: Record<string, Tally> = {};
  for (const r of results) {
    const t = (out[key(r)] ??= { cases: 0, passed: 0 });
    t.cases++;
    if (r.passed) t.passed++;
  }
  return out;
}

function summarise(results: CaseResult[]) {
  const overall: Tally = { cases: results.length, passed: results.filter((r) => r.passed).length };
  const failuresByCheck: Record<string, number> = {};
  for (const r of results) {
    if (r.error && r.turns.every((t) => t.checks.every((k) => k.ok))) failuresByCheck.error = (failuresByCheck.error ?? 0) + 1;
    for (const t of r.turns) for (const k of t.checks) if (!k.ok) failuresByCheck[k.name] = (failuresByCheck[k.name] ?? 0) + 1;
  }
  return { overall, byWho: tallyBy(results, (r) => r.who), byFamily: tallyBy(results, (r) => r.family), failuresByCheck };
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ⏎ ');

function printReport(report: ReturnType<typeof summarise>, results: CaseResult[], threshold: number, set: string) {
  console.log(`  overall (cases)   ${pct(report.overall)}   target ≥ ${(threshold * 100).toFixed(0)}%${set === 'main' ? '' : ' (not gated: holdout)'}`);
  console.log('\n  who            pass rate  passed/total');
  for (const [who, t] of Object.entries(report.byWho).sort()) console.log(`  ${who.padEnd(13)}  ${pct(t)}`);
  console.log('\n  family                                  pass rate  passed/total');
  for (const [fam, t] of Object.entries(report.byFamily)) console.log(`  ${fam.padEnd(38)}  ${pct(t)}`);
  console.log('\n  failures per check');
  const byCheck = Object.entries(report.failuresByCheck).sort((a, b) => b[1] - a[1]);
  if (byCheck.length === 0) console.log('  (none)');
  for (const [name, n] of byCheck) console.log(`  ${name.padEnd(20)}  ${String(n).padStart(5)}`);

  const failing = results.filter((r) => !r.passed);
  console.log(`\n  Failing cases (${failing.length}):`);
  for (const r of failing) {
    console.log(`\n  ✗ ${r.id}  [${r.who} · ${r.family} · ${r.source}]  ${r.file}`);
    if (r.error) console.log(`      error: ${r.error}`);
    r.turns.forEach((t, i) => {
      console.log(`    ${i + 1}. 问: ${t.say}`);
      for (const k of t.checks.filter((k) => !k.ok)) console.log(`       ✗ ${k.name}: ${k.detail ?? ''}`);
      if (t.answer) {
        const tools = t.answer.toolCalls.map((c) => c.name).join(', ') || 'none';
        const cited = t.answer.citations.map((c) => c.clauseId).join(', ') || 'none';
        console.log(`       status ${t.answer.status ?? '-'}; tools ${tools}; cited ${cited}; handoff ${t.answer.handoff ? 'yes' : 'no'}`);
        console.log(`       答: ${oneLine(t.answer.text)}`);
      }
    });
  }
  if (args.verbose) {
    console.log('\n  All answers:');
    for (const r of results) {
      console.log(`\n  ${r.passed ? '✓' : '✗'} ${r.id}`);
      r.turns.forEach((t, i) => {
        console.log(`    ${i + 1}. 问: ${t.say}  (${t.ms} ms)`);
        if (t.answer) console.log(`${t.answer.text.replace(/^/gm, '       ')}\n       cited: ${t.answer.citations.map((c) => c.clauseId).join(', ') || 'none'}`);
      });
    }
  }
}

async function main() {
  const set = args.set ?? 'main';
  if (!(set in SETS)) throw new Error(`--set must be main or holdout, not ${set}`);
  const threshold = args.threshold === undefined ? DEFAULT_THRESHOLD : Number(args.threshold);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) throw new Error(`--threshold must be a number in 0..1, not ${args.threshold}`);
  const { cases: all, warnings } = loadCases(`${HERE}${SETS[set as keyof typeof SETS]}`);
  const only = args.only ?? [];
  const cases = only.length ? all.filter((c) => only.some((o) => c.id === o || c.id.startsWith(o))) : all;
  if (cases.length === 0) throw new Error(`no case matches ${only.join(', ') || 'the set'}`);
  for (const w of warnings) console.warn(`  warning: ${w}`);

  const asOf = process.env.EVAL_AS_OF ?? DEFAULT_AS_OF;
  (await import('../boot.ts')).pinClock(asOf);
  // Loaded here, not imported at the top: a server file that fails to load ends the run with exit 2.
  const [{ bootEvalApp }, { createStaffUser }] = await Promise.all([import('../boot.ts'), import('../../server/auth/accounts.ts')]);
  const { app, database, models, close } = await bootEvalApp();
  const staffCookie = staffSignIn(app, database, createStaffUser);
  const turnCount = cases.reduce((n, c) => n + c.turns.length, 0);
  console.log(`\n  Conversation evaluation (${set}): ${cases.length} cases, ${turnCount} turns, model ${models.name}, as of ${asOf}, ${database.describe}\n`);

  const results: CaseResult[] = [];
  const started = performance.now();
  try {
    for (const c of cases) results.push(await runCase(app, c, staffCookie));
  } finally {
    await close();
  }

  const report = summarise(results);
  printReport(report, results, threshold, set);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(
    `${RESULTS}dialogue-latest.json`,
    `${JSON.stringify({ ranAt: new Date().toISOString(), asOf, set, model: models.name, threshold, seconds: Math.round((performance.now() - started) / 1000), metrics: report, results }, null, 2)}\n`,
  );
  console.log(`\n  Written: eval/results/dialogue-latest.json`);
  process.exitCode = set === 'main' && rate(report.overall) < threshold ? 1 : 0;
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(2);
});
