/**
 * The staff console's API, one module per area would be many tiny files; the paths live here
 * together so a route that moves is changed in one place. Shapes follow server/routes/staff/*.
 */
import { api } from './client.ts';

export type StaffRole = 'counsellor' | 'staff' | 'supervisor' | 'admin';
export interface StaffUser {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  /** Signed in with a one-time password: only the password page works until it is changed. */
  mustChangePassword?: boolean;
}

// ── auth (server/routes/auth.ts) ────────────────────────────────────────────────────────────────
export const me = () => api<{ user: StaffUser }>('/api/auth/me').then((r) => r.user);
export const login = (username: string, password: string) =>
  api<{ user: StaffUser }>('/api/auth/login', { body: { username, password } }).then((r) => r.user);
export const logout = () => api<{ ok: true }>('/api/auth/logout', { method: 'POST' });
export const changePassword = (currentPassword: string, newPassword: string) =>
  api<{ ok: true }>('/api/auth/password', { body: { currentPassword, newPassword } });
/** Is there still no administrator (a first start printed a setup link)? */
export const setupNeeded = () => api<{ needed: boolean }>('/api/auth/setup').then((r) => r.needed);
/** Creates the first administrator with the one-time link's secret, and signs in as them. */
export const setupFirstAdmin = (body: { token: string; username: string; displayName: string; password: string }) =>
  api<{ user: StaffUser }>('/api/auth/setup', { body }).then((r) => r.user);

// ── policy (public routes, used by the Ask screen) ─────────────────────────────────────────────
export interface ClauseHit {
  clauseId: string;
  title: string;
  text: string;
  score: number;
}
export const searchPolicy = (q: string, k = 5) => api<{ hits: ClauseHit[] }>('/api/policy/search', { query: { q, k } });

// ── vacancies, courses, events (server/routes/staff/{vacancies,courses,events}.ts) ─────────────
export type CatalogKind = 'vacancies' | 'courses' | 'events';
/** The import answer, as the server defines it (type only: nothing of the server is bundled). */
export type { ImportReport } from '../../server/catalog/embedded-import.ts';
import type { ImportReport } from '../../server/catalog/embedded-import.ts';
export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
export interface VacancyRow {
  id: string;
  title: string;
  employer: string;
  street?: string | null;
  workType?: string;
  wageMin?: number | null;
  wageMax?: number | null;
  expiresOn?: string | null;
  status: string;
  source: string;
  demo: boolean;
  expired: boolean;
  matchable: boolean;
}
export interface CourseRow {
  id: string;
  title: string;
  provider: string;
  category?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  street?: string | null;
  subsidised?: boolean | null;
  status: string;
  source: string;
  demo: boolean;
  expired: boolean;
  matchable: boolean;
}
export interface EventRow {
  id: string;
  source: string;
  year: number;
  name: string;
  timeText?: string | null;
  months?: number[];
  location?: string | null;
  departments?: string[] | null;
  clauseId?: string | null;
  recurring?: boolean;
}

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
export const listVacancies = (q: { status?: string; q?: string; page?: number }) => api<Paged<VacancyRow>>('/api/staff/vacancies', { query: q });
export const listCourses = (q: { status?: string; q?: string; page?: number }) => api<Paged<CourseRow>>('/api/staff/courses', { query: q });
export const listEvents = (q: { year?: number; month?: number }) => api<{ year: number; events: EventRow[]; years: number[] }>('/api/events', { query: q });
export const setWithdrawn = (kind: 'vacancies' | 'courses', id: string, withdrawn: boolean) =>
  api<{ id: string; status: string }>(`/api/staff/${kind}/${encodeURIComponent(id)}/${withdrawn ? 'withdraw' : 'restore'}`, { method: 'POST' });
