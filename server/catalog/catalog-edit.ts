/**
 * One vacancy or course added or edited by hand in the console. Each goes through its import —
 * the same row validation (a wage range that makes sense, dates in order, lengths), the same
 * embedding — as a one-row import: new ones under the source `manual`, an edit under its row's own
 * source and id. A row problem is a 400 naming the field, in Chinese; nothing is written then.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { trainingCourses, vacancies } from '../db/schema/index.ts';
import type { Embedder } from '../embeddings/index.ts';
import { badRequest, notFound } from '../http/errors.ts';
import { today } from '../rules/dates.ts';
import { importCourses } from './course-import.ts';
import type { ImportReport } from './embedded-import.ts';
import { importVacancies } from './vacancy-import.ts';

export const MANUAL_SOURCE = 'manual';
export type CatalogItemKind = 'vacancies' | 'courses';

const tableOf = (kind: CatalogItemKind) => (kind === 'vacancies' ? vacancies : trainingCourses);

function firstError(report: ImportReport) {
  const e = report.errors[0];
  if (e) throw badRequest(e.field, e.message);
}

async function saveRow(database: Database, embedder: Embedder, kind: CatalogItemKind, source: string, row: Record<string, unknown>) {
  const input = { format: 'json' as const, data: [row] };
  const opts = { source, withdrawMissing: false, today: today() };
  const report = kind === 'vacancies' ? await importVacancies(database, embedder, input, opts) : await importCourses(database, embedder, input, opts);
  firstError(report);
}

/** A new vacancy or course; answers its stored row. */
export async function createCatalogItem(database: Database, embedder: Embedder, kind: CatalogItemKind, fields: Record<string, unknown>) {
  const sourceId = `m-${randomUUID()}`;
  await saveRow(database, embedder, kind, MANUAL_SOURCE, { ...fields, sourceId });
  const table = tableOf(kind);
  const [row] = await database.db.select().from(table).where(eq(table.sourceId, sourceId));
  return editable(kind, row!);
}

/** Replaces what a vacancy or course says (its status is kept: withdraw and restore are their own actions). */
export async function updateCatalogItem(database: Database, embedder: Embedder, kind: CatalogItemKind, id: string, fields: Record<string, unknown>) {
  const table = tableOf(kind);
  const [before] = await database.db.select().from(table).where(eq(table.id, id));
  if (!before) throw notFound();
  await saveRow(database, embedder, kind, before.source, { ...fields, sourceId: before.sourceId });
  return getCatalogItem(database, kind, id);
}

export async function getCatalogItem(database: Database, kind: CatalogItemKind, id: string) {
  const table = tableOf(kind);
  const [row] = await database.db.select().from(table).where(eq(table.id, id));
  if (!row) throw notFound();
  return editable(kind, row);
}

/** What the edit form shows: the fields a person writes, without the embedding and bookkeeping. */
function editable(kind: CatalogItemKind, row: typeof vacancies.$inferSelect | typeof trainingCourses.$inferSelect) {
  if (kind === 'vacancies') {
    const v = row as typeof vacancies.$inferSelect;
    return {
      id: v.id, source: v.source, status: v.status, title: v.title, employer: v.employer, description: v.description, street: v.street,
      educationMin: v.educationMin, wageMin: v.wageMin, wageMax: v.wageMax, headcount: v.headcount, workType: v.workType, contact: v.contact, expiresOn: v.expiresOn,
    };
  }
  const c = row as typeof trainingCourses.$inferSelect;
  return {
    id: c.id, source: c.source, status: c.status, title: c.title, provider: c.provider, category: c.category, description: c.description, street: c.street,
    startsOn: c.startsOn, endsOn: c.endsOn, subsidised: c.subsidised, fee: c.fee, seats: c.seats, contact: c.contact,
  };
}
