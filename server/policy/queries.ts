import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { policyClauses, policyDocuments } from '../db/schema/index.ts';

/** One clause with its document, or undefined. */
export async function getClause(database: Database, { clauseId }: { clauseId: string }) {
  const [row] = await database.db
    .select({ clause: policyClauses, document: policyDocuments })
    .from(policyClauses)
    .innerJoin(policyDocuments, eq(policyDocuments.docKey, policyClauses.docKey))
    .where(eq(policyClauses.id, clauseId))
    .limit(1);
  if (!row) return undefined;
  const { clause: c, document: d } = row;
  return {
    clauseId: c.id,
    title: c.heading,
    section: c.section,
    path: c.path,
    text: c.text,
    units: c.units,
    document: { docKey: d.docKey, number: d.number, title: d.title, planTitle: d.planTitle, issuer: d.issuer, issuedOn: d.issuedOn },
  };
}

export async function countClauses(database: Database): Promise<number> {
  return database.db.$count(policyClauses);
}
