/**
 * Vacancies, courses and events: the staff lists and edit form, feed imports' reports, the public
 * matching and recommendation answers and the events calendar (server/routes/staff/{vacancies,
 * courses,events,catalog-items}.ts, server/routes/{vacancies,courses,events}.ts).
 */
import { z } from 'zod';
import { COURSE_WEIGHTS, VACANCY_WEIGHTS } from '../catalog/match-weights.ts';
import { EDUCATION, WORK_TYPES } from '../catalog/vocabulary.ts';
import { Day, Timestamp, Uuid } from './common.ts';

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

// ── imports ─────────────────────────────────────────────────────────────────────────────────────

export const RowError = z.object({ line: z.number().int(), field: z.string(), message: z.string() }).meta({ id: 'ImportRowError' });

/** What a feed import did: rows received, valid, written, withdrawn; each bad row's line, field and Chinese message. */
export const ImportReport = z
  .object({
    source: z.string(),
    /** Records in the file, good and bad. */
    received: z.number().int(),
    /** Records that passed validation. */
    valid: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    /** Rows that stopped being matchable (withdrawn by their status or left out of a snapshot). */
    withdrawn: z.number().int(),
    /** Rows that became matchable again. */
    reactivated: z.number().int(),
    /** Rows sent to the embedding model. */
    embedded: z.number().int(),
    errors: z.array(RowError),
    /** Columns or keys not recognised (ignored). */
    ignoredColumns: z.array(z.string()),
  })
  .meta({ id: 'ImportReport' });

// ── the staff lists ─────────────────────────────────────────────────────────────────────────────

