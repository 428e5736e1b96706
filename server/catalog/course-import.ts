/** Training course import: the same path as vacancies (embedded-import.ts), into training_courses. */
import type { Database } from '../db/client.ts';
import { trainingCourses } from '../db/schema/index.ts';
import type { Embedder } from '../embeddings/index.ts';
import { COURSE_COLUMNS, CourseRowSchema, courseText, toCourseInput, type CourseInput } from './course-row.ts';
import { importEmbedded, type EmbeddedTable, type ImportOptions, type ImportReport } from './embedded-import.ts';
import { readRows, type ImportInput } from './feed-records.ts';

const table: EmbeddedTable<CourseInput> = {
  table: trainingCourses,
  text: courseText,
  values: ({ sourceId: _id, status: _status, ...rest }) => rest,
};

export function readCourses(input: ImportInput) {
  return readRows(input, COURSE_COLUMNS, CourseRowSchema, toCourseInput);
}

export async function importCourses(database: Database, embedder: Embedder, input: ImportInput, opts: ImportOptions): Promise<ImportReport> {
  return importEmbedded(database, embedder, table, readCourses(input), opts);
}
