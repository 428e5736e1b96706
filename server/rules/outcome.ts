/**
 * The shape of a benefit and of its answer, and the few helpers every benefit uses to turn
 * conditions into an answer: `judge` (Kleene AND over conditions, with reasons), `perItem`
 * (employer rules judged hire by hire, then summed), and `defineBenefit` (the benefit module's one
 * export: its code, place in the contract's order, clause, name, parameters, wording, how to apply
 * and rule; answers “not in force” when a parameter it reads has no value on the date).
 */
import { zh } from '../i18n/zh-CN/index.ts';
import type { Audience, Facts } from './facts.ts';
import type { Derived } from './derived.ts';
import { uniq, type Fact } from './logic.ts';
import {
  paramState,
  registerParameters,
  type BenefitParameters,
  type InForce,
  type Parameter,
  type ParamName,
  type ParamValue,
} from './parameters/index.ts';

const t = zh.rules;

/**
 * A benefit code: one per module in ./benefits/ (each adds itself to `BenefitParameters`). The
 * ordered lists of codes are the registry's (./benefits/index.ts, re-exported by ./engine.ts).
 */
export type BenefitCode = keyof BenefitParameters & string;
export type Status = 'eligible' | 'ineligible' | 'unknown';

export interface Amount {
  value?: number;
  max?: number;
  unit: string;
  text: string;
}

/** What a benefit's rule answers. */
export interface Outcome {
  status: Status;
  amount: Amount | null;
  reasons: string[];
  missingFacts: string[];
  citations: string[];
}

/** One line of the `/api/eligibility` answer. */
export interface BenefitResult extends Outcome {
  code: BenefitCode;
  name: string;
  audience: Audience;
}

/** A text of the application guide: the seed's (its clause, by default the rule's) or a municipal rule with its source. */
export interface GuideText {
  readonly text: string;
  readonly municipal: boolean;
  readonly source?: string;
  readonly clause?: string;
}

/**
 * How to apply (server/policy/guide.ts checks and shows it): a needle (phrase) found in exactly the
 * sentence of the benefit's clause that states the rule; where to apply, what to bring and how
 * long it takes when known; short facts worth saying. Absent parts are said as “the centre will tell”.
 */
export interface GuideSpec {
  readonly needle: string;
  readonly where?: GuideText;
  readonly bring?: { readonly items: readonly string[]; readonly municipal: boolean; readonly source?: string };
  readonly time?: GuideText;
  readonly notes?: readonly GuideText[];
}

export interface Benefit<W = unknown> {
  readonly code: BenefitCode;
  /** Place in the contract's order among the benefits of its audience (person codes come first). */
  readonly order: number;
  readonly audience: Audience;
  readonly clauseId: string;
  readonly name: string;
  /** Its own parameters, by name. */
  readonly parameters: Readonly<Record<string, Parameter<unknown>>>;
  /** Every parameter the rule reads (its own, those it `uses`, and the plan): checked before it runs. */
  readonly params: readonly ParamName[];
  /** Its wording: the plan's conditions it quotes, its notes and amount texts. */
  readonly text: W;
  /** How to apply on a date (amounts in it are the parameters' values then). */
  guide(asOf: string): GuideSpec;
  /** Benefits said in one breath with this one (one subsidy at two rates): a word naming it names them too. */
  readonly namedWith: readonly BenefitCode[];
  evaluate(facts: Facts, derived: Derived, asOf: string): Outcome;
}

// ── conditions ─────────────────────────────────────────────────────────────────────────────────

/** A condition of a rule: the fact, the plan's wording it tests, and what the facts show. */
export interface Condition {
  readonly fact: Fact;
  readonly quote: string;
  readonly detail: { readonly met?: string | undefined; readonly failed?: string | undefined; readonly unknown?: string | undefined };
}

/**
 * A condition quoting the plan's wording. `detail` says what the facts show (“已连续缴纳社会保险12个月
 * 并仍在缴纳”); the reason adds whether that meets the quoted condition. An unknown condition lists the
 * facts to provide, or says what must be confirmed when no fact would settle it. Reasons are written
 * only for the branch taken.
 */
export function cond(fact: Fact, quote: string, detail: Condition['detail'] = {}): Condition {
  return { fact, quote, detail };
}

const metText = (c: Condition) => t.reasons.met(c.detail.met, c.quote);
const failedText = (c: Condition) => t.reasons.failed(c.detail.failed, c.quote);
const unknownText = (c: Condition) =>
  c.detail.unknown ?? t.reasons.unknown(c.quote, c.fact.missing.map((path) => t.factLabel(path, true)));

export interface Judgement {
  status: Status;
  reasons: string[];
  missingFacts: string[];
}

