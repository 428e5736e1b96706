/**
 * Everything under /api/staff: one sub-app, so that the staff authentication middleware (a later
 * issue) wraps all of it in one place.
 */
import { Hono } from 'hono';
import type { Database } from '../../db/client.ts';
import type { Embedder } from '../../embeddings/index.ts';
import { staffCourseRoutes } from './courses.ts';
import { staffEventRoutes } from './events.ts';
import { staffVacancyRoutes } from './vacancies.ts';

export { IMPORT_PATH, MAX_IMPORT_BYTES } from './limits.ts';

export function staffRoutes(deps: { database: Database; embedder: Embedder }) {
  return new Hono()
    .route('/vacancies', staffVacancyRoutes(deps))
    .route('/courses', staffCourseRoutes(deps))
    .route('/events', staffEventRoutes(deps));
}
