/** One vacancy or course by hand (server/routes/staff/catalog-items.ts). */
import type { CourseItem, VacancyItem } from '../../server/contract/catalog.ts';
import { api } from './client.ts';

export type ItemKind = 'vacancies' | 'courses';
/** What the form sends: each field's value, null or '' for a blank. */
export type ItemFields = Record<string, string | number | boolean | null>;
export type CatalogItem = VacancyItem | CourseItem;

export const getItem = (kind: ItemKind, id: string) => api<{ item: CatalogItem }>(`/api/staff/${kind}/${encodeURIComponent(id)}`).then((r) => r.item);
export const saveItem = (kind: ItemKind, id: string | undefined, body: ItemFields) =>
  api<{ item: CatalogItem }>(id ? `/api/staff/${kind}/${encodeURIComponent(id)}` : `/api/staff/${kind}`, { method: id ? 'PUT' : 'POST', body }).then((r) => r.item);
