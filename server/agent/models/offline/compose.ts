import { zh } from '../../../i18n/zh-CN/index.ts';
import type { BenefitResult } from '../../../rules/engine.ts';
import { fill, loadTemplates } from '../../prompts.ts';

/**
 * Composes the offline model's answer from tool results only, with the templates of
 * prompts/offline-answers.md. Every figure in the answer is copied from a tool result and every
 * citation is one a tool returned, so the answer is grounded by construction.
 */
export interface ToolOutcome {
  name: string;
  /** The call's arguments, when known (a policy search's query ranks its hits). */
  input?: any;
  output: any;
}

const MAX_QUESTIONS = 3;
const MAX_UNKNOWN_SHOWN = 6;

export function composeAnswer(outcomes: ToolOutcome[]): string {
  const { templates: T } = loadTemplates('offline-answers');
  const parts: string[] = [];
  const by = (name: string) => outcomes.filter((o) => o.name === name && o.output && !o.output.error);
  const eligibilityOutputs = by('check_eligibility').map((o) => o.output);

  for (const { output } of by('request_counsellor')) parts.push(output.reason === zh.agent.handoffReasons.dispute ? T['handoff.dispute']! : T['handoff']!);
  for (const { output } of by('check_eligibility')) parts.push(eligibility(output, T));
  for (const { output } of by('match_vacancies')) parts.push(jobs(output, T));
  for (const { output } of by('recommend_training')) parts.push(courses(output, T));
  for (const { output } of by('list_events')) parts.push(eventsList(output, T));
  // Beside an eligibility result, a policy quote is the clause a benefit rests on, and only when the
  // result does not already answer it with an amount computed for this seeker: the clause text
  // states the figures of every other group and form too.
  const resting = new Set(eligibilityOutputs.flatMap((o) => (o.benefits ?? []).flatMap((b: BenefitResult) => b.citations)));
  const answered = new Set(eligibilityOutputs.flatMap(computedClauses));
  const quotable = (id: string) => resting.size === 0 || (resting.has(id) && !answered.has(id));
  for (const { input, output } of by('search_policy')) {
    const found: { clauseId: string; title: string; text: string }[] = output.hits ?? [];
    const hits = rankByQuotedNames(found.filter((h) => quotable(h.clauseId)), String(input?.query ?? ''));
    parts.push(policy({ hits }, T, eligibilityOutputs.length > 0));
  }
  const saved = by('record_profile_facts').flatMap((o) => o.output.saved ?? []);
  if (parts.length === 0 && saved.length) parts.push(fill(T['facts.saved']!, { facts: saved.map((k: string) => zh.rules.factLabel(`person.${k}`, true)).join('、') }));
  return parts.filter(Boolean).join('\n\n') || T['fallback']!;
}

/** A card whose reasons are empty drops its reasons line rather than show a bare “理由：”. */
const withoutEmptyReasons = (text: string) => text.replace(/\n\s*(匹配)?理由：\s*$/u, '');

const cite = (ids: string[]) => ids.map((id) => `【${id}】`).join('');

function eligibility(out: { benefits: BenefitResult[]; missingFacts: string[]; person: Record<string, unknown> }, T: Record<string, string>) {
  const employerAsked = out.benefits.some((b) => b.audience === 'employer');
  const focused = out.benefits.length <= 3;
  if (!employerAsked && !focused && Object.keys(out.person ?? {}).length === 0) return T['eligibility.none_known']!;
  if (out.benefits.length === 0) return '';
  const eligible = out.benefits.filter((b) => b.status === 'eligible');
  const unknown = out.benefits.filter((b) => b.status === 'unknown');
  const ineligible = out.benefits.filter((b) => b.status === 'ineligible');
  const lines = [T['eligibility.intro']!];
  if (eligible.length) {
    lines.push(T['eligibility.eligible']!);
    for (const b of eligible) lines.push(`· ${b.name}${b.amount ? `：${b.amount.text}` : ''}${cite(b.citations)}\n  ${b.reasons[0] ?? ''}`);
  }
  if (unknown.length) {
    lines.push(T['eligibility.unknown']!);
    for (const b of unknown.slice(0, MAX_UNKNOWN_SHOWN)) {
      const need = b.missingFacts.length ? `需要了解：${[...new Set(b.missingFacts.map((f) => zh.rules.factLabel(f, true)))].slice(0, 3).join('、')}` : (b.reasons.at(-1) ?? '');
      lines.push(`· ${b.name}${b.amount ? `（${b.amount.text}）` : ''}：${need}${cite(b.citations)}`);
    }
    if (unknown.length > MAX_UNKNOWN_SHOWN) lines.push(`· 另有${unknown.length - MAX_UNKNOWN_SHOWN}项待确认`);
  }
  if (ineligible.length && ineligible.length <= 4) lines.push(fill(T['eligibility.ineligible']!, { names: ineligible.map((b) => b.name).join('、') }));
  else if (ineligible.length) lines.push(fill(T['eligibility.ineligible']!, { names: `${ineligible.slice(0, 3).map((b) => b.name).join('、')}等${ineligible.length}项` }));
  const questions = rankMissing(unknown).slice(0, MAX_QUESTIONS).map((f) => zh.rules.factLabel(f));
  if (questions.length) lines.push(fill(T['eligibility.ask']!, { questions: questions.join('；') }));
  return lines.join('\n');
}

