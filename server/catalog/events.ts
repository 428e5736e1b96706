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

/** An event of a period: the year it is listed under (the asked year, for the recurring calendar) and the months of it in the period. */
export interface PeriodEvent extends EventItem {
  /** The year of the period this event falls in (for a recurring event: the year asked about, not the calendar's). */
  inYear: number;
  /** Its months that fall in the period, in order. */
  monthsInPeriod: number[];
}

const isYearRound = (e: EventItem) => e.months.length >= 12 || /全年/.test(e.timeText);
/** Two rows are the same event when their names are (the recurring 附件2 row and this year's import of it). */
const eventKey = (name: string) => name.normalize('NFKC').replace(/[\s“”"‘’'·•：:（）()—\-，,、]/g, '').toLowerCase();

/** The (year, month) pairs of a period, in order. */
function monthsOf(from: string, to: string): { year: number; month: number }[] {
  const out: { year: number; month: number }[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push({ year: y, month: m });
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/**
 * The events of a period (from–to, ISO dates), each once: an event with its own dates when they
 * overlap the period, else by its months. Year-round (全年) campaigns are returned apart, so an
 * answer can mention them in a line rather than as if they were in the period. An event of the
 * year's own calendar or an import wins over the same event of the recurring 附件2 calendar; when
 * recurring dates are used, `calendarYear` says which year's calendar they come from.
 */
export async function eventsInPeriod(
  database: Database,
  { from, to }: { from: string; to: string },
): Promise<{ from: string; to: string; events: PeriodEvent[]; yearRound: EventItem[]; calendarYear: number | null; years: number[] }> {
  const span = monthsOf(from, to);
  const byYear = new Map<number, number[]>();
  for (const { year, month } of span) byYear.set(year, [...(byYear.get(year) ?? []), month]);
  const found = new Map<string, PeriodEvent>();
  const yearRound = new Map<string, EventItem>();
  let calendarYear: number | null = null;
  let years: number[] = [];
  for (const [year, months] of byYear) {
    const listed = await listEvents(database, { year });
    years = listed.years;
    // Own rows first, so that they win over the recurring calendar's row of the same event.
    for (const e of [...listed.events].sort((a, b) => Number(a.recurring) - Number(b.recurring))) {
      const key = eventKey(e.name);
      if (isYearRound(e)) {
        if (!yearRound.has(key) || (yearRound.get(key)!.recurring && !e.recurring)) yearRound.set(key, e);
        if (e.recurring) calendarYear = e.year;
        continue;
      }
      const dated = !e.recurring && (e.startsOn || e.endsOn);
      const hit = dated
        ? (e.startsOn ?? e.endsOn)! <= to && (e.endsOn ?? e.startsOn)! >= from
        : e.months.some((m) => months.includes(m));
      if (!hit) continue;
      const inPeriod = e.months.filter((m) => months.includes(m));
      const seen = found.get(key);
      if (seen && !(seen.recurring && !e.recurring)) continue;
      if (seen && seen.recurring && !e.recurring) found.delete(key);
      found.set(key, { ...e, inYear: year, monthsInPeriod: inPeriod });
      if (e.recurring) calendarYear = e.year;
    }
  }
  const order = (e: PeriodEvent) => e.inYear * 100 + (e.monthsInPeriod[0] ?? 0);
  const events = [...found.values()].sort((a, b) => order(a) - order(b) || (a.startsOn ?? '').localeCompare(b.startsOn ?? '') || a.id - b.id);
  if (!events.some((e) => e.recurring) && ![...yearRound.values()].some((e) => e.recurring)) calendarYear = null;
  return { from, to, events, yearRound: [...yearRound.values()], calendarYear, years };
}
