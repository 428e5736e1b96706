/**
 * Real catalogue rows for tests that recommend a vacancy or a course: the ledger only takes ids
 * that exist, so fixtures import them as staff would (one-row imports, the offline embedder).
 */
import type { Database } from '../../server/db/client.ts';
import { localEmbedder } from '../../server/embeddings/local.ts';
import { createCatalogItem } from '../../server/catalog/catalog-edit.ts';

/** Adds one vacancy per title (at `employer`) and answers their ids, in order. */
export async function addVacancies(database: Database, titles: readonly string[], employer = '渝北物流园'): Promise<string[]> {
  const ids: string[] = [];
  for (const title of titles) ids.push((await createCatalogItem(database, localEmbedder(), 'vacancies', { title, employer })).id);
  return ids;
}

/** Adds one course per title and answers their ids, in order. */
export async function addCourses(database: Database, titles: readonly string[], provider = '渝北区职业技能培训中心'): Promise<string[]> {
  const ids: string[] = [];
  for (const title of titles) ids.push((await createCatalogItem(database, localEmbedder(), 'courses', { title, provider, category: '职业技能培训' })).id);
  return ids;
}
