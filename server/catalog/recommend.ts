/**
 * Vacancy matching and course recommendation as a service (routes and agent tools call these):
 * embed the seeker's query, fetch candidates through the HNSW index, rank them with the pure
 * matcher, and report a shortfall honestly. Rows carry `demo: true` when they are demo data.
 */
import type { Database } from '../db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import { queryVector } from '../embeddings/query.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import type { Person } from '../rules/facts.ts';
import { toTsQuery } from '../policy/search.ts';
import { idf, words } from '../text/segment.ts';
import { countLiveCourses, courseCandidates, courseWordCandidates, matchCandidates, vacancyReach, type VacancyFilters } from './candidates.ts';
import { learningIntent, recommendCoursesFor, type CourseMatch } from './course-match.ts';
import { matchVacanciesFor, type VacancyMatch } from './match.ts';
import { CANDIDATES, WANTED } from './match-weights.ts';
import { jobSubject, placeOf } from './request-words.ts';
import { normaliseStreet } from './streets.ts';
import { nearFamilies, subjectFamily, subjectQueryText, subjectTerms } from './subjects.ts';
import { knownGroups, mayTake, seekerProfile, seekerQueryText, type SeekerProfile } from './profile.ts';
import { courseShortfall, vacancyShortfall, type Shortfall } from './shortfall.ts';
import { WORK_TYPES } from './vocabulary.ts';

const labels = { groups: zh.jobs.groups, workTypes: zh.jobs.workTypes, neutral: zh.jobs.neutralQuery };

export function vacancyMatchRow(m: VacancyMatch) {
  const v = m.vacancy;
  return {
    vacancyId: v.id,
    title: v.title,
    employer: v.employer,
    score: m.score,
    reasons: m.reasons,
    notes: m.notes,
    breakdown: m.breakdown,
    workType: v.workType,
    workTypeLabel: zh.jobs.workTypes[v.workType],
    district: v.district,
    street: v.street,
    address: v.address,
    educationMin: v.educationMin,
    wageMin: v.wageMin,
    wageMax: v.wageMax,
    wageText: zh.jobs.wageRange(v.wageMin, v.wageMax),
    headcount: v.headcount,
    contact: v.contact,
    postedOn: v.postedOn,
    expiresOn: v.expiresOn,
    similarity: Math.round(v.similarity * 10_000) / 10_000,
    demo: v.isDemo,
  };
}

export function courseMatchRow(m: CourseMatch) {
  const c = m.course;
  return {
    courseId: c.id,
    title: c.title,
    provider: c.provider,
    category: c.category,
    score: m.score,
    reasons: m.reasons,
    notes: m.notes,
    breakdown: m.breakdown,
    street: c.street,
    address: c.address,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    subsidised: c.subsidised,
    fee: c.fee,
    seats: c.seats,
    contact: c.contact,
    similarity: Math.round(c.similarity * 10_000) / 10_000,
    demo: c.isDemo,
  };
}

export type VacancyMatchRow = ReturnType<typeof vacancyMatchRow>;
export type CourseMatchRow = ReturnType<typeof courseMatchRow>;

const restrictedFor = (p: SeekerProfile) => WORK_TYPES.filter((w) => mayTake(p, w) === false);

/** The place asked about: a 镇街 or area (placeOf), else the name as a street (an import's own wording). */
export function resolvePlace(place: string | undefined): Place | undefined {
  const s = place?.trim();
  if (!s) return undefined;
  const found = placeOf(s);
  if (found) return found;
  const street = normaliseStreet(s);
  return street ? { streets: [street], label: street } : undefined;
}

export interface Place {
  streets: string[];
  label: string;
}

/** What was searched for, so an answer can say it (“按软件开发查找：开发工程师、程序员……”). */
export interface Searched {
  subject: string | null;
  family: string | null;
  familyWords: string[];
  place: Place | null;
}

const searchedOf = (p: SeekerProfile, place: Place | undefined): Searched => ({
  subject: p.intent ?? null,
  family: p.subject?.family?.name ?? null,
  familyWords: p.subject?.family ? [...p.subject.family.words] : [],
  place: place ?? null,
});

/** The subject of the turn: the words given, else jobSubject of the intent (“找份软件开发” → 软件开发), else the intent. */
export const subjectOf = (subject: string | undefined, intent: string | undefined): string | undefined =>
  subject?.trim() || (intent?.trim() ? (jobSubject(intent) ?? intent.trim()) : undefined);

/** A result offered in place of a match: the nearest post or course when fewer than three fit, with why it is offered. */
export type Alternative<R> = R & { alternative: true; alternativeReason: string };

const ALTERNATIVES = WANTED;

