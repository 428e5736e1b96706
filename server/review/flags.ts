import { type SQL, sql } from 'drizzle-orm';

/**
 * Why an assistant answer needs a supervisor's eyes, beside the daily sample: each reason is an SQL
 * condition over the answer row `m` (messages). One list, so the queue, its filter and the labels
 * (zh.review.reasons) cannot drift apart.
 */
export const FLAG_REASONS = ['flagged', 'grounding', 'thumbs_down', 'handoff', 'guardrail'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];
export const QUEUE_REASONS = ['sampled', ...FLAG_REASONS] as const;
export type QueueReason = (typeof QUEUE_REASONS)[number];

export const FLAG_SQL: Record<FlagReason, SQL> = {
  // set by the turn itself (grounding trouble, guardrail)
  flagged: sql`m.flagged`,
  // the grounding check failed, or passed only after regeneration or replacement
  grounding: sql`(m.status = 'answered_grounding_replaced' or m.grounding->>'ok' = 'false'
    or m.grounding->>'regenerated' = 'true' or m.grounding->>'replaced' = 'true')`,
  thumbs_down: sql`exists (select 1 from feedback f where f.message_id = m.id and f.rating < 0)`,
  // the turn handed the seeker to a person: asked for, in distress, or the agent's own request
  handoff: sql`(m.status in ('handoff_requested', 'guardrail_distress') or m.tool_calls @> '[{"name":"request_counsellor"}]'::jsonb)`,
  guardrail: sql`(m.status like 'guardrail\\_%' or m.status = 'out_of_scope')`,
};

export const anyFlag = sql`(${sql.join(FLAG_REASONS.map((r) => FLAG_SQL[r]), sql` or `)})`;

/** `reasons` column: a text[] of the flag reasons the row meets. */
export const flagReasons = sql`array_remove(array[${sql.join(
  FLAG_REASONS.map((r) => sql`case when ${FLAG_SQL[r]} then ${r} end`),
  sql`, `,
)}]::text[], null)`;
