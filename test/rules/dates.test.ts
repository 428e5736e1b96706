import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  calendarMonthsInclusive,
  fullMonthsBetween,
  fullYearsBetween,
  isIsoDate,
  parseIsoDate,
  today,
  weekday,
  yearOf,
} from '../../server/rules/dates.ts';

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-1')).toBe(false);
    expect(parseIsoDate('2026-11-30')).toEqual({ y: 2026, m: 11, d: 30 });
    expect(() => addDays('nope', 1)).toThrow(RangeError);
  });
  it('adds months, ending on the last day when the day does not exist', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-30', 2)).toBe('2027-01-30');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
  it('counts whole months and years', () => {
    expect(fullMonthsBetween('2025-03-15', '2026-03-15')).toBe(12);
    expect(fullMonthsBetween('2025-03-15', '2026-03-14')).toBe(11);
    expect(fullMonthsBetween('2026-03-15', '2025-03-15')).toBe(-12);
    expect(fullMonthsBetween('2026-03-15', '2026-03-15')).toBe(0);
    expect(fullYearsBetween('1986-11-30', '2026-11-29')).toBe(39);
    expect(calendarMonthsInclusive('2026-05-20', '2026-11-30')).toBe(7);
  });
  it('knows weekdays and years', () => {
    expect(weekday('2026-11-30')).toBe(1);
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('2026-10-10')).toBe(6);
    expect(yearOf('2026-11-30')).toBe(2026);
  });
  it('gives today in China time', () => {
    expect(today(Date.UTC(2026, 10, 30, 15, 59))).toBe('2026-11-30');
    expect(today(Date.UTC(2026, 10, 30, 16, 0))).toBe('2026-12-01');
  });
});
