/**
 * Deterministic vacancy matching: a pure function from a seeker's facts, candidate vacancies (each
 * with its cosine similarity to the seeker's query) and the day asked about, to a ranked list with
 * scores and Chinese reasons. No clock, no database, no randomness: the same input gives the same
 * list. Hard filters first, then the weighted criteria of match-weights.ts; a post that fails a
 * filter or, when the seeker said what they want, is unrelated to it, is not suitable and never
 * shown — the counts say why, for an honest shortfall.
 */
import { zh } from '../i18n/zh-CN/index.ts';
import { addDays } from '../rules/dates.ts';
import type { Person } from '../rules/facts.ts';
import { coverage } from './keywords.ts';
import { MIN_KEYWORD_COVERAGE, MIN_SIMILARITY, SKILLS_FULL_AT, VACANCY_WEIGHTS, type VacancyCriterion } from './match-weights.ts';
import { inPlace, mayTake, seekerProfile, type SeekerProfile } from './profile.ts';
import { subjectHit } from './subjects.ts';
import { fold } from './fields.ts';
import { EDUCATION_RANK, type WorkType } from './vocabulary.ts';
import type { VacancyFields } from './vacancy-row.ts';

const r = zh.jobs.reasons;
const n = zh.jobs.notes;

export interface VacancyCandidate extends VacancyFields {
  id: string;
  postedOn: string;
  isDemo: boolean;
  /** Cosine similarity of the post's embedding and the seeker's query, from the candidate search. */
  similarity: number;
}

export interface CriterionPoints<C extends string = VacancyCriterion> {
  criterion: C;
  weight: number;
  /** How far the criterion is met, 0–1. */
  value: number;
  /** weight × value, rounded to 4 places; the score is their sum. */
  points: number;
  reason: string;
}

export interface VacancyMatch {
  vacancy: VacancyCandidate;
  score: number;
  reasons: string[];
  /** Things to check that earn no points (education to confirm, wage 面议, closing soon …). */
  notes: string[];
  breakdown: CriterionPoints[];
  /** How far the post is about the subject's family (subjectHit: 1 the words said in its title, 0.9 a family word there, 0.7 elsewhere), when the subject has one: ranks first. */
  subjectFit?: number;
}

export type VacancyExclusion = 'withdrawn' | 'expired' | 'education' | 'excludedGroup' | 'restricted' | 'irrelevant';

