/** Vacancy matching and course recommendation for a person (server/routes/{vacancies,courses}.ts). */
import type { CourseMatches, VacancyMatches } from '../../server/contract/catalog.ts';
import { api } from './client.ts';

export const matchVacancies = (person: Record<string, unknown>, k = 5) => api<VacancyMatches>('/api/vacancies/match', { body: { person, k } });

export const recommendCourses = (person: Record<string, unknown>, opts: { interest?: string; k?: number } = {}) =>
  api<CourseMatches>('/api/courses/recommend', { body: { person, k: opts.k ?? 5, ...(opts.interest ? { interest: opts.interest } : {}) } });
