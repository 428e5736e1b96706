/**
 * Vacancy matching and course recommendation as a service (routes and agent tools call these):
 * embed the seeker's query, fetch candidates through the HNSW index, rank them with the pure
 * matcher, and report a shortfall honestly. Rows carry `demo: true` when they are demo data.
 */
import type { Database } from '../db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import type { Person } from '../rules/facts.ts';
import { toTsQuery } from '../policy/search.ts';
import { countLiveCourses, courseCandidates, matchCandidates, vacancyReach } from './candidates.ts';
import { learningIntent, recommendCoursesFor, type CourseMatch } from './course-match.ts';
import { matchVacanciesFor, type VacancyMatch } from './match.ts';
import { CANDIDATES } from './match-weights.ts';
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

export async function matchVacanciesForPerson(
  { database, embedder }: { database: Database; embedder: Embedder },
  { person, k, asOf }: { person: Person; k: number; asOf: string },
): Promise<{ asOf: string; matches: VacancyMatchRow[]; shortfall?: Shortfall }> {
  const profile = seekerProfile(person, asOf);
  const text = seekerQueryText(profile, labels);
  const vector = await embedder.embedQuery(text);
  const filters = { asOf, education: profile.education, groups: knownGroups(profile), restrictedWorkTypes: restrictedFor(profile) };
  const tsquery = profile.hasIntent ? toTsQuery(text) || undefined : undefined;
  const candidates = await matchCandidates(database, { ...filters, vector, tsquery, limit: Math.max(CANDIDATES, k) });
  const result = matchVacanciesFor(profile, candidates, k);
  const reach = result.suitable < 3 ? await vacancyReach(database, filters) : undefined;
  const shortfall = reach && vacancyShortfall(result.suitable, { ...reach, irrelevant: result.excluded.irrelevant });
  return { asOf, matches: result.matches.map(vacancyMatchRow), ...(shortfall ? { shortfall } : {}) };
}

export async function recommendCoursesForPerson(
  { database, embedder }: { database: Database; embedder: Embedder },
  { person, interest, k, asOf }: { person: Person; interest?: string; k: number; asOf: string },
): Promise<{ asOf: string; matches: CourseMatchRow[]; shortfall?: Shortfall }> {
  const profile = seekerProfile(person, asOf);
  const intent = learningIntent(profile, interest);
  const text = intent ?? (profile.startupStage && person.wantsStartup ? zh.jobs.startupStages[profile.startupStage] : seekerQueryText(profile, labels));
  const vector = await embedder.embedQuery(text);
  const candidates = await courseCandidates(database, { vector, limit: Math.max(CANDIDATES, k), asOf });
  const result = recommendCoursesFor(profile, interest, candidates, k);
  const shortfall =
    result.suitable < 3
      ? courseShortfall(result.suitable, { live: await countLiveCourses(database, asOf), irrelevant: result.excluded.irrelevant, startup: result.excluded.startup })
      : undefined;
  return { asOf, matches: result.matches.map(courseMatchRow), ...(shortfall ? { shortfall } : {}) };
}
