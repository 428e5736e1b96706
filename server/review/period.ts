import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { zh } from '../i18n/zh-CN/index.ts';
import { addDays, FIRST_INPUT_DAY, isInputDay, isIsoDate, LAST_INPUT_DAY, toDayNumber } from '../rules/dates.ts';

const v = zh.review.validation;

/** The centre works on Beijing time (UTC+8, no daylight saving): a day starts at 00:00+08:00. */
export const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** The Beijing calendar day of a timestamptz column, in SQL. */
export const localDay = (column: SQL | unknown) => sql`(((${column}) at time zone 'UTC') + interval '8 hours')::date`;

export const DayParam = z
  .string({ error: v.date })
  .refine((s) => isIsoDate(s) && isInputDay(s), { error: (i) => (isIsoDate(String(i.input)) ? zh.errors.dateRange(FIRST_INPUT_DAY, LAST_INPUT_DAY) : v.date) });

/** The longest span any report covers, so one query stays bounded. */
export const MAX_RANGE_DAYS = 366 * 3;

/** `from`/`to` query fields (both days inclusive, either optional), checked in order. */
export const RangeQuery = {
  from: DayParam.optional(),
  to: DayParam.optional(),
};

export const checkRange = <S extends z.ZodType<{ from?: string | undefined; to?: string | undefined }>>(schema: S): S =>
  schema.superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['from'], message: v.range });
    else if (q.from && q.to && toDayNumber(q.to) - toDayNumber(q.from) > MAX_RANGE_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: v.rangeTooLong(MAX_RANGE_DAYS) });
  });

/** `column` falls within the days `from`…`to` (inclusive), each bound optional. */
export function withinDays(column: SQL | unknown, { from, to }: { from?: string | undefined; to?: string | undefined }): SQL | undefined {
  const parts: SQL[] = [];
  if (from) parts.push(sql`${column} >= ${dayStart(from).toISOString()}::timestamptz`);
  if (to) parts.push(sql`${column} < ${dayStart(addDays(to, 1)).toISOString()}::timestamptz`);
  return parts.length ? sql.join(parts, sql` and `) : undefined;
}

/** The dashboard's named periods, each ending today (Beijing time); anything else is from/to. */
export const PERIODS = ['7d', '30d', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** The days a named period covers, both inclusive: 近7天, 近30天, 本季度 (from its first day), 本年. */
export function periodDays(period: Period, to: string): { from: string; to: string } {
  if (period === '7d') return { from: addDays(to, -6), to };
  if (period === '30d') return { from: addDays(to, -29), to };
  if (period === 'quarter') {
    const month = Number(to.slice(5, 7));
    const first = month - ((month - 1) % 3);
    return { from: `${to.slice(0, 4)}-${String(first).padStart(2, '0')}-01`, to };
  }
  return { from: `${to.slice(0, 4)}-01-01`, to };
}
