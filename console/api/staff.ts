/**
 * The staff console's API, one module per area would be many tiny files; the paths live here
 * together so a route that moves is changed in one place. Answers are typed by the server's
 * contract (server/contract/*; types only: nothing of the server is bundled).
 */
import type { StaffRole } from '../../server/auth/principal.ts';
import type { EventCalendar, ImportReport, CoursePage, VacancyPage, WithdrawnState } from '../../server/contract/catalog.ts';
import type { ClauseHit } from '../../server/contract/policy.ts';
import type { SetupNeeded, SignedIn, SignedInUser } from '../../server/contract/auth.ts';
import type { Ok } from '../../server/contract/common.ts';
import { api } from './client.ts';

export type { StaffRole };
export type StaffUser = SignedInUser;

// ── auth (server/routes/auth.ts) ────────────────────────────────────────────────────────────────
export const me = () => api<SignedIn>('/api/auth/me').then((r) => r.user);
export const login = (username: string, password: string) =>
  api<SignedIn>('/api/auth/login', { body: { username, password } }).then((r) => r.user);
export const logout = () => api<Ok>('/api/auth/logout', { method: 'POST' });
export const changePassword = (currentPassword: string, newPassword: string) =>
  api<Ok>('/api/auth/password', { body: { currentPassword, newPassword } });
/** Is there still no administrator (a first start printed a setup link)? */
export const setupNeeded = () => api<SetupNeeded>('/api/auth/setup').then((r) => r.needed);
/** Creates the first administrator with the one-time link's secret, and signs in as them. */
export const setupFirstAdmin = (body: { token: string; username: string; displayName: string; password: string }) =>
  api<SignedIn>('/api/auth/setup', { body }).then((r) => r.user);

// ── policy (public routes, used by the Ask screen) ─────────────────────────────────────────────
export type { ClauseHit };
export const searchPolicy = (q: string, k = 5) => api<{ hits: ClauseHit[] }>('/api/policy/search', { query: { q, k } });

// ── vacancies, courses, events (server/routes/staff/{vacancies,courses,events}.ts) ─────────────
export type CatalogKind = 'vacancies' | 'courses' | 'events';
export type { CourseRow, EventItem as EventRow, ImportReport, VacancyRow } from '../../server/contract/catalog.ts';
/** A page of a staff list, whatever its rows. */
export type Paged<T> = Omit<VacancyPage, 'items'> & { items: T[] };

/** A feed file as staff picked it: CSV is sent as text/csv, JSON wrapped in the import envelope. */
export async function importFile(kind: CatalogKind, file: File, opts: { source: string; withdrawMissing: boolean }) {
  const path = `/api/staff/${kind}/import`;
  const text = await file.text();
  if (/\.json$/i.test(file.name) || file.type === 'application/json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = text;
    }
    return api<ImportReport>(path, { body: { source: opts.source, format: 'json', data, withdrawMissing: opts.withdrawMissing } });
  }
  return api<ImportReport>(path, { raw: text, contentType: 'text/csv; charset=utf-8', query: { source: opts.source, withdrawMissing: opts.withdrawMissing } });
}
export const listVacancies = (q: { status?: string; q?: string; page?: number }) => api<VacancyPage>('/api/staff/vacancies', { query: q });
export const listCourses = (q: { status?: string; q?: string; page?: number }) => api<CoursePage>('/api/staff/courses', { query: q });
export const listEvents = (q: { year?: number; month?: number }) => api<EventCalendar>('/api/events', { query: q });
export const setWithdrawn = (kind: 'vacancies' | 'courses', id: string, withdrawn: boolean) =>
  api<WithdrawnState>(`/api/staff/${kind}/${encodeURIComponent(id)}/${withdrawn ? 'withdraw' : 'restore'}`, { method: 'POST' });
