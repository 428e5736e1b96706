import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { maskName } from '../ledger/mask.ts';
import { withinDays } from './period.ts';

export interface AccessLogFilters {
  /** A staff account: its id, or its username. */
  actor?: string;
  seekerId?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** The action of a break-glass access (server/auth/ownership.ts). */
export const BREAK_GLASS = 'break_glass';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The supervisor's search of who saw whose personal data (the access log), newest first: actor by
 * id or username, seeker, action, days. Read-only by construction: there is no route that changes
 * the log, and the database refuses UPDATE, DELETE and TRUNCATE on it (drizzle/0002). The seeker's
 * name appears masked, as in every list.
 */
export async function searchAccessLog(database: Database, { filters = {}, limit = 50, offset = 0 }: { filters?: AccessLogFilters; limit?: number; offset?: number }) {
  const where: SQL[] = [sql`true`];
  const f = filters;
  if (f.actor) where.push(UUID.test(f.actor) ? sql`l.actor_id = ${f.actor}` : sql`l.actor_id in (select id from staff_users where lower(username) = lower(${f.actor}))`);
  if (f.seekerId) where.push(sql`l.seeker_id = ${f.seekerId}`);
  if (f.action) where.push(sql`l.action = ${f.action}`);
  const range = withinDays(sql`l.created_at`, f);
  if (range) where.push(range);
  const condition = sql.join(where, sql` and `);
  const [rows, total] = await Promise.all([
    database.rows<Row>(sql`
      select l.id, l.created_at as at, l.actor_id as "actorId", u.username, u.display_name as "displayName", l.actor_role as "actorRole",
        l.action, l.seeker_id as "seekerId", s.name as "seekerName", l.fields, l.reason, l.route
      from access_log l
        left join staff_users u on u.id = l.actor_id
        left join seekers s on s.id = l.seeker_id
      where ${condition}
      order by l.created_at desc, l.id desc
      limit ${limit} offset ${offset}`),
    database.rows<{ n: number }>(sql`select count(*)::int as n from access_log l where ${condition}`),
  ]);
  const actions = zh.privacy.actions as Record<string, string>;
  return {
    total: total[0]?.n ?? 0,
    items: rows.map((r) => ({
      id: Number(r.id),
      at: new Date(r.at).toISOString(),
      actor: r.actorId ? { id: r.actorId, username: r.username, displayName: r.displayName } : null,
      actorRole: r.actorRole,
      action: r.action,
      actionLabel: actions[r.action] ?? r.action,
      seeker: r.seekerId ? { id: r.seekerId, name: maskName(r.seekerName) } : null,
      fields: r.fields,
      reason: r.reason,
      route: r.route,
      /** A counsellor reached a seeker they are not responsible for, giving this reason (server/auth/ownership.ts). */
      breakGlass: r.action === BREAK_GLASS,
    })),
  };
}

interface Row {
  id: number | string;
  at: string | Date;
  actorId: string | null;
  username: string | null;
  displayName: string | null;
  actorRole: string;
  action: string;
  seekerId: string | null;
  seekerName: string | null;
  fields: string[];
  reason: string;
  route: string | null;
}
