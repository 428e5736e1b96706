/**
 * The language-understanding data (intents.yml, lexicon.yml beside this file), read and checked
 * once: an unknown intent, benefit code, aspect or a bad pattern fails loudly at first use, with
 * the file and entry named.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { BENEFIT_CODES, type BenefitCode } from '../../rules/outcome.ts';
import { ASPECTS, type Aspect, INTENTS, type Intent, SERVICES, type Service } from '../state.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** A regular expression's source that compiles (with the `u` flag). Shared with the evaluation's case schema. */
export const RegexSource = z.string().refine((s) => {
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

const IntentsFile = z
  .object({
    version: z.string(),
    intents: z.partialRecord(z.enum(INTENTS), z.object({ examples: z.array(z.string().min(1)).min(1), patterns: z.array(RegexSource).optional(), requires: RegexSource.optional(), unless: RegexSource.optional() }).strict()),
  })
  .strict();

const LexiconFile = z
  .object({
    version: z.string(),
    topics: z.array(z.object({ words: z.array(z.string().min(1)).min(1), benefits: z.array(z.enum(BENEFIT_CODES)), service: z.enum(SERVICES).optional() }).strict()),
    placeholders: z.object({ topic: z.string().length(1), subject: z.string().length(1), place: z.string().length(1) }).strict(),
    aspects: z.partialRecord(z.enum(ASPECTS), z.array(z.string().min(1))),
    roles: z.object({ employer: z.array(RegexSource), founder: z.array(RegexSource) }).strict(),
  })
  .strict();

export interface TopicWord {
  word: string;
  benefits: BenefitCode[];
  service?: Service;
}

export interface NluData {
  version: string;
  examples: { intent: Intent; text: string }[];
  patterns: { intent: Intent; pattern: RegExp }[];
  /** Words an intent cannot do without (find_events needs an event word): checked on the message. */
  requires: Map<Intent, RegExp>;
  /** Words that make a clause not that intent (还没找到工作 states a fact, it asks for no job). */
  unless: Map<Intent, RegExp>;
  /** Every topic word, longest first (so 创业担保贷款 is found before 贷款). */
  topicWords: TopicWord[];
  placeholders: { topic: string; subject: string; place: string };
  aspectWords: { aspect: Aspect; word: string }[];
  employerCues: RegExp[];
  founderCues: RegExp[];
}

function read<T>(name: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(parse(readFileSync(`${HERE}${name}`, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`server/dialogue/nlu/${name}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

let cached: NluData | undefined;

export function nluData(): NluData {
  if (cached) return cached;
  const intents = read('intents.yml', IntentsFile);
  const lexicon = read('lexicon.yml', LexiconFile);
  const topicWords = lexicon.topics
    .flatMap((t) => t.words.map((word) => ({ word: word.normalize('NFKC').toLowerCase(), benefits: t.benefits, ...(t.service ? { service: t.service } : {}) })))
    .sort((a, b) => b.word.length - a.word.length);
  const aspectWords = Object.entries(lexicon.aspects)
    .flatMap(([aspect, words]) => words.map((word) => ({ aspect: aspect as Aspect, word })))
    .sort((a, b) => b.word.length - a.word.length);
  cached = {
    version: `${intents.version}+${lexicon.version}`,
    examples: Object.entries(intents.intents).flatMap(([intent, v]) => v.examples.map((text) => ({ intent: intent as Intent, text }))),
    patterns: Object.entries(intents.intents).flatMap(([intent, v]) => (v.patterns ?? []).map((p) => ({ intent: intent as Intent, pattern: new RegExp(p, 'u') }))),
    requires: new Map(Object.entries(intents.intents).flatMap(([intent, v]) => (v.requires ? [[intent as Intent, new RegExp(v.requires, 'iu')]] : []))),
    unless: new Map(Object.entries(intents.intents).flatMap(([intent, v]) => (v.unless ? [[intent as Intent, new RegExp(v.unless, 'iu')]] : []))),
    topicWords,
    placeholders: lexicon.placeholders,
    aspectWords,
    employerCues: lexicon.roles.employer.map((p) => new RegExp(p, 'u')),
    founderCues: lexicon.roles.founder.map((p) => new RegExp(p, 'u')),
  };
  return cached;
}