/** All conditions must hold: any false → ineligible (saying which failed); any unknown → unknown. */
export function judge(conditions: readonly Condition[]): Judgement {
  const failed = conditions.filter((c) => c.fact.value === false);
  if (failed.length) return { status: 'ineligible', reasons: failed.map(failedText), missingFacts: [] };
  const open = conditions.filter((c) => c.fact.value === undefined);
  const met = conditions.filter((c) => c.fact.value === true).map(metText);
  if (open.length) {
    return { status: 'unknown', reasons: [...met, ...open.map(unknownText)], missingFacts: uniq(open.flatMap((c) => c.fact.missing)) };
  }
  return { status: 'eligible', reasons: met, missingFacts: [] };
}

/** One hire (or intern) judged on its own, with what it would add to the amount. */
export interface ItemJudgement extends Judgement {
  amount?: number;
}

export interface ItemsJudgement extends Judgement {
  /** Sum over eligible items. */
  eligibleAmount: number;
  /** Sum over eligible and still-unknown items: what the total could reach. */
  possibleAmount: number;
  eligibleCount: number;
  possibleCount: number;
}

/**
 * Employer rules judged per hire: eligible when one hire qualifies, unknown while none does and
 * some is open, else ineligible. Each hire's reasons are prefixed with who it is; facts missing for
 * open hires are listed even when another hire already qualifies (they would settle the amount).
 */
export function perItem(items: readonly ItemJudgement[], label: (i: number) => string, none: string): ItemsJudgement {
  const statuses = items.map((j) => j.status);
  const status: Status = statuses.includes('eligible') ? 'eligible' : statuses.includes('unknown') ? 'unknown' : 'ineligible';
  const sum = (which: Status[]) => items.filter((j) => which.includes(j.status)).reduce((total, j) => total + (j.amount ?? 0), 0);
  return {
    status,
    reasons: items.length ? items.map((j, i) => t.reasons.item(label(i), j.reasons)) : [none],
    missingFacts: uniq(items.filter((j) => j.status === 'unknown').flatMap((j) => j.missingFacts)),
    eligibleAmount: sum(['eligible']),
    possibleAmount: sum(['eligible', 'unknown']),
    eligibleCount: statuses.filter((s) => s === 'eligible').length,
    possibleCount: statuses.filter((s) => s !== 'ineligible').length,
  };
}

/** Employer-level conditions first (they apply to every hire), then the hires. */
export function withEmployerConditions(employer: Judgement, items: Judgement): Judgement {
  if (employer.status === 'ineligible') return employer;
  if (employer.status === 'eligible') return { ...items, reasons: [...employer.reasons, ...items.reasons] };
  if (items.status === 'ineligible') return items;
  return {
    status: 'unknown',
    reasons: [...employer.reasons, ...items.reasons],
    missingFacts: uniq([...employer.missingFacts, ...items.missingFacts]),
  };
}

/** Builds the answer: no amount when ineligible; notes after the reasons. */
export function outcome(j: Judgement, options: { amount?: Amount | null; notes?: readonly string[]; citations: readonly string[] }): Outcome {
  return {
    status: j.status,
    amount: j.status === 'ineligible' ? null : (options.amount ?? null),
    reasons: [...j.reasons, ...(options.notes ?? [])],
    missingFacts: j.missingFacts,
    citations: [...options.citations],
  };
}

// ── parameters ─────────────────────────────────────────────────────────────────────────────────

type Closed = Exclude<InForce<unknown>, { status: 'in_force' }> | { readonly status: 'unknown' };

/** A parameter read on a date where it has no value: `defineBenefit` answers with a reason instead. */
class ParameterMissing extends Error {
  constructor(
    readonly param: string,
    readonly state: Closed,
  ) {
    super(`parameter ${param} has no value on this date (${state.status})`);
  }
}

/**
 * A parameter's value on `asOf`. `defineBenefit` has checked the ones a benefit declares before its
 * rule runs, so there this always has a value; read outside every period it has none, and the
 * benefit answers that it is not in force on that date (never a crash, never a guess).
 */
export function param<N extends ParamName>(name: N, asOf: string): ParamValue<N> {
  const state = paramState(name, asOf);
  if (state.status !== 'in_force') throw new ParameterMissing(name, state);
  return state.entry.value;
}

/** Why the benefit has no rule on `asOf`, or undefined when every parameter it reads is in force. */
export function closedOn(names: readonly ParamName[], asOf: string): Closed | undefined {
  const closed = names.map((n) => paramState(n, asOf)).filter((s): s is Closed => s.status !== 'in_force');
  return (
    closed.find((s) => s.status === 'unknown') ??
    closed.filter((s) => s.status === 'ended').sort((a, b) => (a.to < b.to ? -1 : 1))[0] ??
    closed.filter((s) => s.status === 'not_yet').sort((a, b) => (a.from < b.from ? 1 : -1))[0]
  );
}

