/**
 * A parameter is a list of values, each in force from a date, with the document it comes from
 * (OpenFisca-style). A new policy year is one more entry, not a code change.
 * `ref` is a clause id (`yb2022-38:2.2.2`) for the seed plan, or the name of the municipal or
 * national document for definitions the plan relies on without stating them.
 */
export interface DatedValue<T> {
  readonly from: string;
  readonly value: T;
  readonly unit?: string;
  readonly ref: string;
  readonly note?: string;
}

export type Dated<T> = readonly DatedValue<T>[];
