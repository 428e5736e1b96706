/**
 * From an import file to validated rows: CSV or JSON records, their columns mapped to field names
 * through the English names and the Chinese header set, each row checked with its zod schema. A bad
 * row becomes `{ line, field, message }` and the good rows go on. `line` is the file's own line
 * (CSV: header = line 1; JSON text: the line the element starts on); for a JSON array sent as a
 * value rather than text, it is the element's position (1 = first).
 */
import type { z } from 'zod';
import { zh } from '../i18n/zh-CN/index.ts';
import { parseCsv } from './csv.ts';
import { jsonArrayItemLines } from './json-items.ts';

export type ImportFormat = 'json' | 'csv';
export interface ImportInput {
  format: ImportFormat;
  data: string | unknown[];
}

export interface RowError {
  line: number;
  field: string;
  message: string;
}

export interface ColumnSpec {
  /** Canonical Chinese header per field (the documented Chinese set). */
  labels: Record<string, string>;
  /** Fields whose column must be present in a CSV file. */
  required: string[];
  /** Further accepted headers per field, besides the field name and its label. */
  aliases: Record<string, string[]>;
}

export interface ValidRow<T> {
  line: number;
  row: T;
}

export interface ReadResult<T> {
  rows: ValidRow<T>[];
  errors: RowError[];
  /** Columns or keys that were not recognised and were ignored. */
  ignored: string[];
  /** Records read, good and bad. */
  received: number;
  /** Source ids present in the file, valid or not: a snapshot import must not withdraw those. */
  seenIds: Set<string>;
}

/** Most rows one import takes; a larger feed is split by its publisher or imported in parts. */
export const MAX_IMPORT_ROWS = 20_000;

const m = zh.jobs.import;

/** “Source ID”, “source_id” and “sourceId” meet; “薪资下限（元/月）” is 薪资下限. */
const headerKey = (h: string) =>
  h
    .normalize('NFKC')
    .trim()
    .replace(/[(（][^)）]*[)）]$/, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

function headerLookup(spec: ColumnSpec): Map<string, string> {
  const map = new Map<string, string>();
  for (const [field, label] of Object.entries(spec.labels)) {
    for (const name of [field, label, ...(spec.aliases[field] ?? [])]) map.set(headerKey(name), field);
  }
  return map;
}

interface RawRecord {
  line: number;
  values: Record<string, unknown>;
}

interface Records {
  records: RawRecord[];
  /** Records in the file, including those refused before validation. */
  received: number;
  /** Source ids of records refused before validation (a snapshot import must not withdraw them). */
  refusedIds?: string[];
}

function csvRecords(text: string, spec: ColumnSpec, errors: RowError[], ignored: Set<string>): Records {
  const { records, fatal } = parseCsv(text);
  const [header, ...body] = records;
  if (!header) {
    errors.push({ line: fatal?.line ?? 1, field: '(file)', message: fatal ? m.unterminatedQuote : m.emptyFile });
    return { records: [], received: 0 };
  }
  const lookup = headerLookup(spec);
  const fields: (string | undefined)[] = [];
  const seen = new Set<string>();
  for (const cell of header.cells) {
    const field = lookup.get(headerKey(cell));
    if (field && seen.has(field)) {
      errors.push({ line: header.line, field, message: m.duplicateColumn(cell.trim()) });
      fields.push(undefined);
      continue;
    }
    if (field) seen.add(field);
    else if (cell.trim()) ignored.add(cell.trim());
    fields.push(field);
  }
  const missing = spec.required.filter((f) => !seen.has(f));
  for (const f of missing) errors.push({ line: header.line, field: f, message: m.missingColumn(spec.labels[f] ?? f, f) });
  const out: RawRecord[] = [];
  const idColumn = fields.indexOf('sourceId');
  const refusedIds: string[] = [];
  for (const r of body) {
    const refuse = r.error ? m.strayQuote : r.cells.length > fields.length ? m.tooManyColumns(r.cells.length, fields.length) : undefined;
    if (refuse) {
      errors.push({ line: r.line, field: '(row)', message: refuse });
      const id = idColumn >= 0 ? r.cells[idColumn]?.trim() : undefined;
      if (id) refusedIds.push(id);
      continue;
    }
    const values: Record<string, unknown> = {};
    r.cells.forEach((cell, i) => {
      const field = fields[i];
      if (field && cell.trim() !== '') values[field] = cell;
    });
    out.push({ line: r.line, values });
  }
  if (fatal) errors.push({ line: fatal.line, field: '(file)', message: m.unterminatedQuote });
  // A missing required column makes every row fail the same way; say it once, on the header.
  return { records: missing.length ? [] : out, received: body.length, refusedIds };
}

