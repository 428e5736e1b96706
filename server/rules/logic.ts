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

/** Items without duplicates, first occurrence kept (most lists here are short: a scan beats a Set). */
export function uniq<T>(items: readonly T[]): T[] {
  if (items.length > 32) return [...new Set(items)];
  const out: T[] = [];
  for (const item of items) if (!out.includes(item)) out.push(item);
  return out;
}

const NO_MISSING: readonly string[] = Object.freeze([]);

export const TRUE: Fact = Object.freeze({ value: true, missing: NO_MISSING });
export const FALSE: Fact = Object.freeze({ value: false, missing: NO_MISSING });

/** A fact with the paths that would settle it; the paths are kept only while it is unknown. */
export const fact = (value: Tri, missing: readonly string[] = NO_MISSING): Fact =>
  value === true ? TRUE : value === false ? FALSE : { value, missing };

/** An input fact as given: unknown when absent, and then it names itself. */
export const given = (value: boolean | undefined, path: string): Fact => (value === undefined ? { value, missing: [path] } : value ? TRUE : FALSE);

/** A yes/no question about a number that may be unknown (e.g. insurance months ≥ 12). */
export const test = (n: number | undefined, path: string | readonly string[], predicate: (n: number) => boolean): Fact =>
  n === undefined ? { value: undefined, missing: typeof path === 'string' ? [path] : path } : predicate(n) ? TRUE : FALSE;

/** The missing paths of the unknown operands, without duplicates (a hot path: no intermediate arrays). */
function missingOfUnknown(facts: readonly Fact[]): string[] {
  const out: string[] = [];
  for (const f of facts) {
    if (f.value !== undefined) continue;
    for (const path of f.missing) if (!out.includes(path)) out.push(path);
  }
  return out;
}

export function all(...facts: Fact[]): Fact {
  let open = false;
  for (const f of facts) {
    if (f.value === false) return FALSE;
    if (f.value === undefined) open = true;
  }
  return open ? { value: undefined, missing: missingOfUnknown(facts) } : TRUE;
}

export function any(...facts: Fact[]): Fact {
  let open = false;
  for (const f of facts) {
    if (f.value === true) return TRUE;
    if (f.value === undefined) open = true;
  }
  return open ? { value: undefined, missing: missingOfUnknown(facts) } : FALSE;
}

export const negate = (f: Fact): Fact => (f.value === undefined ? f : f.value ? FALSE : TRUE);
