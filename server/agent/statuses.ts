/**
 * The vocabulary of how a turn ended, `family_detail` style, kept in one place. Stored on the
 * assistant message and the turn trace; the seeker's message gets `answered`, `handed_off`,
 * `delivered` or `failed`.
 */
export const TURN_STATUSES = [
  'answered',
  'answered_fallback_offline',
  'answered_grounding_replaced',
  /** The model was still calling tools when its rounds ran out: the answer is composed from the tools' results. */
  'answered_tool_limit',
  'guardrail_injection',
  'guardrail_distress',
  'out_of_scope',
  'handoff_requested',
  'delivered_to_counsellor',
  'error_model',
  'error_internal',
  /** The connection to the database was lost during the turn (ADR 0011). */
  'error_database',
] as const;
export type TurnStatus = (typeof TURN_STATUSES)[number];

/** What becomes of the seeker's own message for each way a turn ends. */
export function questionStatus(status: TurnStatus): 'answered' | 'handed_off' | 'delivered' | 'failed' {
  if (status === 'delivered_to_counsellor') return 'delivered';
  if (status === 'handoff_requested' || status === 'guardrail_distress') return 'handed_off';
  if (status === 'error_model' || status === 'error_internal' || status === 'error_database') return 'failed';
  return 'answered';
}