function jsonRecords(data: string | unknown[], spec: ColumnSpec, errors: RowError[], ignored: Set<string>): Records {
  let items: unknown;
  let lines: number[] | undefined;
  if (typeof data === 'string') {
    try {
      items = JSON.parse(data.charCodeAt(0) === 0xfeff ? data.slice(1) : data);
    } catch (e) {
      errors.push({ line: 1, field: '(file)', message: m.jsonInvalid((e as Error).message) });
      return { records: [], received: 0 };
    }
    if (Array.isArray(items)) lines = jsonArrayItemLines(data);
  } else items = data;
  if (!Array.isArray(items)) {
    errors.push({ line: 1, field: '(file)', message: m.jsonNotArray });
    return { records: [], received: 0 };
  }
  const lookup = headerLookup(spec);
  const out: RawRecord[] = [];
  items.forEach((item, i) => {
    const line = lines?.[i] ?? i + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      errors.push({ line, field: '(row)', message: m.itemNotObject });
      return;
    }
    const values: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(item)) {
      const field = lookup.get(headerKey(key));
      if (!field) {
        ignored.add(key);
        continue;
      }
      if (value !== null && value !== '') values[field] = value;
    }
    out.push({ line, values });
  });
  return { records: out, received: items.length };
}

/** Reads and validates every record; never throws on bad input. */
export function readRows<S extends z.ZodType, T>(input: ImportInput, spec: ColumnSpec, schema: S, toRow: (parsed: z.output<S>) => T & { sourceId: string }): ReadResult<T & { sourceId: string }> {
  const errors: RowError[] = [];
  const ignored = new Set<string>();
  const { records, received, refusedIds = [] } =
    input.format === 'csv' ? csvRecords(typeof input.data === 'string' ? input.data : '', spec, errors, ignored) : jsonRecords(input.data, spec, errors, ignored);
  const seenIds = new Set<string>(refusedIds);
  for (const r of records) {
    const id = r.values.sourceId;
    if (typeof id === 'string' || typeof id === 'number') seenIds.add(String(id).trim());
  }
  if (received > MAX_IMPORT_ROWS) {
    errors.push({ line: 1, field: '(file)', message: m.tooManyRows(MAX_IMPORT_ROWS) });
    return { rows: [], errors, ignored: [...ignored], received, seenIds };
  }
  const rows: ValidRow<T & { sourceId: string }>[] = [];
  const firstLine = new Map<string, number>();
  for (const r of records) {
    const parsed = schema.safeParse(r.values);
    if (!parsed.success) {
      const byField = new Map<string, string>();
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '(row)');
        if (!byField.has(field)) byField.set(field, `${spec.labels[field] ?? field}：${issue.message}`);
      }
      for (const [field, message] of byField) errors.push({ line: r.line, field, message });
      continue;
    }
    const row = toRow(parsed.data);
    const earlier = firstLine.get(row.sourceId);
    if (earlier !== undefined) {
      errors.push({ line: r.line, field: 'sourceId', message: m.duplicateId(earlier) });
      continue;
    }
    firstLine.set(row.sourceId, r.line);
    rows.push({ line: r.line, row });
  }
  const column = new Map(Object.keys(spec.labels).map((f, i) => [f, i]));
  errors.sort((a, b) => a.line - b.line || (column.get(a.field) ?? -1) - (column.get(b.field) ?? -1));
  return { rows, errors, ignored: [...ignored], received, seenIds };
}
