import { z } from 'zod';
import { EventItem } from '../../contract/catalog.ts';
import { eventsInPeriod } from '../../catalog/events.ts';
import { eventPeriod, periodLabel, type Period } from '../../catalog/request-words.ts';
import { daysInMonth, isIsoDate } from '../../rules/dates.ts';
import { turnOf } from './context.ts';
import { defineTool } from './define.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The period asked about: from/to dates, else the seeker's words (下个月, 春节后 …), else a month
 * (of `year`, or when no year is given the next such month: 1月 asked in December is next January),
 * else the rest of this year.
 */
export function periodAsked(args: { from?: string; to?: string; when?: string; month?: number; year?: number }, asOf: string): Period {
  if (args.from || args.to) {
    const from = args.from ?? asOf;
    const to = args.to ?? from;
    return { from, to, label: periodLabel(from, to) };
  }
  const said = args.when ? eventPeriod(args.when, asOf) : undefined;
  if (said) return said;
  const y = Number(asOf.slice(0, 4));
  const m = Number(asOf.slice(5, 7));
  if (args.month) {
    const year = args.year ?? (args.month >= m ? y : y + 1);
    const from = `${year}-${pad(args.month)}-01`;
    const to = `${year}-${pad(args.month)}-${pad(daysInMonth(year, args.month))}`;
    return { from, to, label: periodLabel(from, to) };
  }
  const year = args.year ?? y;
  return { from: `${year}-01-01`, to: `${year}-12-31`, label: periodLabel(`${year}-01-01`, `${year}-12-31`) };
}

/** An event of the calendar, as GET /api/events answers it (server/contract/catalog.ts `EventItem`). */
export const EventOutput = EventItem.strict();
export type EventOutput = z.infer<typeof EventOutput>;

/**
 * The period (its dates and name; `month` for a one-month period, else null), the events in it
 * (with the year and months of each that fall in it), the year-round campaigns apart, and
 * `calendarYear` when the dates are those of an earlier year's calendar.
 */
export const ListEventsOutput = z.strictObject({
  from: z.string(),
  to: z.string(),
  label: z.string(),
  month: z.number().int().nullable(),
  year: z.number().int(),
  events: z.array(EventOutput.extend({ inYear: z.number().int(), monthsInPeriod: z.array(z.number().int()) })),
  yearRound: z.array(EventOutput),
  calendarYear: z.number().int().optional(),
  citations: z.array(z.string()),
});
export type ListEventsOutput = z.infer<typeof ListEventsOutput>;

const isoDate = z.string().refine(isIsoDate, { message: '应为 YYYY-MM-DD 格式的有效日期' }).meta({ format: 'date' });

export const listEventsTool = defineTool({
  name: 'list_events',
  description:
    '查询就业服务活动安排（年度活动安排和新导入的活动）：按时间段（from/to，或求职者的说法如“下个月”“春节后”）或月份筛选；全年开展的活动单列在 yearRound；沿用往年安排时 calendarYear 注明年份。',
  input: z.object({
    from: isoDate.optional().describe('开始日期'),
    to: isoDate.optional().describe('结束日期'),
    when: z.string().max(50).optional().describe('求职者说的时间，如“下个月”“春节后”'),
    month: z.number().int().min(1).max(12).optional().describe('月份；不填年份时指接下来的这个月份'),
    year: z.number().int().min(2022).max(2100).optional().describe('年份'),
  }),
  output: ListEventsOutput,
  async run(args, config) {
    const ctx = turnOf(config);
    const period = periodAsked(args, ctx.asOf);
    const found = await eventsInPeriod(ctx.database, period);
    const single = period.from.slice(0, 7) === period.to.slice(0, 7) && period.from.endsWith('-01');
    const all = [...found.events, ...found.yearRound];
    return {
      from: period.from,
      to: period.to,
      label: period.label,
      // The month and year of a one-month period, as before (null month: a longer period).
      month: single ? Number(period.from.slice(5, 7)) : null,
      year: Number(period.from.slice(0, 4)),
      events: found.events,
      yearRound: found.yearRound,
      ...(found.calendarYear !== null ? { calendarYear: found.calendarYear } : {}),
      citations: [...new Set(all.flatMap((e) => (e.clauseId ? [e.clauseId] : [])))],
    };
  },
});
