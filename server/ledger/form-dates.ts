/**
 * Dates staff type into casework forms, each in the range that makes sense for it: a follow-up or
 * a plan step is still to come (not before today, not years ahead), a service was delivered (not
 * after today, not years back). "Today" is the centre's day (Asia/Shanghai), read at each request.
 */
import { z } from 'zod';
import { zh } from '../i18n/zh-CN/index.ts';
import { addDays, today } from '../rules/dates.ts';
import { IsoDate } from '../rules/facts.ts';

const d = zh.forms.date;

/** How far ahead a follow-up may be booked, and a plan step planned. */
export const FOLLOW_UP_MAX_DAYS = 366;
export const PLAN_STEP_MAX_DAYS = 3 * 366;
/** How far back a service may be recorded by hand. */
export const SERVICE_MAX_DAYS_BACK = 5 * 366;

/** A day from today to `maxDays` ahead. */
export const comingDate = (maxDays: number) =>
  IsoDate.superRefine((s, ctx) => {
    const now = today();
    const last = addDays(now, maxDays);
    if (s < now) ctx.addIssue({ code: 'custom', message: d.notPast(now) });
    else if (s > last) ctx.addIssue({ code: 'custom', message: d.notAfter(last) });
  });

/** A day from `maxDaysBack` ago to today. */
export const pastDate = (maxDaysBack: number = SERVICE_MAX_DAYS_BACK) =>
  IsoDate.superRefine((s, ctx) => {
    const now = today();
    const first = addDays(now, -maxDaysBack);
    if (s > now) ctx.addIssue({ code: 'custom', message: d.notFuture(now) });
    else if (s < first) ctx.addIssue({ code: 'custom', message: d.notBefore(first) });
  });

/** Is `s` a step date that may be saved: to come, or one the plan already had (a step running late stays as it was)? */
export function stepDateProblem(s: string, kept: ReadonlySet<string>): string | undefined {
  if (kept.has(s)) return undefined;
  const now = today();
  const last = addDays(now, PLAN_STEP_MAX_DAYS);
  if (s < now) return d.notPast(now);
  if (s > last) return d.notAfter(last);
  return undefined;
}
