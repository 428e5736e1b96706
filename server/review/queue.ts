import { type SQL, sql } from 'drizzle-orm';
import { notStaffConversation } from '../chat/channels.ts';
import type { Database } from '../db/client.ts';
import { anyFlag, FLAG_SQL, flagReasons, type FlagReason, type QueueReason } from './flags.ts';
import { localDay, withinDays } from './period.ts';

export interface QueueFilters {
  /** Only answers with this reason (a flag, or `sampled`). */
  reason?: QueueReason;
  /** The seeker's thumbs: up, down, or none given. */
  rating?: 'up' | 'down' | 'none';
  /** Only answers that handed over to a person (true) or did not (false). */
  handoff?: boolean;
  from?: string;
  to?: string;
  /** Conversations a counsellor held (claimed, was transferred or assigned) a case of. */
  counsellorId?: string;
}

/**
 * The day's sample: `size` assistant answers of that Beijing day, chosen by the hash of the date and
 * the answer id — random-looking, the same for every supervisor and every reload, so two
 * supervisors score the same answers and their agreement can be measured. Answers given on the
 * staff channel (the console's Ask page) are not sampled nor queued: they served no seeker.
 */
export const sampleOf = (day: string, size: number) => sql`(
  select s.id from messages s
  where s.role = 'assistant' and ${localDay(sql`s.created_at`)} = ${day}::date and ${notStaffConversation('s.conversation_id')}
  order by md5(${day} || s.id::text)
  limit ${size})`;

/**
 * The supervisor's review queue: the day's sample plus every flagged answer (grounding trouble,
 * thumbs-down, handoff, guardrail), minus what this reviewer has already scored, newest first.
 */
export async function reviewQueue(
  database: Database,
  { reviewerId, day, sampleSize, filters = {}, limit = 50, offset = 0 }: { reviewerId: string; day: string; sampleSize: number; filters?: QueueFilters; limit?: number; offset?: number },
) {
  const sampled = sql`m.id in ${sampleOf(day, sampleSize)}`;
  const where: SQL[] = [
    sql`m.role = 'assistant'`,
    notStaffConversation('m.conversation_id'),
    sql`(${sampled} or ${anyFlag})`,
    sql`not exists (select 1 from reviews r where r.message_id = m.id and r.reviewer_id = ${reviewerId})`,
  ];
  const f = filters;
  if (f.reason) where.push(f.reason === 'sampled' ? sampled : FLAG_SQL[f.reason as FlagReason]);
  if (f.rating === 'up') where.push(sql`exists (select 1 from feedback f where f.message_id = m.id and f.rating > 0)`);
  if (f.rating === 'down') where.push(sql`exists (select 1 from feedback f where f.message_id = m.id and f.rating < 0)`);
  if (f.rating === 'none') where.push(sql`not exists (select 1 from feedback f where f.message_id = m.id)`);
  if (f.handoff !== undefined) where.push(f.handoff ? FLAG_SQL.handoff : sql`not ${FLAG_SQL.handoff}`);
  const range = withinDays(sql`m.created_at`, f);
  if (range) where.push(range);
  if (f.counsellorId) {
    where.push(sql`exists (
      select 1 from cases c where c.conversation_id = m.conversation_id
        and (c.assigned_to = ${f.counsellorId} or exists (select 1 from case_events e where e.case_id = c.id and e.to_staff_id = ${f.counsellorId})))`);
  }
  const condition = sql.join(where, sql` and `);

  const [items, total] = await Promise.all([
    database.rows<QueueRow>(sql`
      select m.id as "messageId", m.conversation_id as "conversationId", m.created_at as "createdAt", m.status,
        m.text as answer,
        (select q.text from messages q where q.conversation_id = m.conversation_id and q.seq < m.seq and q.role = 'seeker'
          order by q.seq desc limit 1) as question,
        ${sampled} as sampled,
        ${flagReasons} as flags,
        (select f.rating from feedback f where f.message_id = m.id) as rating,
        (select count(*)::int from reviews r where r.message_id = m.id) as "reviewCount",
        (select json_agg(distinct u.display_name) from cases c join staff_users u on u.id = c.assigned_to
          where c.conversation_id = m.conversation_id) as counsellors
      from messages m
      where ${condition}
      order by m.created_at desc, m.id
      limit ${limit} offset ${offset}`),
    database.rows<{ n: number }>(sql`select count(*)::int as n from messages m where ${condition}`),
  ]);
  return {
    day,
    sampleSize,
    total: total[0]?.n ?? 0,
    items: items.map(({ sampled: isSampled, flags, counsellors, createdAt, ...row }) => ({
      ...row,
      createdAt: new Date(createdAt).toISOString(),
      reasons: [...(isSampled ? (['sampled'] as const) : []), ...flags] as QueueReason[],
      counsellors: counsellors ?? [],
    })),
  };
}

interface QueueRow {
  messageId: string;
  conversationId: string;
  createdAt: string | Date;
  status: string;
  answer: string;
  question: string | null;
  sampled: boolean;
  flags: FlagReason[];
  rating: number | null;
  reviewCount: number;
  counsellors: string[] | null;
}
