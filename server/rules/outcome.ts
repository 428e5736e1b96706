/**
 * The shape of a benefit and of its answer, and the few helpers every benefit uses to turn
 * conditions into an answer: `judge` (Kleene AND over conditions, with reasons), `perItem`
 * (employer rules judged hire by hire, then summed), and `defineBenefit` (registers the code, its
 * clause, its parameters and its name from the dictionary; answers “not in force” before the plan).
 */
import { zh } from '../i18n/zh-CN/index.ts';
import type { Audience, Facts } from './facts.ts';
import type { Derived } from './derived.ts';
import { uniq, type Fact } from './logic.ts';
import { paramAt, parameters, type ParamName, type ParamValue } from './parameters/index.ts';

const t = zh.rules;

export const PERSON_BENEFITS = [
  'unemployment_registration',
  'standard_service_package',
  'startup_training_subsidy',
  'startup_guaranteed_loan',
  'startup_one_off_grant',
  'entrepreneurship_workspace',
  'vocational_training_subsidy',
  'skill_certification_subsidy',
  'internship_post',
  'grassroots_post',
  'flexible_employment_social_insurance_subsidy',
  'dibao_employment_subsidy',
  'job_search_startup_subsidy',
  'public_welfare_post',
] as const;

export const EMPLOYER_BENEFITS = [
  'employer_hiring_subsidy_key_groups',
  'employer_hiring_subsidy_graduates_sme',
  'employer_social_insurance_subsidy',
  'employment_base_grant',
  'assistance_workshop_award',
  'demo_street_award',
  'internship_subsidy',
  'incubator_award',
] as const;

export const BENEFIT_CODES = [...PERSON_BENEFITS, ...EMPLOYER_BENEFITS] as const;
export type BenefitCode = (typeof BENEFIT_CODES)[number];
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

export interface Benefit {
  readonly code: BenefitCode;
  readonly audience: Audience;
  readonly clauseId: string;
  readonly name: string;
  readonly params: readonly ParamName[];
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

/** A parameter a benefit declared; `defineBenefit` has already checked it is in force. */
export function param<N extends ParamName>(name: N, asOf: string): ParamValue<N> {
  const entry = paramAt(name, asOf);
  if (!entry) throw new Error(`parameter ${name} is not in force on ${asOf}; declare it in the benefit's params`);
  return entry.value;
}

/** The first date on which every parameter of the benefit is in force. */
function inForceFrom(names: readonly ParamName[]): string {
  return names.map((n) => parameters[n][0]!.from).sort().at(-1)!;
}

// ── definition ─────────────────────────────────────────────────────────────────────────────────

type Spec = Omit<Benefit, 'name'>;

/**
 * Registers a benefit. Before its parameters are in force (before the plan of 2022-05-13) it answers
 * `unknown` with a reason, not `ineligible`: the plan not applying yet says nothing about what older
 * rules granted, and the engine must not claim a no it does not know.
 */
export function defineBenefit(spec: Spec): Benefit {
  const params: ParamName[] = uniq<ParamName>(['plan', ...spec.params]);
  const from = inForceFrom(params);
  return {
    ...spec,
    params,
    name: t.benefitNames[spec.code],
    evaluate(facts, derived, asOf) {
      if (asOf < from) {
        return { status: 'unknown', amount: null, reasons: [t.reasons.notInForce(asOf, from)], missingFacts: [], citations: [spec.clauseId] };
      }
      const o = spec.evaluate(facts, derived, asOf);
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
