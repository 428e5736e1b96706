/**
 * The words of a vacancy for the full-text candidate search: the embedded text, segmented. Rows
 * stored before the column existed get theirs at start (a few milliseconds per thousand rows).
 */
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { vacancies } from '../db/schema/index.ts';
import { words } from '../text/segment.ts';
import { vacancyText, type VacancyInput } from './vacancy-row.ts';
import { vacancyTextColumns } from './vacancy-text-columns.ts';

export const vacancyTokens = (row: Parameters<typeof vacancyText>[0]) => words(vacancyText(row)).join(' ');

/** Fills `tokens` where it is empty; returns how many rows it filled. */
export async function backfillVacancyTokens(database: Database, batch = 1000): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await database.db
      .select({ id: vacancies.id, ...vacancyTextColumns })
      .from(vacancies)
      .where(eq(vacancies.tokens, ''))
      .limit(batch);
    if (rows.length === 0) return filled;
    await database.db.transaction(async (tx) => {
      for (const r of rows) {
        const tokens = vacancyTokens(r as unknown as VacancyInput) || '-';
        await tx.update(vacancies).set({ tokens }).where(sql`${vacancies.id} = ${r.id}`);
      }
    });
    filled += rows.length;
  }
}
