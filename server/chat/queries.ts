import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { conversations, type Message, messages, seekers } from '../db/schema/index.ts';
import { hashToken, newToken } from './tokens.ts';

/** A seeker message older than this with no answer no longer blocks the conversation (a crashed turn). */
export const STALE_TURN_SECONDS = 300;

/**
 * A new conversation with its own (anonymous) seeker and bearer token. `channel` is where it was
 * opened (`web` for the public chat page, `staff` for the console's Ask page); `dialogueState`, when
 * given, is stored before the first turn (a staff session starts with the role fixed by its channel).
 */
export async function createSession(database: Database, opts: { channel?: string; dialogueState?: Record<string, unknown> } = {}) {
  const token = newToken();
  return database.db.transaction(async (tx) => {
    const [seeker] = await tx.insert(seekers).values({}).returning({ id: seekers.id });
    const [conversation] = await tx
      .insert(conversations)
      .values({ seekerId: seeker!.id, tokenHash: hashToken(token), ...(opts.channel ? { channel: opts.channel } : {}), ...(opts.dialogueState ? { dialogueState: opts.dialogueState } : {}) })
      .returning({ id: conversations.id });
    return { sessionId: conversation!.id, seekerId: seeker!.id, token };
  });
}

/** The conversation the bearer token opens, or undefined: wrong id and wrong token look the same. */
export async function findConversation(database: Database, { sessionId, token }: { sessionId: string; token: string }) {
  const [row] = await database.db
    .select()
    .from(conversations)
    .where(and(eq(conversations.id, sessionId), eq(conversations.tokenHash, hashToken(token))))
    .limit(1);
  return row;
}

/**
 * A message of the conversation as a turn reads it. The last assistant answer also carries its tool
 * calls and citations: a follow-up (“那怎么申请？”) rests on them (grounding counts them as evidence).
 */
export interface HistoryMessage {
  id: string;
  role: string;
  text: string;
  toolCalls?: { name: string; input: unknown; output: unknown }[];
  citations?: { clauseId: string; title: string; quote: string }[];
}

/** What a turn starts from: the stored question, the conversation before it, the seeker's facts. */
export interface AcceptedQuestion {
  id: string;
  seq: number;
  /** The last messages before the question (seeker, assistant and counsellor), oldest first. */
  history: HistoryMessage[];
  facts: Record<string, unknown>;
  /** The conversation's stored dialogue state (server/dialogue/state.ts), null before its first turn. */
  dialogueState: unknown;
}

/**
 * Stores the seeker's message as `pending` and takes the conversation's turn in the same
 * statement: nothing is inserted while another seeker message of this conversation is pending,
 * and two concurrent inserts compute the same seq and collide on the unique index. The same
 * statement marks the conversation active and reads what the turn starts from (its snapshot does
 * not yet see the new message), so accepting a turn is one round trip. Returns undefined when a
 * turn is already running.
 */
export async function insertPendingQuestion(
  database: Database,
  { id = randomUUID(), conversationId, seekerId, text, historyLimit = 10 }: { id?: string; conversationId: string; seekerId: string; text: string; historyLimit?: number },
): Promise<AcceptedQuestion | undefined> {
  try {
    const rows = await database.rows<AcceptedQuestion>(sql`
      with q as (
        insert into messages (id, conversation_id, seq, role, text, status)
        select ${id}, ${conversationId}, coalesce(max(seq), 0) + 1, 'seeker', ${text}, 'pending'
        from messages where conversation_id = ${conversationId}
        having not exists (
          select 1 from messages
          where conversation_id = ${conversationId} and role = 'seeker' and status = 'pending'
            and created_at > now() - make_interval(secs => ${STALE_TURN_SECONDS})
        )
        returning id, seq
      ), touched as (
        update conversations set last_activity_at = now()
        where id = ${conversationId} and exists (select 1 from q)
      )
      select q.id, q.seq,
        (select coalesce(json_agg(case when h.last_answer
                   then json_build_object('id', h.id, 'role', h.role, 'text', h.text, 'toolCalls', h.tool_calls, 'citations', h.citations)
                   else json_build_object('id', h.id, 'role', h.role, 'text', h.text) end order by h.seq), '[]'::json)
         from (select id, seq, role, text, tool_calls, citations,
                 role = 'assistant' and seq = max(seq) filter (where role = 'assistant') over () as last_answer
               from messages
               where conversation_id = ${conversationId} and role in ('seeker', 'assistant', 'counsellor')
               order by seq desc limit ${historyLimit}) h) as history,
        (select facts from seekers where id = ${seekerId}) as facts,
        (select dialogue_state from conversations where id = ${conversationId}) as "dialogueState"
      from q`);
    const row = rows[0];
    return row && { ...row, facts: row.facts ?? {}, dialogueState: row.dialogueState ?? null };
  } catch (e) {
    if (isUniqueViolation(e)) return undefined;
    throw e;
  }
}

