/** Data for the catalog page: paged vacancy and course lists, and the events calendar. */
import { query } from '@solidjs/router';
import { listCourses, listEvents, listVacancies } from '../api/staff.ts';

export const vacancyList = query((status: string, q: string, page: number) => listVacancies({ status, q: q || undefined, page }), 'catalog-vacancies');
export const courseList = query((status: string, q: string, page: number) => listCourses({ status, q: q || undefined, page }), 'catalog-courses');
export const eventList = query((year: number) => listEvents({ year }), 'catalog-events');
