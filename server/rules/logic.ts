/**
 * Three-valued logic for rules: true, false, or unknown (`undefined`). Unknown is not false — a
 * condition nobody has answered stays open, and the facts that would settle it travel with it.
 *
 * `and`/`or`/`not` work on bare values (Kleene logic: false wins an AND, true wins an OR).
 * `all`/`any`/`negate` do the same on `Fact`s and keep `missing` — the input fact paths
 * (`person.dibaoFamily`, `employer.hires.0.stillPaying`) that would settle an unknown result.
 * A settled result carries no missing facts: once one operand decides, the others do not matter.
 */
export type Tri = boolean | undefined;

export interface Fact {
  readonly value: Tri;
  readonly missing: readonly string[];
}

export function and(...values: Tri[]): Tri {
  if (values.includes(false)) return false;
  return values.includes(undefined) ? undefined : true;
}

export function or(...values: Tri[]): Tri {
  if (values.includes(true)) return true;
  return values.includes(undefined) ? undefined : false;
}

export const not = (value: Tri): Tri => (value === undefined ? undefined : !value);

export const uniq = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/** A fact with the paths that would settle it; the paths are kept only while it is unknown. */
export const fact = (value: Tri, missing: readonly string[] = []): Fact => ({ value, missing: value === undefined ? missing : [] });

/** An input fact as given: unknown when absent, and then it names itself. */
export const given = (value: boolean | undefined, path: string): Fact => fact(value, [path]);

/** A yes/no question about a number that may be unknown (e.g. insurance months ≥ 12). */
export const test = (n: number | undefined, path: string | readonly string[], predicate: (n: number) => boolean): Fact =>
  n === undefined ? fact(undefined, typeof path === 'string' ? [path] : path) : fact(predicate(n));

export const TRUE: Fact = fact(true);
export const FALSE: Fact = fact(false);

const missingOfUnknown = (facts: readonly Fact[]) => uniq(facts.filter((f) => f.value === undefined).flatMap((f) => f.missing));

export function all(...facts: Fact[]): Fact {
  const value = and(...facts.map((f) => f.value));
  return fact(value, value === undefined ? missingOfUnknown(facts) : []);
}

export function any(...facts: Fact[]): Fact {
  const value = or(...facts.map((f) => f.value));
  return fact(value, value === undefined ? missingOfUnknown(facts) : []);
}

export const negate = (f: Fact): Fact => fact(not(f.value), f.missing);
