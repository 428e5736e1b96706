/**
 * Vacancy import (POST /api/staff/vacancies/import, the scheduled feed, the demo data): JSON or CSV
 * in, validated row by row, upserted by (source, sourceId). See embedded-import.ts for what a
 * re-import, a status change and a snapshot import do.
 */
import type { Database } from '../db/client.ts';
import { vacancies } from '../db/schema/index.ts';
import type { Embedder } from '../embeddings/index.ts';
import { importEmbedded, type EmbeddedTable, type ImportOptions, type ImportReport } from './embedded-import.ts';
import { readRows, type ImportInput } from './feed-records.ts';
import { vacancyTokens } from './vacancy-tokens.ts';
import { toVacancyInput, VACANCY_COLUMNS, VacancyRowSchema, vacancyText, type VacancyInput } from './vacancy-row.ts';

const table: EmbeddedTable<VacancyInput> = {
  table: vacancies,
  text: vacancyText,
  values: (row, today) => {
    const { sourceId: _id, status: _status, postedOn, ...rest } = row;
    return { ...rest, postedOn: postedOn ?? today, tokens: vacancyTokens(row) };
  },
  keepWhenAbsent: (row) => (row.postedOn ? [] : ['postedOn']),
};

export function readVacancies(input: ImportInput) {
  return readRows(input, VACANCY_COLUMNS, VacancyRowSchema, toVacancyInput);
}

export async function importVacancies(
  database: Database,
  embedder: Embedder,
  input: ImportInput,
  opts: ImportOptions,
): Promise<ImportReport> {
  return importEmbedded(database, embedder, table, readVacancies(input), opts);
}
