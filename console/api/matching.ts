/** Vacancy matching and course recommendation for a person (server/routes/{vacancies,courses}.ts). */
import { api } from './client.ts';
import type { CourseMatch, Shortfall, VacancyMatch } from './tool-outputs.ts';

export const matchVacancies = (person: Record<string, unknown>, k = 5) =>
  api<{ asOf: string; matches: VacancyMatch[]; shortfall?: Shortfall }>('/api/vacancies/match', { body: { person, k } });

export const recommendCourses = (person: Record<string, unknown>, opts: { interest?: string; k?: number } = {}) =>
  api<{ asOf: string; matches: CourseMatch[]; shortfall?: Shortfall }>('/api/courses/recommend', { body: { person, k: opts.k ?? 5, ...(opts.interest ? { interest: opts.interest } : {}) } });
