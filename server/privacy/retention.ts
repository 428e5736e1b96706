import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { zh } from '../i18n/zh-CN/index.ts';

export interface RetentionSummary {
  /** Conversations anonymised in this run. */
  conversations: number;
  /** Messages whose words were cleared. */
  messages: number;
  /** Live-event copies past the period that were deleted. */
  liveEvents: number;
}

type Tx = Parameters<Parameters<Database['db']['transaction']>[0]>[0];
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []));

/** Keeps a tool call's name (which tools ran counts towards quality figures), drops what went in and out. */
const namesOnly = (column: string) =>
  sql.raw(`(select coalesce(jsonb_agg(jsonb_build_object('name', e->'name', 'input', null, 'output', null)), '[]'::jsonb) from jsonb_array_elements(${column}) e)`);

/**
 * Data retention (三（三）: 严格设定个人信息使用范围). A conversation is anonymised once it has been
 * inactive for `retentionDays` and nothing ties it to a person: the seeker never identified (no
 * name, phone, ID number or consent), has no responsible counsellor, and no case of theirs is open.
 * Real-name ledger records are kept — they are the programme's 实名制台账 and follow its own rules.
 *
 * Anonymised, not deleted (docs/adr/0005): what the seeker and counsellors wrote, feedback comments,
 * case notes, copilot drafts, the tool calls' inputs and outputs and the seeker's facts are
 * cleared; the conversation, its answers' text, statuses, citations, grounding, thumbs and reviews
 * stay, so the dashboard's counts and the review history do not change when old chats go. The
 * session token stops working. Works in batches; rows another process is anonymising are skipped.
 */
export async function anonymiseExpiredConversations(
  database: Database,
  { retentionDays, batchSize = 200 }: { retentionDays: number; batchSize?: number },
): Promise<RetentionSummary> {
  const summary: RetentionSummary = { conversations: 0, messages: 0, liveEvents: 0 };
  for (;;) {
    const batch = await database.db.transaction((tx) => anonymiseBatch(tx, retentionDays, batchSize));
    summary.conversations += batch.conversations;
    summary.messages += batch.messages;
    if (batch.conversations < batchSize) break;
  }
  // Live events are delivery copies for reconnecting clients; the messages table is the record.
  const deleted = await database.rows<{ n: number }>(sql`
    with d as (delete from live_events where created_at < now() - make_interval(days => ${retentionDays}) returning 1)
    select count(*)::int as n from d`);
  summary.liveEvents = deleted[0]?.n ?? 0;
  return summary;
}

async function anonymiseBatch(tx: Tx, retentionDays: number, batchSize: number) {
  const picked = rowsOf<{ id: string; seeker_id: string }>(
    await tx.execute(sql`
      select c.id, c.seeker_id from conversations c join seekers s on s.id = c.seeker_id
      where c.anonymised_at is null
        and c.last_activity_at < now() - make_interval(days => ${retentionDays})
        and s.identity_consent_at is null and s.name is null and s.phone is null and s.id_number is null
        and s.counsellor_id is null
        and not exists (select 1 from cases k where k.seeker_id = s.id and k.status in ('queued', 'claimed'))
      order by c.last_activity_at
      limit ${batchSize}
      for update of c skip locked`),
  );
  if (!picked.length) return { conversations: 0, messages: 0 };
  const ids = sql.join(picked.map((p) => sql`${p.id}::uuid`), sql`, `);
  const seekerIds = sql.join([...new Set(picked.map((p) => p.seeker_id))].map((id) => sql`${id}::uuid`), sql`, `);
  const cleared = zh.privacy.anonymised;

  const words = rowsOf<{ n: number }>(
    await tx.execute(sql`
      with u as (update messages set text = ${cleared} where conversation_id in (${ids}) and role in ('seeker', 'counsellor') returning 1)
      select count(*)::int as n from u`),
  );
  await tx.execute(sql`update messages set tool_calls = ${namesOnly('messages.tool_calls')}
    where conversation_id in (${ids}) and jsonb_array_length(tool_calls) > 0`);
  await tx.execute(sql`update turn_traces set tool_calls = ${namesOnly('turn_traces.tool_calls')}
    where conversation_id in (${ids}) and jsonb_array_length(tool_calls) > 0`);
  // A fallback's record of the remote tool calls keeps their names, not what was passed to them.
  await tx.execute(sql`update turn_traces set model_calls = jsonb_set(model_calls, '{fallback,remoteToolCalls}',
      coalesce((select jsonb_agg(jsonb_build_object('name', c->>'name')) from jsonb_array_elements(model_calls->'fallback'->'remoteToolCalls') c), '[]'::jsonb))
    where conversation_id in (${ids}) and model_calls ? 'fallback'`);
  await tx.execute(sql`update feedback set comment = null
    where comment is not null and message_id in (select id from messages where conversation_id in (${ids}))`);
  await tx.execute(sql`update case_notes set text = ${cleared} where case_id in (select id from cases where conversation_id in (${ids}))`);
  // A call-back left outside duty hours: the number and the message are the seeker's, nothing else is kept of it.
  await tx.execute(sql`delete from callback_requests where conversation_id in (${ids})`);
  await tx.execute(sql`update copilot_drafts set text = ${cleared}, tool_calls = ${namesOnly('copilot_drafts.tool_calls')}
    where conversation_id in (${ids})`);
  await tx.execute(sql`delete from live_events where channel in (${sql.join(picked.map((p) => sql`${'conversation:' + p.id}`), sql`, `)})`);
  // The seeker's facts go once none of their conversations is left un-anonymised.
  await tx.execute(sql`update seekers set facts = '{}'::jsonb, employment_status = null, intent = null, skills = null, training_need = null, updated_at = now()
    where id in (${seekerIds})
      and not exists (select 1 from conversations c2 where c2.seeker_id = seekers.id and c2.anonymised_at is null and c2.id not in (${ids}))`);
  await tx.execute(sql`update conversations
    set anonymised_at = now(), status = 'closed', closed_at = coalesce(closed_at, now()), token_hash = 'anonymised:' || id::text, dialogue_state = null
    where id in (${ids})`);
  return { conversations: picked.length, messages: words[0]?.n ?? 0 };
}
