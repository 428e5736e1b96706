/**
 * A parameter (OpenFisca-style) is a description and a list of values, each in force from a date
 * with the document it comes from, and ending on `to` when a document ends it. A new policy year is
 * one more entry, not a code change; a value that stops is given its `to`.
 * `ref` is a clause id (`yb2022-38:2.2.2`) for the seed plan, or the name of the municipal or
 * national document for definitions the plan relies on without stating them.
 */
export interface DatedValue<T> {
  readonly from: string;
  /** The last day in force (inclusive). Absent: in force until the next entry, or open-ended. */
  readonly to?: string;
  readonly value: T;
  readonly ref: string;
  readonly note?: string;
}

/** The values of a parameter, oldest first, not overlapping (checked by test/rules/parameters.test.ts). */
export type Dated<T> = readonly DatedValue<T>[];

export interface Parameter<T> {
  /** What the value is, in the plan's terms (“一次性创业补助标准”). */
  readonly description: string;
  readonly unit?: string;
  /**
   * People name the benefit by this amount (“8000那个”, “五百块的补贴”): the language understanding
   * knows the benefit by the value in force (server/dialogue/nlu/data.ts). Money in 元 only.
   */
  readonly spoken?: boolean;
  readonly values: Dated<T>;
}

/** Declares a parameter with its value type: `parameter<number>({ … })`. */
export const parameter = <T>(p: Parameter<T>): Parameter<T> => p;

/**
 * Where `asOf` falls in a parameter's history: in force (with its entry), not yet (before the
 * first `from`), or ended (after the `to` of the latest entry begun, and before any next one).
 */
export type InForce<T> =
  | { readonly status: 'in_force'; readonly entry: DatedValue<T> }
  | { readonly status: 'not_yet'; readonly from: string }
  | { readonly status: 'ended'; readonly to: string };

export function inForce<T>(values: Dated<T>, asOf: string): InForce<T> {
  let latest: DatedValue<T> | undefined;
  for (const entry of values) if (entry.from <= asOf && (!latest || entry.from >= latest.from)) latest = entry;
  if (!latest) return { status: 'not_yet', from: values.map((e) => e.from).sort()[0] ?? '9999-12-31' };
  if (latest.to !== undefined && latest.to < asOf) return { status: 'ended', to: latest.to };
  return { status: 'in_force', entry: latest };
}

/** The entry in force on `asOf`, or undefined outside every period. */
export function entryAt<T>(values: Dated<T>, asOf: string): DatedValue<T> | undefined {
  const found = inForce(values, asOf);
  return found.status === 'in_force' ? found.entry : undefined;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with a parameter's list: empty, unordered, overlapping, ending before it starts, without a reference. */
export function parameterProblems(name: string, p: Parameter<unknown>): string[] {
  const problems: string[] = [];
  if (!p.description?.trim()) problems.push(`${name}: no description`);
  if (!p.values.length) problems.push(`${name}: no values`);
  p.values.forEach((e, i) => {
    const at = `${name}[${i}]`;
    if (!ISO.test(e.from)) problems.push(`${at}: from ${e.from} is not YYYY-MM-DD`);
    if (e.to !== undefined && !ISO.test(e.to)) problems.push(`${at}: to ${e.to} is not YYYY-MM-DD`);
    if (e.to !== undefined && e.to < e.from) problems.push(`${at}: ends (${e.to}) before it starts (${e.from})`);
    if (!e.ref?.trim()) problems.push(`${at}: no ref`);
    const next = p.values[i + 1];
    if (next && next.from <= e.from) problems.push(`${at}: not before the next entry (${e.from} ≥ ${next.from})`);
    if (next && e.to !== undefined && e.to >= next.from) problems.push(`${at}: overlaps the next entry (to ${e.to} ≥ ${next.from})`);
  });
  return problems;
}
