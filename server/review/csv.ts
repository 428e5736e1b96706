/**
 * CSV for Excel on a Chinese Windows desktop: UTF-8 with a byte-order mark (without it Excel reads
 * the file as GBK and garbles every Chinese character), CRLF line ends, and RFC 4180 quoting. A
 * cell that starts like a formula (= + - @, tab, CR) is prefixed with an apostrophe so Excel shows
 * it as text instead of running it (CSV injection): the cells carry free text supervisors and
 * seekers wrote.
 */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the header row, then one row per record, columns in the order of `columns`. */
export function toCsv<K extends string>(columns: readonly { key: K; label: string }[], rows: readonly Partial<Record<K, unknown>>[]): string {
  const lines = [columns.map((c) => csvCell(c.label)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c.key])).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
