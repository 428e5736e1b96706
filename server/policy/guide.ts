/**
 * How to apply for each benefit and service: who applies, where, what to bring, how long it takes,
 * short municipal facts, and the clause sentence that states the general rule. A benefit's facts
 * are in its module (server/rules/benefits/<code>.ts, `guide`), with amounts from its parameters;
 * the services' are data (./guide.yml). Both are checked once on first use: a missing or unknown
 * code, or a municipal fact without its source, fails loudly. The words around them come from the
 * dictionary (zh.guide).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { zh } from '../i18n/zh-CN/index.ts';
import { benefitNames } from '../i18n/zh-CN/benefits.ts';
import { today } from '../rules/dates.ts';
import { benefitByCode, BENEFIT_CODES, type BenefitCode } from '../rules/engine.ts';
import { loadCorpus, type CorpusDocument } from './corpus.ts';
import { sentenceWith } from './sentences.ts';

export const GUIDE_FILE = fileURLToPath(new URL('./guide.yml', import.meta.url));

export const SERVICES = ['jobs', 'training', 'guidance', 'events'] as const;
export type Service = (typeof SERVICES)[number];
export const GUIDE_CODES = [...BENEFIT_CODES, ...SERVICES] as const;
export type GuideCode = BenefitCode | Service;
export type Side = 'person' | 'employer';

const CLAUSE_ID = /^[a-z0-9-]+:(\d+(\.\d+)*|att\d+(\.\d+)*)$/;
const nonEmpty = z.string().trim().min(1);
const clauseRef = z.string().regex(CLAUSE_ID, 'must be a clause id like yb2022-38:2.1.1');

/** A text from the seed (its clause, by default the rule's) or a municipal rule with its source. */
const SourcedFile = z
  .object({
    text: nonEmpty,
    municipal: z.boolean(),
    source: nonEmpty.optional(),
    clause: clauseRef.optional(),
  })
  .strict()
  .refine((s) => !s.municipal || s.source !== undefined, 'a municipal rule needs its source document')
  .refine((s) => s.municipal || s.source === undefined, 'a text from the seed names its clause (clause:), not a source');

const BringFile = z
  .object({ items: z.array(nonEmpty).min(1), municipal: z.boolean(), source: nonEmpty.optional() })
  .strict()
  .refine((s) => !s.municipal || s.source !== undefined, 'a municipal rule needs its source document');

const EntryFile = z
  .object({
    side: z.enum(['person', 'employer']),
    rule: z.object({ clause: clauseRef, needle: nonEmpty }).strict(),
    where: SourcedFile.optional(),
    bring: BringFile.optional(),
    time: SourcedFile.optional(),
    notes: z.array(SourcedFile).default([]),
  })
  .strict();

type EntryFile = z.infer<typeof EntryFile>;
type SourcedFile = z.infer<typeof SourcedFile>;

export class GuideError extends Error {
  override name = 'GuideError';
}

