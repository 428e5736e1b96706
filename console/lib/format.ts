/** Display helpers for dates and durations in zh-CN. */
import { t } from '../i18n.ts';

const dateTime = new Intl.DateTimeFormat('zh-CN', { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' });
const dateOnly = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Asia/Shanghai' });

export const formatDateTime = (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '');
export const formatDate = (iso: string | null | undefined) => (iso ? dateOnly.format(new Date(iso)) : '');

/** Minutes waited since `since` at `now` (ms), for the queue. */
export function waitedMinutes(since: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(since)) / 60_000));
}

export function formatWait(minutes: number): string {
  return minutes < 1 ? t.common.justNow : t.common.minutes(minutes);
}

/** Today in China, YYYY-MM-DD (the service's calendar day). */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** A seeker as staff lists show them: the name, else the phone, else the id's first eight characters. */
export function seekerName(seeker: { name?: string | null; phone?: string | null } | null | undefined, id: string): string {
  return seeker?.name ?? seeker?.phone ?? id.slice(0, 8);
}
