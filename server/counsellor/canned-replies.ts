import { asc, eq, inArray, sql } from 'drizzle-orm';
import { isUniqueViolation } from '../chat/queries.ts';
import type { Database } from '../db/client.ts';
import { cannedReplies, policyClauses, staffUsers } from '../db/schema/index.ts';
import { AppError, badRequest } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';

const t = zh.helpers.canned;

/** Anything written like a clause reference, 【doc:path】, whatever its case: each must be a clause. */
const REFERENCE = /【([^】\s]+:[^】\s]+)】/gu;

export function clauseReferences(text: string): string[] {
  return [...new Set([...text.matchAll(REFERENCE)].map((m) => m[1]!))];
}

/** A 400 naming `text` when the text cites a clause the corpus does not have. */
async function checkClauses(database: Database, text: string) {
  const ids = clauseReferences(text);
  if (!ids.length) return;
  const found = new Set((await database.db.select({ id: policyClauses.id }).from(policyClauses).where(inArray(policyClauses.id, ids))).map((r) => r.id));
  const unknown = ids.filter((id) => !found.has(id));
  if (unknown.length) throw badRequest('text', zh.errors.fieldLabelled(t.text, t.errors.unknownClause(unknown.map((id) => `【${id}】`).join('、'))));
}

const codeTaken = (code: string) => new AppError(409, 'code_taken', t.errors.codeTaken(code), 'code');
const notFound = () => new AppError(404, 'not_found', t.errors.notFound);

export interface CannedReplyView {
  id: string;
  code: string;
  text: string;
  updatedAt: string;
  updatedBy: string | null;
}

export async function listCannedReplies(database: Database): Promise<CannedReplyView[]> {
  const rows = await database.db
    .select({ id: cannedReplies.id, code: cannedReplies.code, text: cannedReplies.text, updatedAt: cannedReplies.updatedAt, updatedBy: staffUsers.displayName })
    .from(cannedReplies)
    .leftJoin(staffUsers, eq(staffUsers.id, cannedReplies.updatedBy))
    .orderBy(asc(sql`lower(${cannedReplies.code})`));
  return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
}

async function view(database: Database, id: string) {
  const found = (await listCannedReplies(database)).find((r) => r.id === id);
  if (!found) throw notFound();
  return found;
}

/** Creates a canned reply; the clauses it cites are checked first, so nothing half-valid is stored. */
export async function createCannedReply(database: Database, input: { code: string; text: string; actorId: string }) {
  await checkClauses(database, input.text);
  try {
    const [row] = await database.db.insert(cannedReplies).values({ code: input.code, text: input.text, createdBy: input.actorId, updatedBy: input.actorId }).returning({ id: cannedReplies.id });
    return view(database, row!.id);
  } catch (e) {
    if (isUniqueViolation(e)) throw codeTaken(input.code);
    throw e;
  }
}

export async function updateCannedReply(database: Database, id: string, input: { code?: string; text?: string; actorId: string }) {
  if (input.text !== undefined) await checkClauses(database, input.text);
  try {
    const [row] = await database.db
      .update(cannedReplies)
      .set({ ...(input.code !== undefined ? { code: input.code } : {}), ...(input.text !== undefined ? { text: input.text } : {}), updatedBy: input.actorId, updatedAt: sql`now()` })
      .where(eq(cannedReplies.id, id))
      .returning({ id: cannedReplies.id });
    if (!row) throw notFound();
    return view(database, row.id);
  } catch (e) {
    if (isUniqueViolation(e)) throw codeTaken(input.code ?? '');
    throw e;
  }
}

export async function deleteCannedReply(database: Database, id: string) {
  const [row] = await database.db.delete(cannedReplies).where(eq(cannedReplies.id, id)).returning({ id: cannedReplies.id });
  if (!row) throw notFound();
}
