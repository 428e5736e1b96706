/**
 * The YAML case files of the conversation evaluation (`npm run eval:dialogue`): families of
 * paraphrased cases, each case a short conversation whose turns carry the checks its answer must pass.
 * See eval/dialogue/run.ts for how they are run and eval/dialogue/checks.ts for what each key checks.
 */
import { z } from 'zod';
import { RegexSource } from '../../server/dialogue/nlu/data.ts';

const CLAUSE_ID = /^[a-z0-9-]+:[a-z0-9.]+$/;
const clauseId = z.string().regex(CLAUSE_ID, 'not a clause id like yb2022-38:2.1.1');
const clauseIds = z.array(clauseId).min(1);

/** A JavaScript regex source that compiles (the NLU data's own rule). */
const regexSource = RegexSource.pipe(z.string().min(1));

export const TOOL_NAMES = [
  'check_eligibility',
  'check_employer_eligibility',
  'search_policy',
  'match_vacancies',
  'recommend_training',
  'list_events',
  'record_profile_facts',
  'request_counsellor',
  'get_application_guide',
] as const;
export const ToolNameSchema = z.enum(TOOL_NAMES);
export type ToolName = z.infer<typeof ToolNameSchema>;

export const ResultsExpectSchema = z
  .object({
    tool: z.enum(['match_vacancies', 'recommend_training', 'list_events']),
    min: z.number().int().min(1),
    /** Regex source every counted item's title (or event name) must match. */
    match: regexSource.optional(),
    /** An `output.shortfall` object also passes when fewer than `min` items match. */
    allowShortfall: z.boolean().optional(),
  })
  .strict();
export type ResultsExpect = z.infer<typeof ResultsExpectSchema>;

export const ExpectSchema = z
  .object({
    cites: clauseIds.optional(),
    onlyCites: clauseIds.optional(),
    noCites: clauseIds.optional(),
    figures: z.array(z.string().min(1)).min(1).optional(),
    figureFirst: z.boolean().optional(),
    maxChars: z.number().int().positive().optional(),
    noTools: z.array(ToolNameSchema).min(1).optional(),
    tools: z.array(ToolNameSchema).min(1).optional(),
    mustInclude: z.array(regexSource).min(1).optional(),
    mustNotInclude: z.array(regexSource).min(1).optional(),
    mustNotAsk: z.array(z.string().min(1)).min(1).optional(),
    handoff: z.boolean().optional(),
    results: ResultsExpectSchema.optional(),
    smalltalk: z.boolean().optional(),
    refuse: z.boolean().optional(),
  })
  .strict()
  .refine((e) => !e.figureFirst || (e.figures && e.figures.length > 0), 'figureFirst needs figures');
export type Expect = z.infer<typeof ExpectSchema>;

export const TurnSchema = z.object({ say: z.string().min(1), expect: ExpectSchema.optional() }).strict();
export type Turn = z.infer<typeof TurnSchema>;

export const CASE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const CaseSchema = z
  .object({
    id: z.string().regex(CASE_ID, 'case ids are lower-case words joined by hyphens'),
    note: z.string().optional(),
    turns: z.array(TurnSchema).min(1),
  })
  .strict();
export type DialogueCase = z.infer<typeof CaseSchema>;

export const WHO = ['graduate', 'difficulty', 'startup', 'employer', 'staff', 'seeker'] as const;
export type Who = (typeof WHO)[number];

/** Families should hold at least this many paraphrases; fewer is reported as a warning, not an error. */
export const MIN_CASES_PER_FAMILY = 5;

export const FamilySchema = z
  .object({
    family: z.string().regex(CASE_ID),
    who: z.enum(WHO),
    /** Where in the seed (or docs/domain.md) the expected answer comes from, e.g. 二（五）3. */
    source: z.string().min(1),
    note: z.string().optional(),
    cases: z.array(CaseSchema).min(1),
  })
  .strict();
export type Family = z.infer<typeof FamilySchema>;

export const CaseFileSchema = z.object({ families: z.array(FamilySchema).min(1) }).strict();
export type CaseFile = z.infer<typeof CaseFileSchema>;

/** One case with its family's labels, as the runner uses it. */
export interface LoadedCase extends DialogueCase {
  family: string;
  who: Who;
  source: string;
  file: string;
}

/**
 * Flattens parsed files into cases, checking what one file's schema cannot: ids and family names
 * unique across every file. Returns the cases and warnings (small families).
 */
export function flattenCaseFiles(files: { file: string; data: CaseFile }[]): { cases: LoadedCase[]; warnings: string[] } {
  const cases: LoadedCase[] = [];
  const warnings: string[] = [];
  const ids = new Map<string, string>();
  const families = new Map<string, string>();
  for (const { file, data } of files) {
    for (const fam of data.families) {
      const seenFamily = families.get(fam.family);
      if (seenFamily) throw new Error(`${file}: family ${fam.family} also defined in ${seenFamily}`);
      families.set(fam.family, file);
      if (fam.cases.length < MIN_CASES_PER_FAMILY) warnings.push(`${file}: family ${fam.family} has ${fam.cases.length} cases (< ${MIN_CASES_PER_FAMILY})`);
      for (const c of fam.cases) {
        const seen = ids.get(c.id);
        if (seen) throw new Error(`${file}: case id ${c.id} also used in ${seen}`);
        ids.set(c.id, file);
        cases.push({ ...c, family: fam.family, who: fam.who, source: fam.source, file });
      }
    }
  }
  return { cases, warnings };
}