/**
 * Ends a turn that stored no outcome: its question, if it is still pending, is marked `failed`, which
 * releases the conversation's turn (the seeker may send again at once). Safe to run any number of
 * times, and a no-op once an answer was stored. Returns whether it changed the question.
 */
export async function releaseQuestion(database: Database, { questionId }: { questionId: string }): Promise<boolean> {
  const rows = await database.rows<{ id: string }>(sql`update messages set status = 'failed' where id = ${questionId} and status = 'pending' returning id`);
  return rows.length > 0;
}

export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.code === '23505' || err?.cause?.code === '23505';
}

/** Appends a message with the next seq (retrying once if a concurrent writer took it). */
export async function appendMessage(
  database: Database,
  values: Omit<typeof messages.$inferInsert, 'seq' | 'id'>,
): Promise<Message> {
  for (let attempt = 0; ; attempt++) {
    try {
      const [row] = await database.db
        .insert(messages)
        .values({
          ...values,
          seq: sql`(select coalesce(max(seq), 0) + 1 from messages where conversation_id = ${values.conversationId})`,
        })
        .returning();
      return row!;
    } catch (e) {
      if (attempt < 3 && isUniqueViolation(e)) continue;
      throw e;
    }
  }
}

/** The last `limit` messages of a conversation, oldest first. */
export async function recentMessages(database: Database, { conversationId, limit = 20 }: { conversationId: string; limit?: number }) {
  const rows = await database.db
    .select()
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    .orderBy(desc(messages.seq))
    .limit(limit);
  return rows.reverse();
}

export async function getSeekerFacts(database: Database, { seekerId }: { seekerId: string }) {
  const [row] = await database.db.select({ facts: seekers.facts }).from(seekers).where(eq(seekers.id, seekerId));
  return row?.facts ?? {};
}

/**
 * Merges validated facts into the seeker's profile (later statements win) and returns the result.
 * Takes the database or a transaction (`{ db: tx }`), so a correction and its record commit together.
 */
export async function mergeSeekerFacts(database: Pick<Database, 'db'>, { seekerId, facts }: { seekerId: string; facts: Record<string, unknown> }) {
  const [row] = await database.db
    .update(seekers)
    .set({ facts: sql`${seekers.facts} || ${JSON.stringify(facts)}::jsonb`, updatedAt: sql`now()` })
    .where(eq(seekers.id, seekerId))
    .returning({ facts: seekers.facts });
  return row?.facts ?? {};
}

export async function getConversation(database: Database, { conversationId }: { conversationId: string }) {
  const [row] = await database.db.select().from(conversations).where(eq(conversations.id, conversationId));
  return row;
}

/** The conversation's stored dialogue state (null before its first turn). */
export async function getDialogueState(database: Database, { conversationId }: { conversationId: string }): Promise<unknown> {
  const [row] = await database.db.select({ state: conversations.dialogueState }).from(conversations).where(eq(conversations.id, conversationId));
  return row?.state ?? null;
}

/** Replaces the conversation's dialogue state (a counsellor's correction; turns store theirs with the answer). */
export async function setDialogueState(database: Database, { conversationId, state }: { conversationId: string; state: Record<string, unknown> }) {
  await database.db.update(conversations).set({ dialogueState: state }).where(eq(conversations.id, conversationId));
}