export async function matchVacanciesForPerson(
  { database, embedder }: { database: Database; embedder: Embedder },
  { person, k, asOf, subject, place }: { person: Person; k: number; asOf: string; subject?: string; place?: Place },
): Promise<{ asOf: string; matches: VacancyMatchRow[]; shortfall?: Shortfall; alternatives: Alternative<VacancyMatchRow>[]; searched: Searched }> {
  const profile = seekerProfile(person, asOf, { subject: subjectOf(subject, person.jobIntent), streets: place?.streets });
  const base = { asOf, education: profile.education, groups: knownGroups(profile), restrictedWorkTypes: restrictedFor(profile) };
  const filters = { ...base, ...(place ? { streets: place.streets } : {}) };
  const run = async (p: SeekerProfile, f: VacancyFilters, limit: number) => {
    const text = seekerQueryText(p, labels);
    // No vector when the embeddings model is down (query.ts): the seeker's words find the posts.
    const vector = await queryVector(embedder, text, 'vacancies');
    const tsquery = p.hasIntent ? toTsQuery(text) || (vector ? undefined : toTsQuery(text, 0)) || undefined : undefined;
    const candidates = await matchCandidates(database, { ...f, vector, model: embedder.model, tsquery, limit: Math.max(CANDIDATES, limit) });
    return matchVacanciesFor(p, candidates, limit);
  };
  const result = await run(profile, filters, k);
  const alternatives: Alternative<VacancyMatchRow>[] = [];
  let elsewhere = 0;
  if (result.suitable < WANTED && (profile.hasIntent || place)) {
    const shown = new Set(result.matches.map((m) => m.vacancy.id));
    const offer = (m: VacancyMatch, reason: string) => {
      if (shown.has(m.vacancy.id) || alternatives.length >= ALTERNATIVES) return;
      shown.add(m.vacancy.id);
      alternatives.push({ ...vacancyMatchRow(m), alternative: true, alternativeReason: reason });
    };
    // The same subject elsewhere in 渝北 first, then the families near it in the place asked about.
    if (place) {
      const wide = await run(profile, base, CANDIDATES);
      const outside = wide.matches.filter((m) => !place.streets.includes(m.vacancy.street ?? ''));
      elsewhere = outside.length;
      for (const m of outside) offer(m, zh.jobs.alternatives.elsewhere(place.label, m.vacancy.street));
    }
    for (const near of profile.subject ? nearFamilies(profile.subject) : []) {
      if (alternatives.length >= ALTERNATIVES) break;
      const related = await run(seekerProfile(person, asOf, { subject: near.name, streets: place?.streets }), filters, ALTERNATIVES);
      for (const m of related.matches) offer(m, zh.jobs.alternatives.related(profile.intent!, near.name));
    }
  }
  const reach = result.suitable < WANTED ? await vacancyReach(database, filters) : undefined;
  const shortfall = reach && vacancyShortfall(result.suitable, { ...reach, irrelevant: result.excluded.irrelevant, ...(place && elsewhere ? { elsewhere: { count: elsewhere, place: place.label } } : {}) });
  return { asOf, matches: result.matches.map(vacancyMatchRow), ...(shortfall ? { shortfall } : {}), alternatives, searched: searchedOf(profile, place) };
}

/** The words of a course query that can find a course by its text: the rarest dozen. */
const courseTerms = (text: string) =>
  [...new Set(words(text))]
    .filter((w) => [...w].length >= 2)
    .sort((a, b) => idf(b) - idf(a))
    .slice(0, 12);

export async function recommendCoursesForPerson(
  { database, embedder }: { database: Database; embedder: Embedder },
  { person, interest, k, asOf, subject, place }: { person: Person; interest?: string; k: number; asOf: string; subject?: string; place?: Place },
): Promise<{ asOf: string; matches: CourseMatchRow[]; shortfall?: Shortfall; alternatives: Alternative<CourseMatchRow>[]; searched: Searched }> {
  const wanted = subjectOf(subject, interest);
  const profile = seekerProfile(person, asOf, { streets: place?.streets });
  const run = async (learn: string | undefined, limit: number) => {
    const intent = learningIntent(profile, learn);
    const family = subjectFamily(intent);
    const text = family && intent ? subjectQueryText(subjectTerms(intent, family)) : (intent ?? (profile.startupStage && person.wantsStartup ? zh.jobs.startupStages[profile.startupStage] : seekerQueryText(profile, labels)));
    const vector = await queryVector(embedder, text, 'courses');
    const wanted = { limit: Math.max(CANDIDATES, limit), asOf };
    const candidates = vector ? await courseCandidates(database, { ...wanted, vector, model: embedder.model }) : await courseWordCandidates(database, { ...wanted, terms: courseTerms(text) });
    return recommendCoursesFor(profile, learn, candidates, limit);
  };
  const result = await run(wanted, k);
  const alternatives: Alternative<CourseMatchRow>[] = [];
  const intent = learningIntent(profile, wanted);
  const family = subjectFamily(intent);
  if (result.suitable < WANTED && family && intent) {
    const shown = new Set(result.matches.map((m) => m.course.id));
    for (const near of nearFamilies(subjectTerms(intent, family))) {
      if (alternatives.length >= ALTERNATIVES) break;
      const related = await run(near.name, ALTERNATIVES);
      for (const m of related.matches) {
        if (shown.has(m.course.id) || alternatives.length >= ALTERNATIVES) continue;
        shown.add(m.course.id);
        alternatives.push({ ...courseMatchRow(m), alternative: true, alternativeReason: zh.jobs.alternatives.related(intent, near.name) });
      }
    }
  }
  const shortfall =
    result.suitable < 3
      ? courseShortfall(result.suitable, { live: await countLiveCourses(database, asOf), irrelevant: result.excluded.irrelevant, startup: result.excluded.startup })
      : undefined;
  const searched: Searched = { subject: intent ?? null, family: family?.name ?? null, familyWords: family ? [...family.words] : [], place: place ?? null };
  return { asOf, matches: result.matches.map(courseMatchRow), ...(shortfall ? { shortfall } : {}), alternatives, searched };
}
