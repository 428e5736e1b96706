/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings, done on UTC day numbers so no time zone or clock
 * can shift a date. ISO date strings compare correctly as strings, which the rules rely on.
 */
const DAY_MS = 86_400_000;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export interface Ymd { y: number; m: number; d: number }

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : DAYS[m - 1]!;
}

/** Splits a real calendar date; undefined for malformed strings and impossible days (2026-02-30). */
export function parseIsoDate(s: string): Ymd | undefined {
  if (!ISO.test(s)) return undefined;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

export const isIsoDate = (s: string): boolean => parseIsoDate(s) !== undefined;

/**
 * The days any input may name. No birth date, service, deadline or report period of this service
 * falls outside them, and beyond them dates stop being safe to compute with: PostgreSQL has no year
 * 0, `Date.UTC` reads years 0–99 as 1900–1999, and a year past 9999 has no ISO form.
 */
export const FIRST_INPUT_DAY = '1900-01-01';
export const LAST_INPUT_DAY = '2100-12-31';
export const isInputDay = (s: string): boolean => s >= FIRST_INPUT_DAY && s <= LAST_INPUT_DAY;

function ymd(s: string): Ymd {
  const parts = parseIsoDate(s);
  if (!parts) throw new RangeError(`not a calendar date: ${s}`);
  return parts;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const format = ({ y, m, d }: Ymd) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

export const toDayNumber = (s: string): number => {
  const { y, m, d } = ymd(s);
  return Date.UTC(y, m - 1, d) / DAY_MS;
};

export const fromDayNumber = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

export const addDays = (s: string, n: number): string => fromDayNumber(toDayNumber(s) + n);

/** Adds calendar months; a day that does not exist in the target month becomes its last day (01-31 + 1 month = 02-28/29). */
export function addMonths(s: string, n: number): string {
  const { y, m, d } = ymd(s);
  const index = y * 12 + (m - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return format({ y: ty, m: tm, d: Math.min(d, daysInMonth(ty, tm)) });
}

export const addYears = (s: string, n: number): string => addMonths(s, n * 12);

/**
 * Whole calendar months from `from` to `to`: the month anniversary counts as complete on its day
 * (2025-03-15 → 2026-03-15 is 12 months, → 2026-03-14 is 11). Negative when `to` is earlier.
 */
export function fullMonthsBetween(from: string, to: string): number {
  if (to < from) return -fullMonthsBetween(to, from);
  const a = ymd(from);
  const b = ymd(to);
  let months = (b.y - a.y) * 12 + (b.m - a.m);
  if (months > 0 && addMonths(from, months) > to) months -= 1;
  return months;
}

/** Whole years (周岁 when `from` is a birth date); the birthday itself completes the year. */
export const fullYearsBetween = (from: string, to: string): number => Math.trunc(fullMonthsBetween(from, to) / 12);

/** Calendar months touched from `from` to `to`, both ends included (May 20 → Nov 30 is 7). */
export function calendarMonthsInclusive(from: string, to: string): number {
  const a = ymd(from);
  const b = ymd(to);
  return (b.y - a.y) * 12 + (b.m - a.m) + 1;
}

export const yearOf = (s: string): number => ymd(s).y;

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (s: string): number => (toDayNumber(s) % 7 + 7 + 4) % 7;

/** Today's date in China Standard Time (UTC+8, no daylight saving), the date the centre works in. */
export const today = (now: number = Date.now()): string => new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