/**
 * The answer when a parameter has no value on `asOf`: `unknown`, not `ineligible`. Before the plan
 * (2022-05-13) its not applying yet says nothing about what older rules granted; after a value ends
 * the engine does not know what replaced it. Either way it must not claim a no it does not know.
 */
function notInForce(closed: Closed, asOf: string, clauseId: string): Outcome {
  const reason =
    closed.status === 'not_yet' ? t.reasons.notInForce(asOf, closed.from) : closed.status === 'ended' ? t.reasons.ended(asOf, closed.to) : t.reasons.notFound(asOf);
  return { status: 'unknown', amount: null, reasons: [reason], missingFacts: [], citations: [clauseId] };
}

// ── definition ─────────────────────────────────────────────────────────────────────────────────

export interface BenefitSpec<C extends BenefitCode, W> {
  readonly code: C;
  /** Place among the benefits of its audience in the contract's order (DESIGN.md); leave gaps. */
  readonly order: number;
  readonly audience: Audience;
  readonly clauseId: string;
  readonly name: string;
  readonly parameters: BenefitParameters[C];
  /** Parameters of others (shared ones, or another benefit's) the rule reads. */
  readonly uses?: readonly ParamName[];
  readonly text: W;
  readonly guide: GuideSpec | ((asOf: string) => GuideSpec);
  readonly namedWith?: readonly BenefitCode[];
  evaluate(facts: Facts, derived: Derived, asOf: string): Outcome;
}

/**
 * Defines a benefit (its module's default export) and registers its parameters by name. Before the
 * rule runs, every parameter it reads must have a value on `asOf`; otherwise the answer is
 * `unknown` with the reason (see `notInForce`).
 */
export function defineBenefit<C extends BenefitCode, W>(spec: BenefitSpec<C, W>): Benefit<W> {
  const own = spec.parameters as Readonly<Record<string, Parameter<unknown>>>;
  registerParameters(spec.code, own);
  const params = uniq<ParamName>(['plan', ...(Object.keys(own) as ParamName[]), ...(spec.uses ?? [])]);
  const guide = spec.guide;
  return {
    code: spec.code,
    order: spec.order,
    audience: spec.audience,
    clauseId: spec.clauseId,
    name: spec.name,
    parameters: own,
    params,
    text: spec.text,
    guide: typeof guide === 'function' ? guide : () => guide,
    namedWith: spec.namedWith ?? [],
    evaluate(facts, derived, asOf) {
      const closed = closedOn(params, asOf);
      if (closed) return notInForce(closed, asOf, spec.clauseId);
      let o: Outcome;
      try {
        o = spec.evaluate(facts, derived, asOf);
      } catch (e) {
        if (e instanceof ParameterMissing) return notInForce(e.state, asOf, spec.clauseId);
        throw e;
      }
      return { ...o, reasons: uniq(o.reasons), missingFacts: uniq(o.missingFacts), citations: uniq(o.citations) };
    },
  };
}

/** The label of the first option that holds, for “属于…” reasons. */
export function firstTrue(options: readonly (readonly [Fact, string])[]): string | undefined {
  return options.find(([f]) => f.value === true)?.[1];
}

/**
 * A per-head amount over judged items: the sum for eligible ones as `value`, and — while some are
 * still open — what the total could reach as `max`.
 */
export function perHeadAmount(rate: number, unit: string, items: ItemsJudgement): Amount {
  const a = t.amounts;
  if (items.eligibleCount > 0) {
    const text = a.perPerson(rate, unit, items.eligibleCount, items.eligibleAmount);
    return items.possibleAmount > items.eligibleAmount
      ? { value: items.eligibleAmount, max: items.possibleAmount, unit: t.units.yuan, text: a.possible(text, items.possibleAmount) }
      : { value: items.eligibleAmount, unit: t.units.yuan, text };
  }
  return { max: items.possibleAmount, unit: t.units.yuan, text: a.upTo(rate, unit, items.possibleCount, items.possibleAmount) };
}

/** The same for monthly awards (元/人/月): the employer's monthly total. */
export function perMonthAmount(rate: number, items: ItemsJudgement): Amount {
  const a = t.amounts;
  const monthly = (n: number) => rate * n;
  if (items.eligibleCount > 0) {
    const text = a.perMonth(rate, items.eligibleCount, monthly(items.eligibleCount));
    return items.possibleCount > items.eligibleCount
      ? { value: monthly(items.eligibleCount), max: monthly(items.possibleCount), unit: t.units.yuanPerMonth, text: a.perMonthPossible(text, monthly(items.possibleCount)) }
      : { value: monthly(items.eligibleCount), unit: t.units.yuanPerMonth, text };
  }
  return { max: monthly(items.possibleCount), unit: t.units.yuanPerMonth, text: a.upToPerMonth(rate, items.possibleCount, monthly(items.possibleCount)) };
}
