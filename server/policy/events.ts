import { and, arrayContains, asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { events } from '../db/schema/index.ts';

export interface EventView {
  name: string;
  time: string;
  months: number[];
  departments: string[];
  location: string | null;
  clauseId: string | null;
  source: string;
  /** The calendar year the event belongs to; the 附件2 calendar is the 2022 plan's. */
  year: number;
}

/**
 * Events of a month (or the whole year). The 附件2 calendar is the 2022 plan; where the asked year
 * has no events of its own, the calendar is returned as the recurring annual programme with its
 * year shown, since the plan's activities (春风行动, 就业援助月 …) recur each year.
 */
export async function listEventsInMonth(database: Database, { month, year }: { month?: number; year: number }): Promise<EventView[]> {
  const query = async (y: number) =>
    database.db
      .select()
      .from(events)
      .where(and(eq(events.year, y), month ? arrayContains(events.months, [month]) : undefined))
      .orderBy(asc(events.id));
  let rows = await query(year);
  if (rows.length === 0) {
    const [latest] = await database.db.select({ year: events.year }).from(events).where(eq(events.source, 'corpus')).orderBy(asc(events.year)).limit(1);
    if (latest) rows = await query(latest.year);
  }
  return rows.map((r) => ({
    name: r.name,
    time: r.timeText,
    months: r.months,
    departments: r.departments,
    location: r.location,
    clauseId: r.clauseId,
    source: r.source,
    year: r.year,
  }));
}