/** How a listed row stands today: demo data, active but past its date, matchable now. */
const ListFlags = {
  demo: z.boolean(),
  expired: z.boolean(),
  matchable: z.boolean(),
};
/** Bookkeeping columns both tables list. */
const Stored = {
  id: Uuid,
  source: z.string(),
  sourceId: z.string(),
  /** active | withdrawn */
  status: z.string(),
  /** staff | source | missing */
  withdrawnBy: z.string().nullable(),
  embeddingModel: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

export const VacancyRow = z
  .object({
    ...Stored,
    employer: z.string(),
    title: z.string(),
    description: z.string(),
    district: z.string(),
    street: z.string().nullable(),
    address: z.string().nullable(),
    educationMin: z.string().nullable(),
    majors: z.array(z.string()),
    skills: z.array(z.string()),
    wageMin: z.number().int().nullable(),
    wageMax: z.number().int().nullable(),
    headcount: z.number().int().nullable(),
    workType: z.string(),
    suitableGroups: z.array(z.string()),
    excludedGroups: z.array(z.string()),
    contact: z.string().nullable(),
    postedOn: Day,
    expiresOn: Day.nullable(),
    /** The segmented words the full-text search reads, and their tsvector. */
    tokens: z.string(),
    tsv: z.string().nullable(),
    ...ListFlags,
  })
  .meta({ id: 'VacancyRow' });

/** Where, when and at what cost a course runs: what its list row and its match both say. */
const CourseFacts = {
  street: z.string().nullable(),
  address: z.string().nullable(),
  startsOn: Day.nullable(),
  endsOn: Day.nullable(),
  subsidised: z.boolean(),
  fee: z.number().int().nullable(),
  seats: z.number().int().nullable(),
  contact: z.string().nullable(),
};

export const CourseRow = z
  .object({
    ...Stored,
    provider: z.string(),
    title: z.string(),
    description: z.string(),
    category: z.string(),
    ...CourseFacts,
    suitableGroups: z.array(z.string()),
    ...ListFlags,
  })
  .meta({ id: 'CourseRow' });

const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export const VacancyPage = page(VacancyRow);
export const CoursePage = page(CourseRow);

/** A row withdrawn or restored by staff. */
export const WithdrawnState = z.object({ id: Uuid, status: z.string(), withdrawnBy: z.string().nullable(), demo: z.boolean() });

// ── one vacancy or course, by hand ──────────────────────────────────────────────────────────────

const Editable = { id: Uuid, source: z.string(), status: z.string(), title: z.string(), description: z.string(), street: z.string().nullable(), contact: z.string().nullable() };

/** What the edit form shows and writes of a vacancy. */
export const VacancyItem = z
  .object({
    ...Editable,
    employer: z.string(),
    educationMin: z.string().nullable(),
    wageMin: z.number().int().nullable(),
    wageMax: z.number().int().nullable(),
    headcount: z.number().int().nullable(),
    workType: z.string(),
    expiresOn: Day.nullable(),
  })
  .meta({ id: 'VacancyItem' });

/** What the edit form shows and writes of a course. */
export const CourseItem = z
  .object({
    ...Editable,
    provider: z.string(),
    category: z.string(),
    startsOn: Day.nullable(),
    endsOn: Day.nullable(),
    subsidised: z.boolean(),
    fee: z.number().int().nullable(),
    seats: z.number().int().nullable(),
  })
  .meta({ id: 'CourseItem' });

// ── matching and recommendation ─────────────────────────────────────────────────────────────────

const criterionPoints = <C extends z.ZodType>(criterion: C) =>
  z.object({
    criterion,
    weight: z.number(),
    /** How far the criterion is met, 0–1. */
    value: z.number(),
    /** weight × value, rounded; the score is their sum. */
    points: z.number(),
    reason: z.string(),
  });

/** Fewer than three suitable results, said plainly: how many, why, and where a person can help. */
export const Shortfall = z.object({ found: z.number().int(), wanted: z.number().int(), reason: z.string(), counsellor: z.string() }).meta({ id: 'Shortfall' });

/** What was searched for: the subject, its family's words, the place. */
export const Searched = z.object({
  subject: z.string().nullable(),
  family: z.string().nullable(),
  familyWords: z.array(z.string()),
  place: z.object({ streets: z.array(z.string()), label: z.string() }).nullable(),
});

const Scored = { score: z.number(), reasons: z.array(z.string()), notes: z.array(z.string()), similarity: z.number(), demo: z.boolean() };
/** A result offered in place of a match (fewer than three fit), with why it is offered. */
const Alternative = { alternative: z.literal(true), alternativeReason: z.string() };

export const VacancyMatch = z
  .object({
    vacancyId: Uuid,
    title: z.string(),
    employer: z.string(),
    ...Scored,
    breakdown: z.array(criterionPoints(z.enum(keys(VACANCY_WEIGHTS)))),
    workType: z.enum(WORK_TYPES),
    workTypeLabel: z.string(),
    district: z.string(),
    street: z.string().nullable(),
    address: z.string().nullable(),
    educationMin: z.enum(EDUCATION).nullable(),
    wageMin: z.number().int().nullable(),
    wageMax: z.number().int().nullable(),
    wageText: z.string(),
    headcount: z.number().int().nullable(),
    contact: z.string().nullable(),
    postedOn: Day,
    expiresOn: Day.nullable(),
  })
  .meta({ id: 'VacancyMatch' });

export const CourseMatch = z
  .object({
    courseId: Uuid,
    title: z.string(),
    provider: z.string(),
    category: z.string(),
    ...Scored,
    breakdown: z.array(criterionPoints(z.enum(keys(COURSE_WEIGHTS)))),
    ...CourseFacts,
  })
  .meta({ id: 'CourseMatch' });

const matching = <M extends z.ZodObject>(match: M) =>
  z.object({ asOf: Day, matches: z.array(match), shortfall: Shortfall.optional(), alternatives: z.array(match.extend(Alternative)), searched: Searched });
export const VacancyMatches = matching(VacancyMatch);
export const CourseMatches = matching(CourseMatch);

// ── the events calendar ─────────────────────────────────────────────────────────────────────────

export const EventItem = z
  .object({
    id: z.number().int(),
    source: z.string(),
    year: z.number().int(),
    name: z.string(),
    timeText: z.string(),
    months: z.array(z.number().int()),
    startsOn: Day.nullable(),
    endsOn: Day.nullable(),
    departments: z.array(z.string()),
    location: z.string().nullable(),
    description: z.string().nullable(),
    clauseId: z.string().nullable(),
    /** From an earlier year's 附件2 calendar, shown as the recurring annual programme. */
    recurring: z.boolean(),
  })
  .meta({ id: 'EventItem' });

export const EventCalendar = z.object({ year: z.number().int(), month: z.number().int().nullable(), events: z.array(EventItem), years: z.array(z.number().int()) });

export type ImportReport = z.infer<typeof ImportReport>;
export type VacancyRow = z.infer<typeof VacancyRow>;
export type CourseRow = z.infer<typeof CourseRow>;
export type VacancyPage = z.infer<typeof VacancyPage>;
export type CoursePage = z.infer<typeof CoursePage>;
export type WithdrawnState = z.infer<typeof WithdrawnState>;
export type VacancyItem = z.infer<typeof VacancyItem>;
export type CourseItem = z.infer<typeof CourseItem>;
export type Shortfall = z.infer<typeof Shortfall>;
export type Searched = z.infer<typeof Searched>;
export type VacancyMatch = z.infer<typeof VacancyMatch>;
export type CourseMatch = z.infer<typeof CourseMatch>;
export type VacancyMatches = z.infer<typeof VacancyMatches>;
export type CourseMatches = z.infer<typeof CourseMatches>;
export type EventItem = z.infer<typeof EventItem>;
export type EventCalendar = z.infer<typeof EventCalendar>;
export type RowError = z.infer<typeof RowError>;
