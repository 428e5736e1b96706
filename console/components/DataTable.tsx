import { For, type JSX, Show } from 'solid-js';

/** One column of a data table: its heading and what a row shows in it. */
export interface Column<T> {
  header: string;
  cell: (row: T) => JSX.Element;
}

/**
 * The console's list table (`table.data` in its scrolling wrapper): a heading per column, a row per
 * item. With `empty`, no items read as that line instead of an empty table. The caption is for
 * screen readers only (`caption.visually-hidden`); `label` names the table where there is none;
 * `rowData` puts `data-*` attributes on a row.
 */
export function DataTable<T>(props: {
  rows: readonly T[];
  columns: readonly Column<T>[];
  empty?: string;
  caption?: string;
  label?: string;
  rowData?: (row: T) => Record<`data-${string}`, string | number>;
}) {
  return (
    <Show when={props.empty === undefined || props.rows.length} fallback={<p class="muted">{props.empty}</p>}>
      <div class="table-wrap">
        <table class="data" aria-label={props.label}>
          <Show when={props.caption}>
            <caption class="visually-hidden">{props.caption}</caption>
          </Show>
          <thead>
            <tr>
              <For each={props.columns}>{(col) => <th scope="col">{col.header}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={props.rows}>
              {(row) => (
                <tr {...props.rowData?.(row)}>
                  <For each={props.columns}>{(col) => <td>{col.cell(row)}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