function checked(file: string, code: string, raw: unknown): EntryFile {
  const parsed = EntryFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new GuideError(`${file}: ${code}.${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Checks the services' data (./guide.yml): every service present, nothing else, every entry well formed. */
export function parseGuide(raw: unknown, file = GUIDE_FILE): Record<Service, EntryFile> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new GuideError(`${file}: expected a map from service to entry`);
  const entries = raw as Record<string, unknown>;
  const missing = SERVICES.filter((c) => !(c in entries));
  if (missing.length) throw new GuideError(`${file}: no entry for ${missing.join(', ')}`);
  const unknown = Object.keys(entries).filter((c) => !(SERVICES as readonly string[]).includes(c));
  if (unknown.length) throw new GuideError(`${file}: unknown code ${unknown.join(', ')}${unknown.some((c) => (BENEFIT_CODES as readonly string[]).includes(c)) ? ' (a benefit is guided from its module)' : ''}`);
  return Object.fromEntries(SERVICES.map((code) => [code, checked(file, code, entries[code])])) as Record<Service, EntryFile>;
}

/** A benefit's guide on `asOf` (amounts in it are its parameters' then), checked like the services'. */
export function benefitGuide(code: BenefitCode, asOf = today()): EntryFile {
  const b = benefitByCode.get(code);
  if (!b) throw new GuideError(`no benefit ${code}`);
  const { needle, ...rest } = b.guide(asOf);
  return checked(`server/rules/benefits/${code}.ts`, `${code}.guide`, { side: b.audience, rule: { clause: b.clauseId, needle }, ...rest });
}

let services: Record<Service, EntryFile> | undefined;
/** A service's entry (the file, read once) or a benefit's on today's parameters. */
function guideData(code: GuideCode): EntryFile {
  return isService(code) ? (services ??= parseGuide(parse(readFileSync(GUIDE_FILE, 'utf8'))))[code] : benefitGuide(code);
}

let fileCorpus: Map<string, string> | undefined;

/** Clause texts by id: from the documents given, or the corpus folder (read once). */
export type ClauseTextSource = readonly Pick<CorpusDocument, 'clauses'>[] | ReadonlyMap<string, { text: string }>;

export function clauseText(id: string, corpus?: ClauseTextSource): string | undefined {
  if (!corpus) {
    fileCorpus ??= new Map(loadCorpus().flatMap((d) => d.clauses.map((c) => [c.id, c.text] as const)));
    return fileCorpus.get(id);
  }
  if (corpus instanceof Map) return (corpus as ReadonlyMap<string, { text: string }>).get(id)?.text;
  for (const doc of corpus as readonly Pick<CorpusDocument, 'clauses'>[]) {
    const c = doc.clauses.find((x) => x.id === id);
    if (c) return c.text;
  }
  return undefined;
}

// ── answers ───────────────────────────────────────────────────────────────────────────────────

/** A text with where it comes from: `source` null when nothing is known and the dictionary's default is said. */
export interface Sourced {
  text: string;
  source: string | null;
  municipal: boolean;
}

export interface GeneralRule {
  clauseId: string;
  /** The clause's whole sentence stating the rule. */
  sentence: string;
}

export interface ApplicationGuide {
  code: GuideCode;
  name: string;
  side: Side;
  /** Who applies, in words. */
  sideText: string;
  where: Sourced;
  bring: Sourced & { items: string[] };
  time: Sourced;
  notes: Sourced[];
  rule: GeneralRule;
  /** 以区就业和人才中心审核为准 */
  confirm: string;
  /** The offer of a person. */
  offer: string;
}

const g = zh.guide;

export function isGuideCode(code: string): code is GuideCode {
  return (GUIDE_CODES as readonly string[]).includes(code);
}

function entry(code: GuideCode): EntryFile {
  const e = isGuideCode(code) ? guideData(code) : undefined;
  if (!e) throw new GuideError(`no application guide for ${String(code)}`);
  return e;
}

function sourced(s: SourcedFile, ruleClause: string): Sourced {
  if (s.municipal) return { text: s.text, source: g.sources[s.source!] ?? s.source!, municipal: true };
  return { text: s.text, source: g.seedSource(s.clause ?? ruleClause), municipal: false };
}

/** The clause ids a guide's seed texts stand on: the rule's clause and any other a text names. */
export function guideClauses(code: GuideCode): string[] {
  const e = entry(code);
  const named = [e.where, e.time, ...e.notes].flatMap((s) => (s && !s.municipal && s.clause ? [s.clause] : []));
  return [...new Set([e.rule.clause, ...named])];
}

/**
 * The whole sentence of the rule's clause holding its needle. Fails loudly when the clause is not
 * in the corpus or no sentence holds the needle: the data and the corpus disagree.
 */
export function generalRule(code: GuideCode, corpus?: ClauseTextSource): GeneralRule {
  const { clause, needle } = entry(code).rule;
  const text = clauseText(clause, corpus);
  if (text === undefined) throw new GuideError(`${code}: clause ${clause} is not in the corpus`);
  const sentence = sentenceWith(text, needle);
  if (!sentence) throw new GuideError(`${code}: no sentence of ${clause} holds “${needle}”`);
  return { clauseId: clause, sentence };
}

export function isService(code: string): code is Service {
  return (SERVICES as readonly string[]).includes(code);
}

export function guideName(code: GuideCode): string {
  return isService(code) ? g.serviceNames[code] : benefitNames[code];
}

/** How to apply for one benefit or service. */
export function applicationGuide(code: GuideCode, corpus?: ClauseTextSource): ApplicationGuide {
  const e = entry(code);
  const ruleClause = e.rule.clause;
  const bring = e.bring
    ? {
        items: e.bring.items,
        text: e.bring.items.join('、'),
        ...(e.bring.municipal
          ? { source: g.sources[e.bring.source!] ?? e.bring.source!, municipal: true }
          : { source: g.seedSource(ruleClause), municipal: false }),
      }
    : { items: [], text: g.defaults.bring, source: null, municipal: false };
  return {
    code,
    name: guideName(code),
    side: e.side,
    sideText: isService(code) ? g.sides.service : g.sides[e.side],
    where: e.where ? sourced(e.where, ruleClause) : { text: g.defaults.where, source: null, municipal: false },
    bring,
    time: e.time ? sourced(e.time, ruleClause) : { text: g.defaults.time, source: null, municipal: false },
    notes: e.notes.map((n) => sourced(n, ruleClause)),
    rule: generalRule(code, corpus),
    confirm: g.confirm,
    offer: g.offer,
  };
}

/** One guide as the text shown to a person: every part, the rule quoted whole, the confirmation and the offer of a person. */
export function guideText(guide: ApplicationGuide): string {
  const t = g.text;
  const mark = (s: Sourced) => (s.municipal && s.source ? t.sourced(s.text, s.source, true) : s.text);
  return [
    t.title(guide.name),
    t.side(guide.sideText),
    t.where(mark(guide.where)),
    guide.bring.items.length ? t.bringText(mark({ ...guide.bring, text: guide.bring.items.join('、') })) : t.bringText(guide.bring.text),
    t.time(mark(guide.time)),
    ...guide.notes.map((n) => t.note(mark(n))),
    t.rule(guide.rule.sentence, guide.rule.clauseId),
    guide.confirm,
    guide.offer,
  ].join('\n');
}
