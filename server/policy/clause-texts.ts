import { policyClauses } from '../db/schema/index.ts';
import type { Database } from '../db/client.ts';

export interface ClauseText {
  heading: string;
  text: string;
}

/**
 * How long a process trusts its copy of the clause texts. The corpus changes only by ingestion: in
 * this process that clears the copy at once; `npm run ingest` from another process is seen within
 * this time.
 */
export const CLAUSE_TEXTS_TTL_MS = 60_000;
/** An unknown id (a clause added elsewhere, or one a model made up) reloads at most this often. */
const UNKNOWN_ID_RELOAD_MS = 5_000;

interface Copy {
  loadedAt: number;
  byId: Map<string, ClauseText>;
  loading?: Promise<Map<string, ClauseText>>;
}
const copies = new WeakMap<Database, Copy>();

async function load(database: Database, copy: Copy) {
  const rows = await database.db.select({ id: policyClauses.id, heading: policyClauses.heading, text: policyClauses.text }).from(policyClauses);
  copy.byId = new Map(rows.map((r) => [r.id, { heading: r.heading, text: r.text }]));
  copy.loadedAt = Date.now();
  return copy.byId;
}

/**
 * Heading and text of the policy clauses, from one in-memory copy per database (52 clauses, about
 * 30 KB): every turn needs the texts of the clauses it retrieved and cited, and reading them per
 * turn was two of its round trips.
 */
export async function clauseTexts(database: Database, ids: Iterable<string>): Promise<Map<string, ClauseText>> {
  let copy = copies.get(database);
  if (!copy) copies.set(database, (copy = { loadedAt: 0, byId: new Map() }));
  const wanted = [...ids];
  const age = Date.now() - copy.loadedAt;
  if (age >= CLAUSE_TEXTS_TTL_MS || (age >= UNKNOWN_ID_RELOAD_MS && wanted.some((id) => !copy.byId.has(id)))) {
    copy.loading ??= load(database, copy).finally(() => (copy.loading = undefined));
    await copy.loading;
  }
  return new Map(wanted.flatMap((id) => {
    const c = copy.byId.get(id);
    return c ? [[id, c] as const] : [];
  }));
}

/** Called by ingestion: the next read loads the texts again. */
export function forgetClauseTexts(database: Database) {
  copies.delete(database);
}
