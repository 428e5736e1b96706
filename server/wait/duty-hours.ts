/**
 * The counsellors' duty hours as data (server/wait/duty-hours.json, or the file DUTY_HOURS_FILE
 * names): weekly periods, closed days (holidays) and extra working days (调休), in the centre's
 * local time. The file is read again when it changes, so an admin's edit applies at the next
 * request; an edit that does not parse is logged and the last good schedule kept.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const DEFAULT_DUTY_HOURS_FILE = fileURLToPath(new URL('./duty-hours.json', import.meta.url));

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const Period = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, '应为 HH:MM-HH:MM')
  .refine((p) => toMinutes(p.slice(0, 5)) < toMinutes(p.slice(6)), '结束时间应晚于开始时间');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD');

export const DutyHoursFile = z.object({
  comment: z.string().optional(),
  utcOffsetMinutes: z.number().int().min(-720).max(840),
  weekly: z.object(Object.fromEntries(DAYS.map((d) => [d, z.array(Period)])) as Record<(typeof DAYS)[number], z.ZodArray<typeof Period>>),
  closed: z.array(z.union([Day, z.object({ date: Day, name: z.string().optional() })])).default([]),
  extra: z.array(z.object({ date: Day, periods: z.array(Period).min(1) })).default([]),
  hotline: z.object({ label: z.string().min(1), number: z.string().min(3) }),
});
export type DutyHours = z.output<typeof DutyHoursFile>;

function toMinutes(hhmm: string) {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Parses a duty-hours document; the error names the field. */
export function parseDutyHours(value: unknown): DutyHours {
  const r = DutyHoursFile.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new Error(`duty hours: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
}

/** A reader of the file that re-reads it when its modification time changes. */
export function dutyHoursFile(path: string, onError: (err: Error) => void = () => {}): () => DutyHours {
  let cached: { mtimeMs: number; hours: DutyHours } | undefined;
  const read = () => {
    const mtimeMs = statSync(path).mtimeMs;
    if (cached && cached.mtimeMs === mtimeMs) return cached.hours;
    const hours = parseDutyHours(JSON.parse(readFileSync(path, 'utf8')));
    cached = { mtimeMs, hours };
    return hours;
  };
  read(); // a bad file stops start-up
  return () => {
    try {
      return read();
    } catch (e) {
      onError(e as Error);
      return cached!.hours;
    }
  };
}

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
}

const DAY_MS = 86_400_000;
const localDate = (ms: number, offset: number) => new Date(ms + offset * 60_000);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The wall-clock time at the centre for an instant. */
export function localTime(hours: DutyHours, ms: number): LocalTime {
  const d = localDate(ms, hours.utcOffsetMinutes);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** The duty periods of one local day (midnight at `dayStartMs`, epoch ms of local midnight). */
function periodsOn(hours: DutyHours, localMidnight: Date): { start: number; end: number }[] {
  const day = isoDay(localMidnight);
  const extra = hours.extra.find((e) => e.date === day);
  const closed = hours.closed.some((c) => (typeof c === 'string' ? c : c.date) === day);
  const periods = extra ? extra.periods : closed ? [] : hours.weekly[DAYS[localMidnight.getUTCDay()]!];
  const base = localMidnight.getTime() - hours.utcOffsetMinutes * 60_000;
  return periods
    .map((p) => ({ start: base + toMinutes(p.slice(0, 5)) * 60_000, end: base + toMinutes(p.slice(6)) * 60_000 }))
    .sort((a, b) => a.start - b.start);
}

export interface DutyStatus {
  onDuty: boolean;
  /** While on duty: when the current period ends. */
  until?: Date;
  /** Off duty: when the next period starts (within the next 60 days), if any. */
  nextStart?: Date;
}

/** Whether a counsellor is on duty at `ms`, and when that changes. */
export function dutyStatus(hours: DutyHours, ms: number): DutyStatus {
  const local = localDate(ms, hours.utcOffsetMinutes);
  const midnight = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
  for (let i = 0; i <= 60; i++) {
    for (const p of periodsOn(hours, new Date(midnight.getTime() + i * DAY_MS))) {
      if (i === 0 && p.start <= ms && ms < p.end) return { onDuty: true, until: new Date(p.end) };
      if (p.start > ms) return { onDuty: false, nextStart: new Date(p.start) };
    }
  }
  return { onDuty: false };
}

/** Whether `ms` falls inside a duty period (for reading the queue's history). */
export const onDutyAt = (hours: DutyHours, ms: number) => dutyStatus(hours, ms).onDuty;
