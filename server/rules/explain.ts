/**
 * A short Chinese explanation of an evaluation (or of one benefit), with clause citations in the
 * fixed form 【yb2022-38:2.2.2】: what can be had (with amounts), what needs which facts, and what is
 * not met. The chat agent's tools and the offline model quote it; it adds nothing the rules did not say.
 */
import { zh } from '../i18n/zh-CN/index.ts';
import type { BenefitResult } from './outcome.ts';
import type { Evaluation } from './engine.ts';

const t = zh.rules;
const e = t.explain;
const MAX_FACTS = 6;

const first = (reasons: readonly string[]) => reasons.slice(0, 1).join('');
const cite = (b: BenefitResult) => e.cite(b.citations);
const amount = (b: BenefitResult) => (b.amount ? e.amount(b.amount.text) : '');

function whatToProvide(b: BenefitResult): string {
  if (!b.missingFacts.length) return b.reasons.find((r) => r.includes(e.confirmMarker)) ?? first(b.reasons);
  const labels = b.missingFacts.map((path) => t.factLabel(path));
  const shown = labels.length > MAX_FACTS ? [...labels.slice(0, MAX_FACTS), e.more(labels.length)] : labels;
  return e.provide(shown);
}

/** One line for a benefit inside an evaluation. */
export function explainLine(b: BenefitResult): string {
  if (b.status === 'eligible') return `· ${b.name}${amount(b)}${cite(b)}`;
  if (b.status === 'unknown') return `· ${b.name}${amount(b)}：${whatToProvide(b)}${cite(b)}`;
  return `· ${b.name}：${first(b.reasons)}${cite(b)}`;
}

/** One benefit on its own: status, amount, every reason, what to provide. */
export function explainBenefit(b: BenefitResult): string {
  const lines = [`${b.name}：${t.status[b.status]}${amount(b)}${cite(b)}`, ...b.reasons.map((r) => `· ${r}`)];
  if (b.missingFacts.length) lines.push(e.provide(b.missingFacts.map((path) => t.factLabel(path))));
  return lines.join('\n');
}

export function explain(subject: Evaluation | BenefitResult): string {
  if (!('benefits' in subject)) return explainBenefit(subject);
  const section = (title: string, status: BenefitResult['status']) => {
    const lines = subject.benefits.filter((b) => b.status === status).map(explainLine);
    return lines.length ? [title, ...lines] : [];
  };
  return [
    e.header(subject.asOf),
    ...section(e.eligible, 'eligible'),
    ...section(e.unknown, 'unknown'),
    ...section(e.ineligible, 'ineligible'),
    e.footer,
  ].join('\n');
}
