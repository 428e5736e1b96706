import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DUTY_HOURS_FILE, dutyHoursFile, dutyStatus, parseDutyHours } from '../../server/wait/duty-hours.ts';

const weekday = ['09:00-12:00', '14:00-17:30'];
const hours = parseDutyHours({
  utcOffsetMinutes: 480,
  weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] },
  closed: [{ date: '2026-12-10', name: '测试假日' }, '2026-12-11'],
  extra: [{ date: '2026-12-12', periods: ['10:00-11:00'] }],
  hotline: { label: '人社服务热线', number: '12333' },
});
/** Wall-clock time at the centre (UTC+8) as epoch ms. */
const at = (local: string) => Date.parse(`${local}+08:00`);
const iso = (local: string) => new Date(at(local)).toISOString();

describe('duty hours', () => {
  it('is on duty inside a period, until its end', () => {
    expect(dutyStatus(hours, at('2026-12-09T10:00:00'))).toEqual({ onDuty: true, until: new Date(at('2026-12-09T12:00:00')) });
    expect(dutyStatus(hours, at('2026-12-09T14:00:00')).onDuty).toBe(true);
  });

  it('is off duty at lunch and after hours, with the next start', () => {
    expect(dutyStatus(hours, at('2026-12-09T12:00:00')).nextStart?.toISOString()).toBe(iso('2026-12-09T14:00:00'));
    expect(dutyStatus(hours, at('2026-12-09T17:30:00')).onDuty).toBe(false);
    expect(dutyStatus(hours, at('2026-12-08T20:00:00')).nextStart?.toISOString()).toBe(iso('2026-12-09T09:00:00'));
  });

  it('skips closed days and keeps extra working days (调休)', () => {
    // Wednesday evening: Thursday and Friday are closed, Saturday has an extra hour.
    const s = dutyStatus(hours, at('2026-12-09T18:00:00'));
    expect(s).toEqual({ onDuty: false, nextStart: new Date(at('2026-12-12T10:00:00')) });
    expect(dutyStatus(hours, at('2026-12-10T10:00:00')).onDuty).toBe(false);
    expect(dutyStatus(hours, at('2026-12-12T10:30:00')).onDuty).toBe(true);
    expect(dutyStatus(hours, at('2026-12-12T11:00:00')).nextStart?.toISOString()).toBe(iso('2026-12-14T09:00:00'));
  });

  it('says there is no next period when none is scheduled', () => {
    const never = parseDutyHours({ ...hours, weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, extra: [] });
    expect(dutyStatus(never, at('2026-12-09T10:00:00'))).toEqual({ onDuty: false });
  });

  it('refuses a bad file naming the field, and the default file parses', () => {
    expect(() => parseDutyHours({ ...hours, weekly: { ...hours.weekly, mon: ['9:00-12:00'] } })).toThrow(/weekly\.mon\.0/);
    expect(() => parseDutyHours({ ...hours, weekly: { ...hours.weekly, tue: ['14:00-12:00'] } })).toThrow(/weekly\.tue\.0.*结束时间/);
    expect(dutyHoursFile(DEFAULT_DUTY_HOURS_FILE)().hotline.number).toBe('12333');
  });

  it('re-reads an edited file and keeps the last good one when an edit does not parse', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'duty-')), 'duty.json');
    writeFileSync(file, JSON.stringify(hours));
    const errors: Error[] = [];
    const read = dutyHoursFile(file, (e) => errors.push(e));
    expect(read().hotline.number).toBe('12333');
    writeFileSync(file, JSON.stringify({ ...hours, hotline: { label: '咨询电话', number: '023-12345678' } }));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(read().hotline.number).toBe('023-12345678');
    writeFileSync(file, '{ not json');
    utimesSync(file, new Date(), new Date(Date.now() + 10000));
    expect(read().hotline.number).toBe('023-12345678');
    expect(errors).toHaveLength(1);
  });
});
