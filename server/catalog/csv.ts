import { CsvError, type Options, parse } from 'csv-parse/sync';

/**
 * CSV import files read with csv-parse (RFC 4180: comma-separated, fields optionally in double
 * quotes, `""` for a quote inside a quoted field, newlines inside quoted fields, a UTF-8 BOM
 * tolerated). CRLF, LF and CR line ends may be mixed. Rows may have any number of cells (the
 * header decides what they mean: server/catalog/feed-records.ts). Each record carries the physical
 * line it starts on (line 1 = the header), so import errors point at the line a person sees in
 * their editor. Blank lines, and lines of nothing but unquoted spaces, are skipped.
 *
 * A malformed record (text after a closing quote, `"x"y`) is returned with `error`, its cells as
 * csv-parse read them in `relax_quotes` mode (the bad one as written), and parsing goes on with
 * the next record. An unterminated quote swallows the rest of the file, so it ends parsing with
 * `fatal` on the line where that quote opened.
 *
 * Line numbers are counted here rather than taken from csv-parse's `info.lines`, which counts a
 * CRLF inside a quoted field as two lines: a record spans one line plus the line ends inside its
 * cells (kept as written), and the blank lines before it are csv-parse's `empty_lines`.
 */
export interface CsvRecord {
  line: number;
  cells: string[];
  error?: 'stray_quote';
}

export interface CsvResult {
  records: CsvRecord[];
  fatal?: { line: number; error: 'unterminated_quote' };
}

const LINE_END = /\r\n|\r|\n/g;
const lineEnds = (s: string) => s.match(LINE_END)?.length ?? 0;

/**
 * Whether a record's cells, written back as RFC 4180 writes them, give its raw text: a cell whose
 * text starts with a quote was quoted (`"` and `""` inside), any other is as it is. One with text
 * after its closing quote (kept as written by relax_quotes) does not.
 */
function readsBack(cells: string[], raw: string): boolean {
  let at = 0;
  for (const cell of cells) {
    const piece = raw[at] === '"' ? `"${cell.replaceAll('"', '""')}"` : cell;
    const end = at + piece.length;
    if (!raw.startsWith(piece, at) || (end < raw.length && raw[end] !== ',')) return false;
    at = end + 1;
  }
  return at === raw.length + 1;
}

/**
 * Where the quote that was never closed opened. Inside a quoted field quotes come in pairs (`""`):
 * a lone one would have closed it. So, from the end, the first run of an odd number of quotes
 * starts with the opening quote.
 */
function openingQuote(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] !== '"') continue;
    let run = 1;
    while (i - run >= 0 && text[i - run] === '"') run++;
    if (run % 2 === 1) return i - run + 1;
    i -= run - 1;
  }
  return 0;
}

export function parseCsv(input: string): CsvResult {
  const bytes = Buffer.from(input);
  const records: CsvRecord[] = [];
  /** Where the next record starts: its line (before the blank lines in front of it) and its byte. */
  let next = 1;
  let blankBefore = 0;
  let from = input.charCodeAt(0) === 0xfeff ? 3 : 0;
  const options: Options = {
    bom: true,
    relax_column_count: true,
    // Keeps `"x"y` as a cell instead of throwing, so the record can be refused and parsing go on.
    relax_quotes: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    on_record: (record, info) => {
      const line = next + info.empty_lines - blankBefore;
      next = line + 1 + record.reduce((n, cell) => n + lineEnds(cell), 0);
      blankBefore = info.empty_lines;
      const start = from;
      from = info.bytes;
      // The record as written (without the blank lines before it and its line end), read only when
      // needed: csv-parse's `raw` option would copy every record (a large file took half as long again).
      const text = () => bytes.toString('utf8', start, info.bytes).replace(/^[\r\n]+/, '').replace(/(\r\n|\r|\n)$/, '');
      if (record.length === 1 && record[0]!.trim() === '' && !text().startsWith('"')) return null;
      // A cell kept as written by relax_quotes has a quote in it; without one the record is well formed.
      const stray = record.some((cell) => cell.includes('"')) && !readsBack(record, text());
      records.push(stray ? { line, cells: record, error: 'stray_quote' } : { line, cells: record });
      return null;
    },
  };
  try {
    parse(bytes, options);
  } catch (e) {
    if (e instanceof CsvError && e.code === 'CSV_QUOTE_NOT_CLOSED') {
      return { records, fatal: { line: 1 + lineEnds(input.slice(0, openingQuote(input))), error: 'unterminated_quote' } };
    }
    throw e;
  }
  return { records };
}
