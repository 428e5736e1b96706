/**
 * Where a waiting seeker stands in the counsellors' queue, and how long people at that place have
 * recently waited. The queue's order is the staff queue's: priority, then waiting time. The
 * expected wait is the median time from escalation to take-over (the first claim or assignment)
 * of recent cases that stood at the same place when they were escalated, during duty hours; with
 * too few such cases there is no figure.
 */
import { eq, sql } from 'drizzle-orm';
import { cases } from '../db/schema/index.ts';
import type { Database } from '../db/client.ts';
import { type DutyHours, onDutyAt } from './duty-hours.ts';

/** Cases of the last this many days count as the queue's recent history. */
export const HISTORY_DAYS = 30;
/** At most this many of the newest cases are read. */
export const HISTORY_LIMIT = 500;
/** Fewer cases than this at a place: no estimate ("暂无足够数据"). */
export const MIN_SAMPLES = 5;
/** Places beyond this have no estimate of their own. */
export const MAX_POSITION = 5;

export interface WaitEstimate {
  minutes: number;
  samples: number;
}

/** The seeker's open case, if any, with its place in the queue when it is waiting. */
export async function openCaseOf(database: Database, conversationId: string) {
  const [row] = await database.rows<{ id: string; status: string; reason: string; createdAt: Date | string; position: number | null; counsellor: string | null }>(sql`
    select c.id, c.status, c.reason, c.created_at as "createdAt",
      case when c.status = 'queued' then (
        select count(*)::int + 1 from cases o
         where o.status = 'queued' and o.id <> c.id
           and (o.priority < c.priority or (o.priority = c.priority and o.created_at < c.created_at))
           and not exists (select 1 from conversations sc where sc.id = o.conversation_id and sc.channel = 'staff')
      ) end as position,
      s.display_name as counsellor
      from cases c left join staff_users s on s.id = c.assigned_to
     where c.conversation_id = ${conversationId} and c.status in ('queued', 'claimed')
     limit 1`);
  return row ? { ...row, createdAt: new Date(row.createdAt) } : undefined;
}

/** The last case of the conversation that has ended (resolved or handed back), for the "ended" state. */
export async function lastClosedCase(database: Database, conversationId: string) {
  const [row] = await database.rows<{ id: string; status: string; counsellor: string | null }>(sql`
    select c.id, c.status, s.display_name as counsellor from cases c left join staff_users s on s.id = c.assigned_to
     where c.conversation_id = ${conversationId} order by c.created_at desc limit 1`);
  return row;
}

/**
 * The recent history: for each taken-over case, the place it stood at when escalated (cases ahead
 * of it in queue order that were still waiting then, plus one) and how long it waited.
 */
export async function queueHistory(database: Database, nowMs: number) {
  const now = new Date(nowMs).toISOString();
  const rows = await database.rows<{ createdAt: Date | string; waitSeconds: number; position: number }>(sql`
    with taken as (
      select c.id, c.priority, c.status, c.updated_at, c.created_at,
        (select min(e.created_at) from case_events e where e.case_id = c.id and e.type in ('claimed', 'assigned')) as taken_at
        from cases c
       where c.created_at > ${now}::timestamptz - make_interval(days => ${HISTORY_DAYS}) and c.created_at <= ${now}::timestamptz
         and not exists (select 1 from conversations sc where sc.id = c.conversation_id and sc.channel = 'staff')
    ), recent as (
      select * from taken where taken_at is not null order by created_at desc limit ${HISTORY_LIMIT}
    )
    select h.created_at as "createdAt", extract(epoch from (h.taken_at - h.created_at))::float8 as "waitSeconds",
      (select count(*)::int + 1 from taken o
        where o.id <> h.id and o.created_at < h.created_at and o.priority <= h.priority
          and coalesce(o.taken_at, case when o.status = 'queued' then 'infinity'::timestamptz else o.updated_at end) > h.created_at) as position
      from recent h`);
  return rows.map((r) => ({ createdAt: new Date(r.createdAt), waitSeconds: Number(r.waitSeconds), position: Number(r.position) }));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The expected wait at `position`: the median wait of recent cases escalated during duty hours
 * at the same place, in whole minutes (at least 1), or undefined with fewer than MIN_SAMPLES.
 */
export function estimateWait(history: { createdAt: Date; waitSeconds: number; position: number }[], position: number, hours: DutyHours): WaitEstimate | undefined {
  if (position > MAX_POSITION) return undefined;
  const same = history.filter((h) => h.position === position && onDutyAt(hours, h.createdAt.getTime()));
  if (same.length < MIN_SAMPLES) return undefined;
  return { minutes: Math.max(1, Math.ceil(median(same.map((h) => h.waitSeconds)) / 60)), samples: same.length };
}

/** How many cases wait in the queue now (the queue-length gauge of /metrics). */
export async function countWaitingCases(database: Database): Promise<number> {
  return database.db.$count(cases, eq(cases.status, 'queued'));
}
