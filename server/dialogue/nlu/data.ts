/**
 * The language-understanding data (intents.yml, lexicon.yml beside this file), read and checked
 * once: an unknown intent, benefit code, aspect or a bad pattern fails loudly at first use, with
 * the file and entry named. The benefits add their own words from their modules: each one's name,
 * and the amounts people call it by (from its spoken parameters' values in force), so a new
 * benefit is understood without an entry here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { BENEFIT_CODES, benefits, type Benefit, type BenefitCode } from '../../rules/engine.ts';
import { today } from '../../rules/dates.ts';
import { entryAt } from '../../rules/parameters/index.ts';
import { spokenNumerals } from '../../i18n/zh-CN/numerals.ts';
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
  /** From a benefit module (its name, an amount), not the lexicon. */
  fromBenefit?: true;
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

const fold = (word: string) => word.normalize('NFKC').toLowerCase();

/**
 * How people say an amount of money: 8000 → 8000元, 8000块, 8000的, 8000那个, 八千元, 八千块,
 * 八千的, 八千那个; 2000 also 两千…; 600000 as 60万… and 六十万…, also on their own.
 */
export function amountWords(n: number): string[] {
  const tenThousands = n >= 10_000 && n % 10_000 === 0 ? [`${n / 10_000}万`] : [];
  const numerals = spokenNumerals(n);
  const said = [...(tenThousands.length ? tenThousands : [String(n)]), ...numerals];
  return [...new Set([...tenThousands, ...numerals.filter((w) => w.endsWith('万')), ...said.flatMap((w) => ['元', '块', '的', '那个'].map((end) => `${w}${end}`))])];
}

/** Codes a word of `b` names: the benefit itself first, then those said with it. */
const named = (b: Benefit, also: readonly BenefitCode[] = []) => [...new Set([b.code, ...b.namedWith, ...also])];

/**
 * The benefits' own words. A name (and the name without its bracket) the lexicon already has stays
 * the lexicon's; a longer one names, after its own benefit, what the lexicon words inside it name
 * (就业见习补贴 → the subsidy, then the post, as 见习补贴 does). An amount names the benefit whose
 * spoken parameter has it on `asOf` (and those said with it).
 */
function benefitTopicWords(lexicon: readonly TopicWord[], asOf: string): TopicWord[] {
  const known = new Map(lexicon.map((t) => [t.word, t]));
  const words = new Map<string, BenefitCode[]>();
  const add = (word: string, codes: readonly BenefitCode[]) => words.set(word, [...new Set([...(words.get(word) ?? []), ...codes])]);
  for (const b of benefits) {
    for (const name of new Set([b.name, b.name.replace(/（[^）]*）/gu, '')].map(fold))) {
      if (known.has(name)) continue;
      const inside = lexicon.filter((t) => t.benefits.length && name.includes(t.word)).flatMap((t) => t.benefits);
      add(name, named(b, inside));
    }
    for (const p of Object.values(b.parameters)) {
      const value = p.spoken ? entryAt(p.values, asOf)?.value : undefined;
      if (typeof value === 'number') for (const w of amountWords(value)) if (!known.has(fold(w))) add(fold(w), named(b));
    }
  }
  return [...words].map(([word, codes]) => ({ word, benefits: codes, fromBenefit: true as const }));
}

export function nluData(): NluData {
  if (cached) return cached;
  const intents = read('intents.yml', IntentsFile);
  const lexicon = read('lexicon.yml', LexiconFile);
  const lexiconWords = lexicon.topics.flatMap((t) => t.words.map((word) => ({ word: fold(word), benefits: t.benefits, ...(t.service ? { service: t.service } : {}) })));
  const topicWords = [...lexiconWords, ...benefitTopicWords(lexiconWords, today())].sort((a, b) => b.word.length - a.word.length);
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