export interface VacancyMatchResult {
  /** The best `k` suitable posts, best first. */
  matches: VacancyMatch[];
  /** Suitable posts among the candidates (may exceed k). */
  suitable: number;
  considered: number;
  excluded: Record<VacancyExclusion, number>;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

export function criterion<C extends string>(weights: Record<C, number>, name: C, value: number, reason: string): CriterionPoints<C> {
  const v = Math.max(0, Math.min(1, value));
  return { criterion: name, weight: weights[name], value: round4(v), points: round4(weights[name] * v), reason };
}

/** Items of `theirs` that one of `mine` names (equal, or one contains the other), compared folded. */
export function overlap(mine: string[], theirs: string[]): string[] {
  const wanted = mine.map(fold).filter((s) => s.length >= 2);
  return theirs.filter((t) => {
    const f = fold(t);
    return f.length >= 1 && wanted.some((w) => w === f || (f.length >= 2 && (w.includes(f) || f.includes(w))));
  });
}

/** Why a post is not suitable for this seeker, or undefined when it passes every hard filter. */
export function hardFilter(p: SeekerProfile, v: VacancyCandidate): Exclude<VacancyExclusion, 'irrelevant'> | undefined {
  if (v.status !== 'active') return 'withdrawn';
  if (v.expiresOn && v.expiresOn < p.asOf) return 'expired';
  if (v.educationMin && p.education && EDUCATION_RANK[p.education] < EDUCATION_RANK[v.educationMin]) return 'education';
  if (v.excludedGroups.some((g) => p.groups[g] === true)) return 'excludedGroup';
  if (mayTake(p, v.workType) === false) return 'restricted';
  return undefined;
}

function workTypeFit(p: SeekerProfile, v: VacancyCandidate): string | undefined {
  if (p.desiredWorkTypes.includes(v.workType)) return r.desiredWorkType(zh.jobs.workTypes[v.workType]);
  switch (v.workType) {
    case 'internship':
      return p.groups.unemployed_graduate === true ? r.internshipForGraduate : p.groups.youth === true ? r.internshipForYouth : undefined;
    case 'public_welfare':
      return p.groups.difficulty === true ? r.publicWelfareForDifficulty : undefined;
    case 'grassroots':
      return p.view.yishengYikun.value === true ? r.grassrootsForYishengYikun : undefined;
    default:
      return undefined;
  }
}

const RESTRICTION_NOTES: Partial<Record<WorkType, string>> = {
  internship: n.internshipToConfirm,
  public_welfare: n.publicWelfareToConfirm,
  grassroots: n.grassrootsToConfirm,
};

/** The criteria a suitable post meets, with their points and reasons, and its notes. */
export function scoreVacancy(p: SeekerProfile, v: VacancyCandidate): { breakdown: CriterionPoints[]; notes: string[]; relevant: boolean; subjectFit?: number } {
  const W = VACANCY_WEIGHTS;
  const breakdown: CriterionPoints[] = [];
  const notes: string[] = [];
  const add = (name: VacancyCriterion, value: number, reason: string) => {
    const c = criterion(W, name, value, reason);
    if (c.points > 0) breakdown.push(c);
  };

  const said = p.intent ?? p.skills.join('、');
  const literal = p.hasIntent ? coverage(p.intentWords, [v.title, v.description, ...v.skills, ...v.majors].join(' ')) : { value: 0, found: [] };
  // With a thesaurus family, the family's words are the evidence (前端开发工程师 is 软件开发).
  const family = p.subject?.family ? subjectHit(p.subject, v.title, [v.description, ...v.skills, ...v.majors].join(' ')) : undefined;
  const words = family && family.value >= literal.value ? family : literal;
  if (p.hasIntent) {
    add('semantic', v.similarity, r.semantic(said, v.similarity));
    add('keywords', words.value, words === family && !family.literal ? r.keywordsFamily(family.found, said) : r.keywords(words.found));
  }

  const groups = v.suitableGroups.filter((g) => p.groups[g] === true);
  if (groups.length) add('group', 1, r.groups(groups.map((g) => zh.jobs.groups[g])));

  const fit = workTypeFit(p, v);
  if (fit) add('workType', 1, fit);
  else if (mayTake(p, v.workType) === undefined && RESTRICTION_NOTES[v.workType]) notes.push(RESTRICTION_NOTES[v.workType]!);

  if (inPlace(p, v.street)) add('location', 1, r.street(v.street!));

  const skillsMatched = overlap(p.skills, [...v.skills, ...v.majors]);
  if (skillsMatched.length) add('skills', skillsMatched.length / SKILLS_FULL_AT, r.skills(skillsMatched));

  if (v.educationMin) {
    if (p.education) add('education', 1, r.educationMet(zh.jobs.education[p.education], zh.jobs.education[v.educationMin]));
    else notes.push(n.educationUnknown(zh.jobs.education[v.educationMin]));
  }

  if (p.expectedWage !== undefined) {
    const top = v.wageMax ?? v.wageMin;
    const range = zh.jobs.wageRange(v.wageMin, v.wageMax);
    if (top === null) notes.push(n.wageNegotiable);
    else if (top >= p.expectedWage) add('wage', 1, r.wage(range, p.expectedWage));
    else notes.push(n.wageBelowExpectation(range, p.expectedWage));
  }

  if (v.expiresOn && v.expiresOn <= addDays(p.asOf, 7)) notes.push(n.expiresSoon(v.expiresOn));
  const relevant = !p.hasIntent || words.value >= MIN_KEYWORD_COVERAGE || skillsMatched.length > 0 || v.similarity >= MIN_SIMILARITY;
  return { breakdown, notes, relevant, ...(family ? { subjectFit: family.value } : {}) };
}

const emptyExcluded = (): Record<VacancyExclusion, number> => ({ withdrawn: 0, expired: 0, education: 0, excludedGroup: 0, restricted: 0, irrelevant: 0 });

/** Ranks the candidates for one seeker on `asOf`; `k` bounds the list returned, not the count of suitable posts. */
export function matchVacancies({ person, candidates, asOf, k }: { person: Person; candidates: VacancyCandidate[]; asOf: string; k: number }): VacancyMatchResult {
  return matchVacanciesFor(seekerProfile(person, asOf), candidates, k);
}

export function matchVacanciesFor(p: SeekerProfile, candidates: VacancyCandidate[], k: number): VacancyMatchResult {
  const excluded = emptyExcluded();
  const suitable: VacancyMatch[] = [];
  for (const v of candidates) {
    const out = hardFilter(p, v);
    if (out) {
      excluded[out]++;
      continue;
    }
    const { breakdown, notes, relevant, subjectFit } = scoreVacancy(p, v);
    if (!relevant) {
      excluded.irrelevant++;
      continue;
    }
    const score = round4(breakdown.reduce((s, c) => s + c.points, 0));
    suitable.push({ vacancy: v, score, reasons: breakdown.map((c) => c.reason), notes, breakdown, ...(subjectFit !== undefined ? { subjectFit } : {}) });
  }
  // Ties: more similar first when the seeker said what they want (otherwise the query was neutral
  // and similarity means nothing), then the newest, then by title and employer, then by id so the order is total.
  const sim = (m: VacancyMatch) => (p.hasIntent ? m.vacancy.similarity : 0);
  // Posts whose title names the subject's family come before those that only mention it.
  suitable.sort(
    (a, b) =>
      (b.subjectFit ?? 0) - (a.subjectFit ?? 0) ||
      b.score - a.score ||
      sim(b) - sim(a) ||
      (a.vacancy.postedOn < b.vacancy.postedOn ? 1 : a.vacancy.postedOn > b.vacancy.postedOn ? -1 : 0) ||
      // What a seeker sees, not a random id, settles the rest: the same question gets the same list.
      a.vacancy.title.localeCompare(b.vacancy.title, 'zh') ||
      (a.vacancy.employer ?? '').localeCompare(b.vacancy.employer ?? '', 'zh') ||
      (a.vacancy.id < b.vacancy.id ? -1 : a.vacancy.id > b.vacancy.id ? 1 : 0),
  );
  return { matches: suitable.slice(0, k), suitable: suitable.length, considered: candidates.length, excluded };
}
