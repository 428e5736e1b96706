/**
 * Staff-side queries on vacancies and courses: filtered, paged lists and withdraw/restore by id.
 * Lists say per row whether it is demo data and whether it can be matched today.
 */
import { and, desc, eq, getTableColumns, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { trainingCourses, vacancies } from '../db/schema/index.ts';
import { courseLive, vacancyLive } from './candidates.ts';

/** What staff filter by: live (matchable now), active (even if expired), withdrawn, expired, or all. */
export const LIST_STATUSES = ['all', 'live', 'active', 'withdrawn', 'expired'] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

export interface Paging {
  page: number;
  pageSize: number;
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function vacancyStatusFilter(status: ListStatus, asOf: string): SQL | undefined {
  switch (status) {
    case 'live':
      return vacancyLive(asOf);
    case 'active':
      return eq(vacancies.status, 'active');
    case 'withdrawn':
      return eq(vacancies.status, 'withdrawn');
    case 'expired':
      return and(eq(vacancies.status, 'active'), lt(vacancies.expiresOn, asOf));
    default:
      return undefined;
  }
}

const { embedding: _ve, contentHash: _vh, ...vacancyListColumns } = getTableColumns(vacancies);

export async function listVacancies(
  database: Database,
  f: Paging & { asOf: string; status: ListStatus; source?: string; street?: string; workType?: string; q?: string; demo?: boolean },
) {
  const where = and(
    vacancyStatusFilter(f.status, f.asOf),
    f.source ? eq(vacancies.source, f.source) : undefined,
    f.street ? eq(vacancies.street, f.street) : undefined,
    f.workType ? eq(vacancies.workType, f.workType) : undefined,
    f.q ? or(ilike(vacancies.title, likePattern(f.q)), ilike(vacancies.employer, likePattern(f.q))) : undefined,
    f.demo === undefined ? undefined : eq(vacancies.isDemo, f.demo),
  );
  const [rows, total] = await Promise.all([
    database.db
      .select({ ...vacancyListColumns, live: sql<boolean>`${vacancyLive(f.asOf)}` })
      .from(vacancies)
      .where(where)
      .orderBy(desc(vacancies.postedOn), desc(vacancies.createdAt), vacancies.id)
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    database.db.$count(vacancies, where),
  ]);
  return {
    items: rows.map(({ isDemo, live, ...v }) => ({ ...v, demo: isDemo, expired: v.status === 'active' && !!v.expiresOn && v.expiresOn < f.asOf, matchable: !!live })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

function courseStatusFilter(status: ListStatus, asOf: string): SQL | undefined {
  switch (status) {
    case 'live':
      return courseLive(asOf);
    case 'active':
      return eq(trainingCourses.status, 'active');
    case 'withdrawn':
      return eq(trainingCourses.status, 'withdrawn');
    case 'expired':
      return and(eq(trainingCourses.status, 'active'), lt(trainingCourses.endsOn, asOf));
    default:
      return undefined;
  }
}

const { embedding: _ce, contentHash: _ch, ...courseListColumns } = getTableColumns(trainingCourses);

export async function listCourses(
  database: Database,
  f: Paging & { asOf: string; status: ListStatus; source?: string; street?: string; category?: string; q?: string; demo?: boolean },
) {
  const where = and(
    courseStatusFilter(f.status, f.asOf),
    f.source ? eq(trainingCourses.source, f.source) : undefined,
    f.street ? eq(trainingCourses.street, f.street) : undefined,
    f.category ? eq(trainingCourses.category, f.category) : undefined,
    f.q ? or(ilike(trainingCourses.title, likePattern(f.q)), ilike(trainingCourses.provider, likePattern(f.q))) : undefined,
    f.demo === undefined ? undefined : eq(trainingCourses.isDemo, f.demo),
  );
  const [rows, total] = await Promise.all([
    database.db
      .select({ ...courseListColumns, live: sql<boolean>`${courseLive(f.asOf)}` })
      .from(trainingCourses)
      .where(where)
      .orderBy(trainingCourses.startsOn, desc(trainingCourses.createdAt), trainingCourses.id)
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    database.db.$count(trainingCourses, where),
  ]);
  return {
    items: rows.map(({ isDemo, live, ...c }) => ({ ...c, demo: isDemo, expired: c.status === 'active' && !!c.endsOn && c.endsOn < f.asOf, matchable: !!live })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/**
 * Staff withdraw a vacancy: it stops matching at once and stays withdrawn across re-imports of
 * its feed until staff restore it. Undefined when there is no such vacancy.
 */
export async function setVacancyWithdrawn(database: Database, { id, withdrawn }: { id: string; withdrawn: boolean }) {
  const [row] = await database.db
    .update(vacancies)
    .set(withdrawn ? { status: 'withdrawn', withdrawnBy: 'staff', updatedAt: sql`now()` } : { status: 'active', withdrawnBy: null, updatedAt: sql`now()` })
    .where(eq(vacancies.id, id))
    .returning({ id: vacancies.id, status: vacancies.status, withdrawnBy: vacancies.withdrawnBy, isDemo: vacancies.isDemo });
  return row && { id: row.id, status: row.status, withdrawnBy: row.withdrawnBy, demo: row.isDemo };
}

export async function setCourseWithdrawn(database: Database, { id, withdrawn }: { id: string; withdrawn: boolean }) {
  const [row] = await database.db
    .update(trainingCourses)
    .set(withdrawn ? { status: 'withdrawn', withdrawnBy: 'staff', updatedAt: sql`now()` } : { status: 'active', withdrawnBy: null, updatedAt: sql`now()` })
    .where(eq(trainingCourses.id, id))
    .returning({ id: trainingCourses.id, status: trainingCourses.status, withdrawnBy: trainingCourses.withdrawnBy, isDemo: trainingCourses.isDemo });
  return row && { id: row.id, status: row.status, withdrawnBy: row.withdrawnBy, demo: row.isDemo };
}
