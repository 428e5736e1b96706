/**
 * The seeker's other conversations, for the case page (issue 16): when each started and was last
 * active, its status, its latest case and that case's outcome — and the transcript of one of them,
 * read through the case (so the ownership check of the case route covers it: whoever may work on
 * this case may read this seeker's other conversations). Console Ask sessions are never listed.
 */
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { STAFF_CHANNEL } from '../chat/channels.ts';
import type { Database } from '../db/client.ts';
import { cases, conversations, messages, staffUsers } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { getCase } from './queries.ts';

/** The outer row in the subqueries below, qualified (drizzle leaves a lone table's columns bare, and a bare "id" would bind inside). */
const outer = sql.raw('"conversations"."id"');

export async function seekerConversations(database: Database, { caseId }: { caseId: string }) {
  const row = await getCase(database, { caseId });
  const rows = await database.db
    .select({
      id: conversations.id,
      status: conversations.status,
      createdAt: conversations.createdAt,
      lastActivityAt: conversations.lastActivityAt,
      anonymisedAt: conversations.anonymisedAt,
      messageCount: sql<number>`(select count(*)::int from messages m where m.conversation_id = ${outer})`,
      caseStatus: sql<string | null>`(select c.status from cases c where c.conversation_id = ${outer} order by c.created_at desc limit 1)`,
      outcome: sql<string | null>`(select c.outcome from cases c where c.conversation_id = ${outer} order by c.created_at desc limit 1)`,
      resolvedAt: sql<string | null>`(select c.resolved_at from cases c where c.conversation_id = ${outer} order by c.created_at desc limit 1)`,
    })
    .from(conversations)
    .where(and(eq(conversations.seekerId, row.seekerId), ne(conversations.id, row.conversationId), ne(conversations.channel, STAFF_CHANNEL)))
    .orderBy(desc(conversations.createdAt))
    .limit(50);
  return rows.map((r) => ({ ...r, cleared: !!r.anonymisedAt }));
}

/** One of the seeker's other conversations, as a transcript; a conversation of another seeker is a 404. */
export async function seekerConversationTranscript(database: Database, { caseId, conversationId }: { caseId: string; conversationId: string }) {
  const row = await getCase(database, { caseId });
  const [conversation] = await database.db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.id, conversationId), eq(conversations.seekerId, row.seekerId), ne(conversations.channel, STAFF_CHANNEL)));
  if (!conversation) throw new AppError(404, 'not_found', zh.cases.errors.conversationNotFound);
  const transcript = await database.db
    .select({
      id: messages.id,
      seq: messages.seq,
      role: messages.role,
      text: messages.text,
      citations: messages.citations,
      status: messages.status,
      authorName: staffUsers.displayName,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .leftJoin(staffUsers, eq(staffUsers.id, messages.authorId))
    .where(eq(messages.conversationId, conversationId))
    .orderBy(asc(messages.seq));
  const caseRows = await database.db
    .select({ id: cases.id, status: cases.status, outcome: cases.outcome, createdAt: cases.createdAt, resolvedAt: cases.resolvedAt })
    .from(cases)
    .where(eq(cases.conversationId, conversationId))
    .orderBy(asc(cases.createdAt));
  return { conversationId, transcript, cases: caseRows };
}
