/**
 * Every dated parameter by name, and the lookups. The parameters of one benefit live in its module
 * (../benefits/<code>.ts) and are registered here when it is defined; this folder keeps only those
 * several rules share: definitions (“4050”, working age, 离校2年内, enterprise size), the service
 * standard, the plan itself and the holiday calendar.
 *
 * `paramAt(name, asOf)` is the entry in force on `asOf`, or undefined outside every period (before
 * the first `from`, after a `to`): the rule then says it is not in force rather than guessing.
 */
import { entryAt, inForce, type DatedValue, type InForce, type Parameter } from './types.ts';
import * as general from './general.ts';
import * as enterpriseSize from './enterprise-size.ts';
import * as service from './service.ts';

export { entryAt, inForce, parameter, parameterProblems, type Dated, type DatedValue, type InForce, type Parameter } from './types.ts';
export type { RetirementRule } from './general.ts';
export type { Industry, SizeThresholds } from './enterprise-size.ts';
export { holidayCalendar, type HolidayYear } from './holidays.ts';

/** The parameters no single benefit owns. */
export const sharedParameters = { ...general, ...enterpriseSize, ...service } as const;

/**
 * Each benefit module adds its code and its own parameters here (TypeScript declaration merging):
 *
 *     declare module '../parameters/index.ts' {
 *       interface BenefitParameters { job_search_startup_subsidy: typeof parameters }
 *     }
 *
 * so the benefit codes and every parameter's name and value type are known to the type checker
 * without a list anyone has to keep.
 */
export interface BenefitParameters {}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type AllParameters = typeof sharedParameters & UnionToIntersection<BenefitParameters[keyof BenefitParameters]>;
export type ParamName = keyof AllParameters & string;
export type ParamValue<N extends ParamName> = AllParameters[N] extends Parameter<infer T> ? T : never;

const owned = new Map<string, { owner: string; parameter: Parameter<unknown> }>();

/** Called by `defineBenefit`: a name is declared once, by the shared parameters or by one benefit. */
export function registerParameters(code: string, params: Readonly<Record<string, Parameter<unknown>>>): void {
  for (const [name, parameter] of Object.entries(params)) {
    const taken = name in sharedParameters ? 'the shared parameters' : owned.get(name)?.owner;
    if (taken && taken !== code) throw new Error(`parameter ${name} of ${code} is already declared by ${taken}`);
    owned.set(name, { owner: code, parameter });
  }
}

function named(name: string): Parameter<unknown> | undefined {
  return (sharedParameters as Readonly<Record<string, Parameter<unknown>>>)[name] ?? owned.get(name)?.parameter;
}

/** Every parameter declared so far, with who owns it (`shared` or a benefit code). */
export function allParameters(): { name: string; owner: string; parameter: Parameter<unknown> }[] {
  return [
    ...Object.entries(sharedParameters as Readonly<Record<string, Parameter<unknown>>>).map(([name, parameter]) => ({ name, owner: 'shared', parameter })),
    ...[...owned].map(([name, { owner, parameter }]) => ({ name, owner, parameter })),
  ];
}

/** Where `asOf` falls in the parameter's history; `unknown` for a name nothing declares. */
export function paramState<N extends ParamName>(name: N, asOf: string): InForce<ParamValue<N>> | { readonly status: 'unknown' } {
  const p = named(name) as Parameter<ParamValue<N>> | undefined;
  return p ? inForce(p.values, asOf) : { status: 'unknown' };
}

export function paramAt<N extends ParamName>(name: N, asOf: string): DatedValue<ParamValue<N>> | undefined {
  const p = named(name) as Parameter<ParamValue<N>> | undefined;
  return p ? entryAt(p.values, asOf) : undefined;
}

/**
 * The value in force on `asOf`, else the nearest one: the earliest before every entry, the last
 * begun after an end. Used for definitions (what “4050” means) applied to dates outside the plan's
 * periods, such as a hire date; amounts are read with `param` (../outcome.ts) through each
 * benefit's declared parameters, which say when there is no value.
 */
export function paramValue<N extends ParamName>(name: N, asOf: string): ParamValue<N> {
  const p = named(name) as Parameter<ParamValue<N>> | undefined;
  if (!p) throw new Error(`no parameter ${name}: declare it in a benefit module or in server/rules/parameters/`);
  const entry = entryAt(p.values, asOf) ?? [...p.values].reverse().find((e) => e.from <= asOf) ?? p.values[0]!;
  return entry.value;
}
