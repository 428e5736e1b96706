import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { serviceRecords, turnTraces } from '../db/schema/index.ts';
import { retryOnConnectionLoss } from '../db/errors.ts';
import { isUniqueViolation } from './queries.ts';

type ServiceRow = Omit<typeof serviceRecords.$inferInsert, 'messageId'>;
type Trace = Omit<typeof turnTraces.$inferInsert, 'conversationId' | 'seekerMessageId' | 'answerMessageId'>;

export interface TurnRecord {
  conversationId: string;
  questionId: string;
  /** What became of the seeker's message: answered, handed_off, delivered or failed. */
  questionStatus: string;
  answer?: {
    text: string;
    citations: unknown[];
    toolCalls: unknown[];
    model: string | null;
    promptVersion: string | null;
    latencyMs: number;
    status: string;
    grounding: Record<string, unknown> | null;
    flagged: boolean;
  };
  /** The ledger's service records the answer delivered (they point at the answer's message). */
  services: ServiceRow[];
  trace: Trace;
  /** The conversation's dialogue state after this turn; left as it was when undefined. */
  dialogueState?: Record<string, unknown>;
}

const json = (v: unknown) => JSON.stringify(v ?? null);
const snake = (r: ServiceRow) => ({
  seeker_id: r.seekerId,
  kind: r.kind,
  ref_id: r.refId ?? null,
  detail: r.detail ?? {},
  conversation_id: r.conversationId ?? null,
  delivered_on: r.deliveredOn,
});

/**
 * Everything a finished turn writes, in one statement — so it is all stored or none of it, in one
 * round trip: the answer (next seq), the seeker's message's status, the conversation's activity
 * time, the ledger's service records and the turn's trace. A concurrent message (a counsellor's)
 * taking the same seq makes the statement fail whole; it is retried. Returns the answer's id.
 *
 * Everything is written only while the question is still pending (`gate`), so running the
 * statement again — after a lost connection hid whether it committed — stores nothing twice and
 * returns the answer the first run stored (ADR 0011).
 */
export async function storeTurn(database: Database, r: TurnRecord): Promise<string | undefined> {
  return retryOnConnectionLoss(() => storeTurnOnce(database, r));
}

async function storeTurnOnce(database: Database, r: TurnRecord): Promise<string | undefined> {
  const a = r.answer;
  for (let attempt = 0; ; attempt++) {
    try {
      const [row] = await database.rows<{ answer_id: string | null }>(sql`
        with gate as (
          select 1 from messages where id = ${r.questionId} and status = 'pending'
        ), answer as (
          insert into messages (conversation_id, seq, role, text, citations, tool_calls, model, prompt_version, latency_ms, status, grounding, flagged)
          select ${r.conversationId}, coalesce(max(seq), 0) + 1, 'assistant', ${a?.text ?? ''}, ${json(a?.citations ?? [])}::jsonb,
            ${json(a?.toolCalls ?? [])}::jsonb, ${a?.model ?? null}, ${a?.promptVersion ?? null}, ${a?.latencyMs ?? null}::int,
            ${a?.status ?? ''}, ${json(a?.grounding)}::jsonb, ${a?.flagged ?? false}::boolean
          from messages where conversation_id = ${r.conversationId}
          having ${Boolean(a)}::boolean and exists (select 1 from gate)
          returning id
        ), question as (
          update messages set status = ${r.questionStatus} where id = ${r.questionId} and status = 'pending'
        ), touched as (
          update conversations set last_activity_at = now(),
            dialogue_state = coalesce(${r.dialogueState === undefined ? null : json(r.dialogueState)}::jsonb, dialogue_state)
          where id = ${r.conversationId} and exists (select 1 from gate)
        ), services as (
          insert into service_records (seeker_id, kind, ref_id, detail, conversation_id, message_id, delivered_on)
          select s.seeker_id, s.kind, s.ref_id, s.detail, s.conversation_id, answer.id, s.delivered_on
          from json_populate_recordset(null::service_records, ${json(r.services.map(snake))}::json) s, answer
          on conflict do nothing
        ), trace as (
          insert into turn_traces (conversation_id, seeker_message_id, answer_message_id, status, steps, retrieved, tool_calls, model, prompt_version, total_ms, first_delta_ms, model_calls)
          select ${r.conversationId}, ${r.questionId}, (select id from answer), ${r.trace.status}, ${json(r.trace.steps ?? [])}::jsonb,
            ${json(r.trace.retrieved ?? [])}::jsonb, ${json(r.trace.toolCalls ?? [])}::jsonb, ${r.trace.model ?? null},
            ${r.trace.promptVersion ?? null}, ${r.trace.totalMs ?? null}::int, ${r.trace.firstDeltaMs ?? null}::int,
            ${r.trace.modelCalls ? json(r.trace.modelCalls) : null}::jsonb
          where exists (select 1 from gate)
        )
        select coalesce((select id from answer),
          (select t.answer_message_id from turn_traces t where t.conversation_id = ${r.conversationId} and t.seeker_message_id = ${r.questionId} limit 1)) as answer_id`);
      return row?.answer_id ?? undefined;
    } catch (e) {
      if (attempt < 3 && isUniqueViolation(e)) continue;
      throw e;
    }
  }
}
