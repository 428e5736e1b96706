import { type SQL, sql } from 'drizzle-orm';
import { oversees, responsibleFor } from '../auth/ownership.ts';
import type { StaffPrincipal } from '../auth/principal.ts';
import { STAFF_CHANNEL } from '../chat/channels.ts';
import type { Database } from '../db/client.ts';
import { maskName, maskPhone } from '../ledger/mask.ts';

export const SEARCH_LIMIT = 20;
const BEFORE = 30;
const AFTER = 60;

/**
 * The conversations a staff member may search, as the case routes decide (server/auth/ownership.ts):
 * supervisors and admins all; a counsellor those of the seekers they are responsible for (their
 * counsellor, or holding or having held one of the seeker's cases) and those with a waiting case,
 * which every counsellor may preview before claiming. Never another counsellor's seeker otherwise.
 */
export function conversationScope(actor: Pick<StaffPrincipal, 'id' | 'role'>, conversation: SQL): SQL {
  if (oversees(actor)) return sql`true`;
  return sql`(${responsibleFor(sql`${conversation}.seeker_id`, actor.id)}
    or exists (select 1 from cases wc where wc.conversation_id = ${conversation}.id and wc.status = 'queued'))`;
}

/** `%`, `_` and `\` taken literally in ILIKE. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** The words around the first match, split so the page can mark the match without reading HTML. */
export function snippet(text: string, q: string) {
  const at = text.toLowerCase().indexOf(q.toLowerCase());
  if (at < 0) return { before: text.slice(0, BEFORE + AFTER), match: '', after: '', cutStart: false, cutEnd: text.length > BEFORE + AFTER };
  const start = Math.max(0, at - BEFORE);
  const end = Math.min(text.length, at + q.length + AFTER);
  return { before: text.slice(start, at), match: text.slice(at, at + q.length), after: text.slice(at + q.length, end), cutStart: start > 0, cutEnd: end < text.length };
}

interface Row {
  conversationId: string;
  messageId: string;
  role: string;
  text: string;
  at: Date | string;
  hits: number;
  seekerId: string;
  name: string | null;
  phone: string | null;
  caseId: string | null;
  caseStatus: string | null;
}

/**
 * Conversations whose seeker, assistant or counsellor messages contain `q` (case-insensitive),
 * newest match first, one result per conversation with its latest matching message; the console's
 * Ask sessions are left out. `more` says there were more than the limit.
 */
export async function searchConversations(database: Database, actor: Pick<StaffPrincipal, 'id' | 'role'>, q: string) {
  const rows = await database.rows<Row & Record<string, unknown>>(sql`
    with hits as (
      select m.conversation_id, m.id, m.role, m.text, m.created_at,
        row_number() over (partition by m.conversation_id order by m.created_at desc, m.seq desc) as rn,
        count(*) over (partition by m.conversation_id) as hits
      from messages m join conversations v on v.id = m.conversation_id
      where m.role in ('seeker', 'assistant', 'counsellor') and m.text ilike ${likePattern(q)} escape '\\'
        and v.channel <> ${STAFF_CHANNEL} and ${conversationScope(actor, sql`v`)}
    )
    select h.conversation_id as "conversationId", h.id as "messageId", h.role, h.text, h.created_at as "at", h.hits::int as hits,
      v.seeker_id as "seekerId", s.name, s.phone, lc.id as "caseId", lc.status as "caseStatus"
    from hits h
    join conversations v on v.id = h.conversation_id
    join seekers s on s.id = v.seeker_id
    left join lateral (select c.id, c.status from cases c where c.conversation_id = h.conversation_id order by c.created_at desc limit 1) lc on true
    where h.rn = 1
    order by h.created_at desc
    limit ${SEARCH_LIMIT + 1}`);
  return {
    more: rows.length > SEARCH_LIMIT,
    results: rows.slice(0, SEARCH_LIMIT).map((r) => ({
      conversationId: r.conversationId,
      messageId: r.messageId,
      role: r.role,
      at: new Date(r.at).toISOString(),
      hits: Number(r.hits),
      snippet: snippet(r.text, q),
      seeker: { id: r.seekerId, name: maskName(r.name), phone: maskPhone(r.phone) },
      caseId: r.caseId,
      caseStatus: r.caseStatus,
    })),
  };
}
