/**
 * A small RFC 4180 CSV reader: comma-separated, fields optionally in double quotes, `""` for a quote
 * inside a quoted field, CRLF, LF or CR line ends, newlines inside quoted fields, a UTF-8 BOM
 * tolerated. Each record carries the physical line it starts on (line 1 = the header), so import
 * errors point at the line a person sees in their editor. Blank lines are skipped.
 *
 * A malformed record (text after a closing quote) is returned with `error` and parsing goes on at
 * the next line; an unterminated quote swallows the rest of the file, so it ends parsing with
 * `fatal` on the line where the quoted field began.
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

export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;

  /** Consumes one line end at i (CRLF, LF or CR); true when there was one. */
  const lineEnd = () => {
    if (text[i] === '\r') {
      i += text[i + 1] === '\n' ? 2 : 1;
      line++;
      return true;
    }
    if (text[i] === '\n') {
      i++;
      line++;
      return true;
    }
    return false;
  };

  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let error: CsvRecord['error'];
    let anyQuoted = false;
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        anyQuoted = true;
        const quoteLine = line;
        i++;
        for (;;) {
          if (i >= n) return { records, fatal: { line: quoteLine, error: 'unterminated_quote' } };
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\r' || ch === '\n') {
            // Keep the newline as written, but count it.
            const crlf = ch === '\r' && text[i + 1] === '\n';
            cell += crlf ? '\r\n' : ch;
            i += crlf ? 2 : 1;
            line++;
            continue;
          }
          cell += ch;
          i++;
        }
        if (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          error = 'stray_quote';
          while (i < n && text[i] !== '\r' && text[i] !== '\n') i++;
        }
      } else {
        const from = i;
        while (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') i++;
        cell = text.slice(from, i);
      }
      cells.push(cell);
      if (i < n && text[i] === ',') {
        i++;
        continue;
      }
      lineEnd();
      break;
    }
    const blank = !anyQuoted && cells.length === 1 && cells[0]!.trim() === '';
    if (!blank) records.push(error ? { line: start, cells, error } : { line: start, cells });
  }
  return { records };
}
