import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The policy corpus: one JSON file per document in policy-corpus/, the official text the product
 * quotes. The loader refuses a broken file loudly (bad shape, duplicate or missing numbered items,
 * empty text) so a bad edit can never reach retrieval.
 */
export const CORPUS_DIR = fileURLToPath(new URL('../../policy-corpus', import.meta.url));

const nonEmpty = z.string().trim().min(1);
const ClauseFile = z.object({
  path: z.string().regex(/^(\d+(\.\d+)*|att\d+(\.\d+)*)$/, 'must be like 2.1.1, att1 or att2.3'),
  section: nonEmpty,
  heading: nonEmpty,
  text: nonEmpty,
  units: z.array(nonEmpty),
  keywords: z.array(nonEmpty).default([]),
});
const EventFile = z.object({
  seq: z.number().int().positive(),
  name: nonEmpty,
  time: nonEmpty,
  months: z.array(z.number().int().min(1).max(12)).min(1),
  departments: z.array(nonEmpty),
});
const DocumentFile = z.object({
  docKey: z.string().regex(/^[a-z0-9-]+$/),
  number: nonEmpty,
  title: nonEmpty,
  planTitle: nonEmpty.optional(),
  issuer: nonEmpty,
  issuedOn: z.iso.date(),
  source: nonEmpty,
  clauses: z.array(ClauseFile).min(1),
  events: z.array(EventFile).default([]),
});

export type CorpusClause = z.infer<typeof ClauseFile> & { id: string; docKey: string; ordinal: number; contentHash: string };
export type CorpusEvent = z.infer<typeof EventFile> & { docKey: string; year: number; clauseId: string };
export type CorpusDocument = Omit<z.infer<typeof DocumentFile>, 'clauses' | 'events'> & {
  contentHash: string;
  clauses: CorpusClause[];
  events: CorpusEvent[];
};

export class CorpusError extends Error {
  override name = 'CorpusError';
}

export const clauseId = (docKey: string, path: string) => `${docKey}:${path}`;

export const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * Numbered items under one parent must run 1..n without gaps: 2.1.1–2.1.4, att2.1–att2.24.
 * A missing last item cannot be seen this way; the corpus test pins the full id list.
 */
function checkNumbering(file: string, paths: string[]) {
  const byParent = new Map<string, number[]>();
  for (const path of paths) {
    const m = /^(.*?)(\d+)$/.exec(path)!;
    const parent = m[1]!;
    byParent.set(parent, [...(byParent.get(parent) ?? []), Number(m[2])]);
  }
  for (const [parent, numbers] of byParent) {
    const sorted = [...numbers].sort((a, b) => a - b);
    sorted.forEach((n, i) => {
      if (n !== i + 1) throw new CorpusError(`${file}: numbered item ${parent}${i + 1} is missing (found ${parent}${n})`);
    });
  }
}

export function parseCorpusDocument(file: string, raw: unknown): CorpusDocument {
  const parsed = DocumentFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CorpusError(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const doc = parsed.data;
  const seen = new Set<string>();
  for (const c of doc.clauses) {
    if (seen.has(c.path)) throw new CorpusError(`${file}: duplicate clause ${c.path}`);
    seen.add(c.path);
  }
  checkNumbering(file, doc.clauses.map((c) => c.path));
  const eventSeqs = doc.events.map((e) => e.seq);
  if (new Set(eventSeqs).size !== eventSeqs.length) throw new CorpusError(`${file}: duplicate event seq`);
  for (const seq of eventSeqs) {
    if (!seen.has(`att2.${seq}`)) throw new CorpusError(`${file}: event ${seq} has no clause att2.${seq}`);
  }
  const year = Number(doc.issuedOn.slice(0, 4));
  const clauses = doc.clauses.map((c, ordinal) => ({
    ...c,
    id: clauseId(doc.docKey, c.path),
    docKey: doc.docKey,
    ordinal,
    contentHash: sha256([c.section, c.heading, c.text, c.units, c.keywords]),
  }));
  const events = doc.events.map((e) => ({ ...e, docKey: doc.docKey, year, clauseId: clauseId(doc.docKey, `att2.${e.seq}`) }));
  const { clauses: _c, events: _e, ...meta } = doc;
  return { ...meta, contentHash: sha256(meta), clauses, events };
}

/** Loads and validates every document of the corpus folder. */
export function loadCorpus(dir: string = CORPUS_DIR): CorpusDocument[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new CorpusError(`${dir}: no corpus documents`);
  const docs = files.map((f) => {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      throw new CorpusError(`${f}: not valid JSON (${(e as Error).message})`);
    }
    return parseCorpusDocument(f, raw);
  });
  const keys = docs.map((d) => d.docKey);
  if (new Set(keys).size !== keys.length) throw new CorpusError('two corpus documents share a docKey');
  return docs;
}

/** The text the lexical index and the embedding see for a clause: heading, aliases, then the text. */
export function searchableText(c: Pick<CorpusClause, 'heading' | 'keywords' | 'text'>): string {
  return [c.heading, c.keywords.join(' '), c.text].join('\n');
}
