/**
 * All dated parameters in one registry, and the lookup `paramAt(name, asOf)`: the entry in force
 * on `asOf` (the latest `from` not after it), or undefined before the first entry — the rule then
 * says it is not in force rather than guessing.
 */
import type { DatedValue } from './types.ts';
import * as general from './general.ts';
import * as hiring from './hiring.ts';
import * as carriers from './carriers.ts';
import * as startup from './startup.ts';
import * as training from './training.ts';
import * as assistance from './assistance.ts';
import * as service from './service.ts';

export type { DatedValue, Dated } from './types.ts';
export type { RetirementRule } from './general.ts';
export type { Industry, SizeThresholds } from './hiring.ts';
export { holidayCalendar, type HolidayYear } from './holidays.ts';

export const parameters = {
  ...general,
  ...hiring,
  ...carriers,
  ...startup,
  ...training,
  ...assistance,
  ...service,
} as const;

export type Parameters = typeof parameters;
export type ParamName = keyof Parameters;
export type ParamValue<N extends ParamName> = Parameters[N][number]['value'];

export function paramAt<N extends ParamName>(name: N, asOf: string): DatedValue<ParamValue<N>> | undefined {
  const entries = parameters[name] as readonly DatedValue<ParamValue<N>>[];
  let found: DatedValue<ParamValue<N>> | undefined;
  for (const entry of entries) if (entry.from <= asOf && (!found || entry.from >= found.from)) found = entry;
  return found;
}

/**
 * The value in force on `asOf`, or the earliest value when `asOf` predates every entry. Used for
 * definitions (what “4050” means) applied to past dates such as a hire date; amounts are read with
 * the strict `paramAt` through each benefit's declared parameters.
 */
export function paramValue<N extends ParamName>(name: N, asOf: string): ParamValue<N> {
  const entry = paramAt(name, asOf) ?? (parameters[name][0] as DatedValue<ParamValue<N>>);
  return entry.value;
}
