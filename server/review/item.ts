import { sql } from 'drizzle-orm';
import { needsCheck } from '../agent/guardrails/grounding.ts';
import { notStaffConversation } from '../chat/channels.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { clauseTexts } from '../policy/clause-texts.ts';
import { sentences } from '../policy/sentences.ts';
import { flagReasons, type FlagReason } from './flags.ts';
import { isWholeQuote } from './quotes.ts';
import { scoresOf } from './scores.ts';

/** How many messages before the question are shown as its context. */
export const CONTEXT_MESSAGES = 4;

interface StoredGrounding {
  ok?: boolean;
  regenerated?: boolean;
  replaced?: boolean;
  unknownCitations?: string[];
  ungroundedFigures?: string[];
  unsupportedClaims?: { cue: string; sentence: string; says: 'yes' | 'no'; benefits: string[]; found: string[] }[];
  figureIssues?: { figure: string; about: unknown; reason: string }[];
}

/**
 * What the grounding check found, for a supervisor: whether it ran and passed, what it refused
 * (unknown citations, figures not borne out, eligibility claims the rules engine did not make),
 * each sentence it had to check (a figure, a citation or a claim) and whether that sentence held,
 * and the cited quotes that are not whole sentences of their clause (`cut`).
 */
export function groundingReport(answer: string, stored: StoredGrounding | null, citations: { clauseId: string; cut: boolean }[]) {
  const claims = stored?.unsupportedClaims ?? [];
  const figures = stored?.ungroundedFigures ?? [];
  const failed = (text: string) => claims.some((c) => c.sentence && (text.includes(c.sentence) || c.sentence.includes(text))) || figures.some((f) => text.includes(f));
  // a sentence the check failed was checked, whatever needsCheck says of it now
  const checkedSentences = sentences(answer)
    .filter((s) => needsCheck(s) || failed(s))
    .map((text) => ({ text, ok: !failed(text) }));
  const cutQuotes = citations.filter((c) => c.cut).map((c) => c.clauseId);
  return {
    checked: stored !== null,
    ok: stored?.ok ?? null,
    /** Passed the automatic check and quotes only whole sentences: what the dashboard counts as passed. */
    passed: stored !== null && stored.ok === true && !stored.replaced && !claims.length && !figures.length && !(stored.unknownCitations ?? []).length && !cutQuotes.length,
    regenerated: stored?.regenerated ?? false,
    replaced: stored?.replaced ?? false,
    unknownCitations: stored?.unknownCitations ?? [],
    ungroundedFigures: figures,
    unsupportedClaims: claims,
    figureIssues: stored?.figureIssues ?? [],
    checkedSentences,
    cutQuotes,
  };
}

/**
 * One answer as a supervisor scores it: the question and the messages before it, the answer, the
 * cited clauses' whole texts beside the quotes, the grounding check's result, the turn's trace
 * (steps, retrieved clauses), why it is in the queue and this reviewer's own earlier score.
 */
export async function reviewItem(database: Database, { messageId, reviewerId }: { messageId: string; reviewerId: string }) {
  const [row] = await database.rows<ItemRow>(sql`
    select m.id as "messageId", m.conversation_id as "conversationId", c.seeker_id as "seekerId", m.seq, m.created_at as "createdAt",
      m.status, m.text as answer, m.citations, m.tool_calls as "toolCalls", m.grounding, m.flagged, ${flagReasons} as flags,
      (select f.rating from feedback f where f.message_id = m.id) as rating,
      (select json_build_object('steps', t.steps, 'retrieved', t.retrieved, 'totalMs', t.total_ms) from turn_traces t where t.answer_message_id = m.id limit 1) as trace
    from messages m join conversations c on c.id = m.conversation_id
    where m.id = ${messageId} and m.role = 'assistant' and ${notStaffConversation('m.conversation_id')}`);
  if (!row) throw new AppError(404, 'not_found', zh.review.errors.answerNotFound, 'messageId');

  const before = await database.rows<{ messageId: string; role: string; text: string; createdAt: string | Date }>(sql`
    select id as "messageId", role, text, created_at as "createdAt" from messages
    where conversation_id = ${row.conversationId} and seq < ${row.seq} order by seq desc limit ${CONTEXT_MESSAGES + 1}`);
  const ordered = before.reverse().map((m) => ({ ...m, createdAt: new Date(m.createdAt).toISOString() }));
  const qIndex = ordered.map((m) => m.role).lastIndexOf('seeker');
  const question = qIndex >= 0 ? ordered[qIndex]! : null;
  const context = (qIndex >= 0 ? ordered.filter((_, i) => i !== qIndex) : ordered).slice(-CONTEXT_MESSAGES);

  const texts = await clauseTexts(database, row.citations.map((c) => c.clauseId));
  const citations = row.citations.map((c) => {
    const clause = texts.get(c.clauseId);
    return { clauseId: c.clauseId, title: c.title, quote: c.quote, heading: clause?.heading ?? null, clauseText: clause?.text ?? null, cut: clause ? !isWholeQuote(c.quote, clause.text) : false };
  });
  const [mine] = await scoresOf(database, { messageIds: [row.messageId], reviewerId });
  const { seekerId, seq: _seq, flags, grounding, createdAt, ...rest } = row;
  return {
    seekerId,
    item: {
      ...rest,
      createdAt: new Date(createdAt).toISOString(),
      question: question ? { text: question.text, createdAt: question.createdAt } : null,
      context,
      citations,
      reasons: flags,
      grounding: groundingReport(row.answer, grounding, citations),
      myReview: mine ? { accuracy: mine.accuracy, citation: mine.citation, completeness: mine.completeness, tone: mine.tone, safety: mine.safety, comment: mine.comment } : null,
    },
  };
}

interface ItemRow {
  messageId: string;
  conversationId: string;
  seekerId: string;
  seq: number;
  createdAt: string | Date;
  status: string;
  answer: string;
  citations: { clauseId: string; title: string; quote: string }[];
  toolCalls: { name: string; input: unknown; output: unknown }[];
  grounding: StoredGrounding | null;
  flagged: boolean;
  flags: FlagReason[];
  rating: number | null;
  trace: { steps: { name: string; ms: number; status?: string }[]; retrieved: { clauseId: string; score: number }[]; totalMs: number | null } | null;
}
