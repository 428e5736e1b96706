/**
 * What matching needs to know about a seeker, taken from their facts and the eligibility engine's
 * derived facts (age, 4050, 离校2年内, 就业困难人员 … are never recomputed here). Group membership
 * is three-valued: a group earns points only when it is known true, and a restriction excludes a
 * post only when membership is known false.
 */
import { derivePerson, type PersonView } from '../rules/derived.ts';
import type { Person } from '../rules/facts.ts';
import { and, or, type Tri } from '../rules/logic.ts';
import { queryWords, type QueryWords } from './keywords.ts';
import { normaliseStreet } from './streets.ts';
import { subjectFamily, subjectQueryText, subjectTerms, type SubjectTerms } from './subjects.ts';
import { GROUPS, type Education, type Group, type WorkType } from './vocabulary.ts';

export interface SeekerProfile {
  asOf: string;
  person: Person;
  view: PersonView;
  /** Membership of each group: true, false or unknown. */
  groups: Record<Group, Tri>;
  education: Education | undefined;
  street: string | undefined;
  /** The seeker's own words for the work they want (for reasons). */
  intent: string | undefined;
  /** Skills and major, for overlap with a post's skills and majors. */
  skills: string[];
  /** The seeker said what they want (intent, skills or major): similarity then counts and filters. */
  hasIntent: boolean;
  /** The words of the intent (else of the skills and major), for word evidence in a post. */
  intentWords: QueryWords;
  desiredWorkTypes: WorkType[];
  expectedWage: number | undefined;
  /** Startup stage for 创业培训: iyb (has a business), syb (wants to start), gyb (a graduate), or none known. */
  startupStage: 'gyb' | 'syb' | 'iyb' | undefined;
  /**
   * The subject asked for with its thesaurus family (subjects.ts), when it has one: relevance is
   * then a family word in the post or course, not the literal wording.
   */
  subject: SubjectTerms | undefined;
  /** The 镇街 of the place asked about this turn (placeOf): scored like the preferred street. */
  placeStreets: string[];
}

/** What this turn asks for on top of the stored facts: the subject (jobSubject's words) and the place's streets. */
export interface SeekerAsk {
  subject?: string;
  streets?: string[];
}

const notWorking = (p: Person): Tri =>
  p.employmentStatus === undefined ? undefined : p.employmentStatus === 'unemployed' || p.employmentStatus === 'flexible';

export function seekerProfile(person: Person, asOf: string, ask: SeekerAsk = {}): SeekerProfile {
  const view = derivePerson(person, asOf);
  const age = view.age;
  const youth: Tri = and(age === undefined ? undefined : age >= 16 && age <= 24, notWorking(person));
  const groups: Record<Group, Tri> = {
    graduate: view.collegeGraduate.value,
    current_graduate: view.currentGraduate.value,
    unemployed_graduate: and(view.collegeGraduate.value, view.withinTwoYearsOfLeaving.value, notWorking(person)),
    youth,
    difficulty: view.difficulty.value,
    '4050': view.is4050.value,
    disabled: person.disabled,
    dibao: person.dibaoFamily,
    zero_employment_family: person.zeroEmploymentFamily,
    poverty_alleviated: person.povertyAlleviated,
    veteran: person.veteran,
    migrant_worker: person.migrantWorker,
    retired_fisher: person.retiredFisher,
  };
  const skills = [...(person.skills ?? []), ...(person.major ? [person.major] : [])].map((s) => s.trim()).filter(Boolean);
  const intent = ask.subject?.trim() || person.jobIntent?.trim() || undefined;
  const family = subjectFamily(intent);
  const hasBusiness = view.hasBusiness.value === true;
  const startupStage = hasBusiness ? 'iyb' : person.wantsStartup ? 'syb' : view.collegeGraduate.value === true && person.wantsStartup !== false ? 'gyb' : undefined;
  return {
    asOf,
    person,
    view,
    groups,
    education: person.education,
    street: normaliseStreet(person.preferredStreet),
    intent,
    skills,
    hasIntent: !!intent || skills.length > 0,
    intentWords: queryWords(intent ?? skills.join(' ')),
    desiredWorkTypes: person.desiredWorkTypes ?? [],
    expectedWage: person.expectedWage,
    startupStage,
    subject: intent && family ? subjectTerms(intent, family) : undefined,
    placeStreets: ask.streets ?? [],
  };
}

/** The post or course is in the place asked about, else in the seeker's preferred street. */
export const inPlace = (p: SeekerProfile, street: string | null | undefined): boolean =>
  !!street && (p.placeStreets.length ? p.placeStreets.includes(street) : p.street === street);

/** The groups the seeker is known to belong to, in vocabulary order. */
export const knownGroups = (p: SeekerProfile): Group[] => GROUPS.filter((g) => p.groups[g] === true);

/** Who may take a restricted kind of post: true, false (excluded) or unknown (shown, with a note to confirm). */
export function mayTake(p: SeekerProfile, workType: WorkType): Tri {
  switch (workType) {
    case 'internship':
      return or(p.groups.unemployed_graduate, p.groups.youth);
    case 'public_welfare':
      return p.groups.difficulty;
    case 'grassroots':
      return p.view.yishengYikun.value;
    default:
      return true;
  }
}

/**
 * The text the candidate search embeds: what the seeker said they want (intent, skills, major), or
 * when they said nothing, a neutral description built from what is known — their groups, street
 * and kinds of post — so the nearest posts are at least the ones aimed at people like them.
 */
export function seekerQueryText(p: SeekerProfile, labels: { groups: Record<Group, string>; workTypes: Record<WorkType, string>; neutral: string }): string {
  if (p.subject?.family) return subjectQueryText(p.subject);
  if (p.hasIntent) return [p.intent, ...p.skills].filter(Boolean).join(' ');
  const parts = [...knownGroups(p).map((g) => labels.groups[g]), p.street ?? '', ...p.desiredWorkTypes.map((w) => labels.workTypes[w])].filter(Boolean);
  return parts.length ? parts.join(' ') : labels.neutral;
}
