/**
 * Loads the demo vacancies and courses on the first start of an empty database, so a newcomer's
 * `npm start` has real matches to show. Only when the table is empty: once staff import or the
 * feed runs, the demo is never loaded again (and demo rows can be withdrawn like any other).
 */
import type { Database } from '../db/client.ts';
import { trainingCourses, vacancies } from '../db/schema/index.ts';
import type { Embedder } from '../embeddings/index.ts';
import { importCourses } from './course-import.ts';
import { generateDemoCourses, generateDemoVacancies } from './demo-data.ts';
import type { ImportReport } from './embedded-import.ts';
import { importVacancies } from './vacancy-import.ts';

export const DEMO_SOURCE = 'demo';
export const DEMO_VACANCY_COUNT = 500;

export async function loadDemoDataIfEmpty(
  database: Database,
  embedder: Embedder,
  { asOf, count = DEMO_VACANCY_COUNT }: { asOf: string; count?: number },
): Promise<{ vacancies?: ImportReport; courses?: ImportReport }> {
  const out: { vacancies?: ImportReport; courses?: ImportReport } = {};
  const opts = { source: DEMO_SOURCE, isDemo: true, today: asOf };
  if ((await database.db.$count(vacancies)) === 0) {
    out.vacancies = await importVacancies(database, embedder, { format: 'json', data: generateDemoVacancies({ count, asOf }) }, opts);
  }
  if ((await database.db.$count(trainingCourses)) === 0) {
    out.courses = await importCourses(database, embedder, { format: 'json', data: generateDemoCourses({ asOf }) }, opts);
  }
  return out;
}