/** The facts that would settle the most unknown benefits, first. */
function rankMissing(unknown: BenefitResult[]): string[] {
  const count = new Map<string, number>();
  for (const b of unknown) for (const f of new Set(b.missingFacts.map((p) => p.replace(/\.\d+\./, '.0.')))) count.set(f, (count.get(f) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([f]) => f);
}

function excerpt(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max)}……`;
}

/**
 * Clauses of a personalised result (facts known) whose benefits came back with an amount, i.e. the
 * figures the rules engine computed for this seeker or employer.
 */
function computedClauses(out: { benefits?: BenefitResult[]; person?: Record<string, unknown> }): string[] {
  const benefits = out.benefits ?? [];
  const personalised = Object.keys(out.person ?? {}).length > 0 || benefits.some((b) => b.audience === 'employer');
  if (!personalised) return [];
  return benefits.filter((b) => b.amount && b.status !== 'ineligible').flatMap((b) => b.citations);
}

/**
 * Names the seeker put in quotes (“创享渝北”, “五进”) are the names of programmes: clauses that
 * contain one come first; otherwise the search's order stands.
 */
export function rankByQuotedNames<T extends { title: string; text: string }>(hits: T[], query: string): T[] {
  const names = [...query.matchAll(/[“"「『]([^”"」』]{2,20})[”"」』]/g)].map((m) => m[1]!);
  if (!names.length) return hits;
  const named = (h: T) => names.some((n) => h.title.includes(n) || h.text.includes(n));
  return [...hits.filter(named), ...hits.filter((h) => !named(h))];
}

function policy(out: { hits: { clauseId: string; title: string; text: string }[] }, T: Record<string, string>, besideEligibility = false) {
  if (!out.hits?.length) return besideEligibility ? '' : T['policy.none']!;
  return [T['policy.intro']!, ...out.hits.slice(0, 2).map((h) => fill(T['policy.clause']!, { title: h.title, excerpt: excerpt(h.text), clauseId: h.clauseId }))].join('\n');
}

function jobs(out: any, T: Record<string, string>) {
  const lines: string[] = [];
  const matches: any[] = out.matches ?? [];
  if (matches.length) {
    lines.push(T['jobs.intro']!);
    matches.forEach((m, i) =>
      lines.push(
        withoutEmptyReasons(fill(T['jobs.item']!, {
          n: i + 1,
          title: m.title,
          employer: m.employer,
          place: [m.district, m.street].filter(Boolean).join(''),
          wage: m.wageText ?? '面议',
          reasons: (m.reasons ?? []).slice(0, 3).join('；'),
        })),
      ),
    );
    if (matches.some((m) => m.demo)) lines.push(T['jobs.demo']!);
  }
  if (out.shortfall) lines.push(fill(T['jobs.shortfall']!, { found: out.shortfall.found, reason: out.shortfall.reason ?? '' }));
  lines.push(T['jobs.footer']!);
  return lines.join('\n');
}

function courses(out: any, T: Record<string, string>) {
  const lines: string[] = [];
  const list: any[] = out.matches ?? out.courses ?? [];
  if (list.length) {
    lines.push(T['courses.intro']!);
    list.forEach((c, i) =>
      lines.push(withoutEmptyReasons(fill(T['courses.item']!, { n: i + 1, title: c.title, provider: c.provider ?? '', category: c.category ?? '', subsidised: c.subsidised ? '｜补贴性培训' : '', reasons: (c.reasons ?? []).slice(0, 2).join('；') }))),
    );
  }
  if (out.shortfall) lines.push(fill(T['courses.shortfall']!, { found: out.shortfall.found, reason: out.shortfall.reason ?? '' }));
  lines.push(T['courses.footer']!);
  return lines.join('\n');
}

function eventsList(
  out: { month: number | null; year: number; events: { name: string; timeText: string; departments: string[]; clauseId: string | null; year: number; recurring?: boolean }[] },
  T: Record<string, string>,
) {
  // The plan's 附件2 calendar stands in for a year without its own: say which year's dates these are.
  const recurringYear = out.events.find((e) => e.recurring)?.year;
  const allRecurring = out.events.length > 0 && out.events.every((e) => e.recurring);
  const recurring = (year: number) => fill(T['events.recurring']!, { year });
  const period = `${out.month ? `${out.month}月` : '全年'}${allRecurring ? `（${recurring(recurringYear!)}）` : ''}`;
  if (!out.events.length) return fill(T['events.none']!, { period });
  return [
    fill(T['events.intro']!, { period }),
    ...out.events.map((e) =>
      fill(T['events.item']!, {
        name: e.name,
        time: e.recurring && !allRecurring ? `${e.timeText}；${recurring(e.year)}` : e.timeText,
        departments: e.departments.join('、'),
        clauseId: e.clauseId ?? '',
      }).replace('【】', ''),
    ),
  ].join('\n');
}
