/**
 * The events calendar of a year (and month): the year's own events — imported ones and the corpus
 * calendar if it is that year's — plus, when the year has no calendar of its own, the most recent
 * 附件2 calendar before it, marked `recurring` with the year it comes from: the plan's activities
 * (春风行动, 就业援助月 …) recur each year, but their dates are only those of the plan's year.
 */
import { and, arrayContains, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { events } from '../db/schema/index.ts';
import type { EventInput } from './event-row.ts';

export interface EventItem extends Omit<EventInput, 'sourceId'> {
  id: number;
  source: string;
  clauseId: string | null;
  /** From an earlier year's 附件2 calendar, shown as the recurring annual programme. */
  recurring: boolean;
}

const CORPUS = 'corpus';

export async function listEvents(database: Database, { year, month }: { year: number; month?: number }): Promise<{ year: number; month: number | null; events: EventItem[]; years: number[] }> {
  const ofYear = (y: number, corpusOnly = false) =>
    database.db
      .select()
      .from(events)
      .where(and(eq(events.year, y), month ? arrayContains(events.months, [month]) : undefined, corpusOnly ? eq(events.source, CORPUS) : undefined))
      .orderBy(sql`${events.months}[1]`, asc(events.startsOn), asc(events.id));
  const own = await ofYear(year);
  const [calendarThisYear] = await database.db.select({ n: sql<number>`1` }).from(events).where(and(eq(events.year, year), eq(events.source, CORPUS))).limit(1);
  let recurring: typeof own = [];
  if (!calendarThisYear) {
    const [latest] = await database.db.select({ year: events.year }).from(events).where(and(eq(events.source, CORPUS), lte(events.year, year))).orderBy(desc(events.year)).limit(1);
    if (latest) recurring = await ofYear(latest.year, true);
  }
  const years = (await database.db.selectDistinct({ year: events.year }).from(events).orderBy(asc(events.year))).map((r) => r.year);
  const item = (r: (typeof own)[number], isRecurring: boolean): EventItem => ({
    id: r.id,
    source: r.source,
    year: r.year,
    name: r.name,
    timeText: r.timeText,
    months: r.months,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    departments: r.departments,
    location: r.location,
    description: r.description,
    clauseId: r.clauseId,
    recurring: isRecurring,
  });
  return { year, month: month ?? null, events: [...own.map((r) => item(r, false)), ...recurring.map((r) => item(r, true))], years };
}
