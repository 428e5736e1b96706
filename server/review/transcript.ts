import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { cases, conversations, feedback, messages, reviews, seekers, staffUsers, turnTraces } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { clauseTexts } from '../policy/clause-texts.ts';
import { flagReasons, type FlagReason } from './flags.ts';
import { groundingReport } from './item.ts';
import { isWholeQuote } from './quotes.ts';
import { scoresOf } from './scores.ts';

/**
 * One conversation as a supervisor reviews it: every message as stored (PII already masked at
 * write time), and for each answer its tool calls, citations, grounding check, the turn's trace
 * (steps, retrieved clauses), the seeker's thumbs, why it would be flagged, and this reviewer's own
 * score. Other reviewers' scores are not shown here — scoring is blind; the agreement view puts
 * them side by side afterwards. No identity fields: whether the seeker identified is all it says.
 */
export async function reviewTranscript(database: Database, { conversationId, reviewerId }: { conversationId: string; reviewerId: string }) {
  const [conversation] = await database.db
    .select({
      id: conversations.id,
      seekerId: conversations.seekerId,
      status: conversations.status,
      channel: conversations.channel,
      createdAt: conversations.createdAt,
      lastActivityAt: conversations.lastActivityAt,
      closedAt: conversations.closedAt,
      anonymisedAt: conversations.anonymisedAt,
      identified: sql<boolean>`${seekers.identityConsentAt} is not null`,
    })
    .from(conversations)
    .innerJoin(seekers, eq(seekers.id, conversations.seekerId))
    .where(eq(conversations.id, conversationId));
  if (!conversation) throw new AppError(404, 'not_found', zh.review.errors.conversationNotFound);

  const list = await messageRows(database, conversationId);
  const answerIds = list.filter((r) => r.message.role === 'assistant').map((r) => r.message.id);
  const [traces, thumbs, mine, counts, caseRows] = await Promise.all([
    answerIds.length
      ? database.db
          .select({ answerMessageId: turnTraces.answerMessageId, steps: turnTraces.steps, retrieved: turnTraces.retrieved, totalMs: turnTraces.totalMs })
          .from(turnTraces)
          .where(inArray(turnTraces.answerMessageId, answerIds))
      : [],
    answerIds.length ? database.db.select().from(feedback).where(inArray(feedback.messageId, answerIds)) : [],
    answerIds.length ? scoresOf(database, { messageIds: answerIds, reviewerId }) : [],
    answerIds.length
      ? database.db
          .select({ messageId: reviews.messageId, n: sql<number>`count(*)::int` })
          .from(reviews)
          .where(inArray(reviews.messageId, answerIds))
          .groupBy(reviews.messageId)
      : [],
    database.db
      .select({ id: cases.id, status: cases.status, reason: cases.reason, source: cases.source, outcome: cases.outcome, createdAt: cases.createdAt, resolvedAt: cases.resolvedAt, counsellor: staffUsers.displayName })
      .from(cases)
      .leftJoin(staffUsers, eq(staffUsers.id, cases.assignedTo))
      .where(eq(cases.conversationId, conversationId))
      .orderBy(asc(cases.createdAt)),
  ]);
  const texts = await clauseTexts(database, list.flatMap((r) => r.message.citations.map((c) => c.clauseId)));
  const cutOf = (c: { clauseId: string; quote: string }) => {
    const clause = texts.get(c.clauseId);
    return clause ? !isWholeQuote(c.quote, clause.text) : false;
  };
  const { seekerId, ...conv } = conversation;
  return {
    conversation: conv,
    seekerId,
    cases: caseRows,
    messages: list.map(({ message: m, author, flags }) => {
      const base = { messageId: m.id, seq: m.seq, role: m.role, text: m.text, status: m.status, createdAt: m.createdAt, author };
      if (m.role !== 'assistant') return base;
      const trace = traces.find((t) => t.answerMessageId === m.id);
      const thumb = thumbs.find((f) => f.messageId === m.id);
      return {
        ...base,
        citations: m.citations,
        toolCalls: m.toolCalls,
        grounding: m.grounding,
        check: groundingReport(m.text, m.grounding, m.citations.map((c) => ({ clauseId: c.clauseId, cut: cutOf(c) }))),
        flagged: m.flagged,
        flags,
        model: m.model,
        promptVersion: m.promptVersion,
        latencyMs: m.latencyMs,
        agentDrafted: m.agentDrafted,
        trace: trace ? { steps: trace.steps, retrieved: trace.retrieved, totalMs: trace.totalMs } : null,
        feedback: thumb ? { rating: thumb.rating, comment: thumb.comment } : null,
        myReview: mine.find((r) => r.messageId === m.id) ?? null,
        reviewCount: counts.find((c) => c.messageId === m.id)?.n ?? 0,
      };
    }),
  };
}

/** The messages with their authors' names, and the flag reasons of each (SQL over the row `m`). */
async function messageRows(database: Database, conversationId: string) {
  const rows = await database.db
    .select({ message: messages, author: staffUsers.displayName })
    .from(messages)
    .leftJoin(staffUsers, eq(staffUsers.id, messages.authorId))
    .where(eq(messages.conversationId, conversationId))
    .orderBy(asc(messages.seq));
  const flags = await database.rows<{ id: string; flags: FlagReason[] }>(sql`select m.id, ${flagReasons} as flags from messages m where m.conversation_id = ${conversationId}`);
  return rows.map((r) => ({ ...r, flags: flags.find((f) => f.id === r.message.id)?.flags ?? [] }));
}
