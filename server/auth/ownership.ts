import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { AppError, badRequest } from '../http/errors.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { recordAccess } from './access-log.ts';
import type { StaffPrincipal } from './principal.ts';

/**
 * The responsibility model: which seeker objects a staff member may work on, declared per route in
 * server/auth/permissions.ts (`owns`) and checked by the staff middleware after the role check,
 * before the handler runs — so a route cannot be added without saying which object it acts on.
 *
 * - Supervisors and admins (`oversees`) see and act on everything their roles allow.
 * - A counsellor works on the cases they hold or held (claimed, were transferred or assigned), the
 *   seekers they are responsible for (the seeker's counsellor, or holding or having held one of
 *   their cases) and everything of those seekers; a waiting case is open to every counsellor far
 *   enough to decide to claim it (its detail and live stream, without notes or plans).
 * - Opening a case on a stranger's conversation, viewing a stranger's full identity and linking a
 *   record into a stranger's are refused, or — when the request carries `breakGlass: {reason}` —
 *   allowed as a break-glass access, written first to the access log (action `break_glass`) for
 *   supervisors to review. Deleting a record (the source of a link) is never break-glass.
 */

/** What the check granted, for handlers that shape their answer by it (`c.var.access`). */
export type Grant =
  /** a supervisor or admin */
  | 'all'
  /** the counsellor's own case or seeker */
  | 'related'
  /** a waiting case, seen to decide whether to claim it */
  | 'waiting'
  /** a stranger's object, reached by a logged break-glass access */
  | 'breakGlass'
  /** the route acts on no seeker's object, or on one that does not exist (the handler answers 404/400) */
  | 'none';

export interface Access {
  grant: Grant;
}

declare module 'hono' {
  interface ContextVariableMap {
    access: Access;
  }
}

export interface OwnsContext {
  database: Database;
  actor: Pick<StaffPrincipal, 'id' | 'role'>;
  /** The route's path parameters, by name. */
  params: Record<string, string>;
  /** The JSON body, or undefined when there is none or it does not parse (the route's validator answers). */
  body: () => Promise<Record<string, unknown> | undefined>;
  /** `METHOD /registered/path`, as the access log records it. */
  route: string;
}

/** One route's ownership rule: a name for reports and tests, and the check. */
export interface Owns {
  kind: 'none' | 'overseers' | 'scoped' | 'case' | 'seeker' | 'plan' | 'followUp' | 'outreach' | 'conversation' | 'link';
  /** What the rule is, in a few words (the route × role × ownership test prints it). */
  rule: string;
  /** Whether a counsellor may reach a stranger's object by a reasoned, logged break-glass access. */
  breakGlass: boolean;
  check(ctx: OwnsContext): Promise<Grant>;
}

/** Supervisors (and admins) may act on any case and any seeker. */
export const oversees = (actor: Pick<StaffPrincipal, 'role'>) => actor.role === 'supervisor' || actor.role === 'admin';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const r = zh.access.refusals;
const refuse = (message: string) => new AppError(403, 'not_responsible', message);

// ── the relations, as SQL: one definition for the checks and for the lists ─────────────────────

/** `me` holds or held the case (claimed it, or had it transferred or assigned to them). */
export const heldBy = (caseId: SQL, assignedTo: SQL, me: string): SQL =>
  sql`(${assignedTo} = ${me} or exists (select 1 from case_events e where e.case_id = ${caseId} and e.to_staff_id = ${me}))`;

/** `me` is responsible for the seeker: their counsellor, or holding or having held one of their cases. */
export const responsibleFor = (seekerId: SQL, me: string): SQL =>
  sql`(exists (select 1 from seekers rs where rs.id = ${seekerId} and rs.counsellor_id = ${me})
    or exists (select 1 from cases rc where rc.seeker_id = ${seekerId} and ${heldBy(sql`rc.id`, sql`rc.assigned_to`, me)}))`;

/** The ledger rows a staff member may list: undefined (no limit) for those who oversee. */
export const seekerScope = (actor: Pick<StaffPrincipal, 'id' | 'role'>, seekerId: SQL): SQL | undefined => (oversees(actor) ? undefined : responsibleFor(seekerId, actor.id));

/** The cases a staff member may list: waiting ones, ones they hold or held, and their seekers'. */
export const caseScope = (actor: Pick<StaffPrincipal, 'id' | 'role'>, row: { id: SQL; status: SQL; assignedTo: SQL; seekerId: SQL }): SQL | undefined =>
  oversees(actor) ? undefined : sql`(${row.status} = 'queued' or ${heldBy(row.id, row.assignedTo, actor.id)} or ${responsibleFor(row.seekerId, actor.id)})`;

async function one<T>(database: Database, query: SQL): Promise<T | undefined> {
  return (await database.rows<T & Record<string, unknown>>(query))[0];
}

async function seekerRelation(database: Database, seekerId: string, me: string) {
  return one<{ counsellorId: string | null; phone: string | null; related: boolean; held: boolean }>(
    database,
    sql`select s.counsellor_id as "counsellorId", s.phone, ${responsibleFor(sql`s.id`, me)} as related,
      exists (select 1 from cases hc where hc.seeker_id = s.id and ${heldBy(sql`hc.id`, sql`hc.assigned_to`, me)}) as held
    from seekers s where s.id = ${seekerId}`,
  );
}

// ── break-glass ──────────────────────────────────────────────────────────────────────────────────

/**
 * The request's break-glass reason, or undefined when it asks for none. A reason too short or too
 * long is a 400 naming `breakGlass.reason`, before anything is logged.
 */
async function breakGlassReason(ctx: OwnsContext): Promise<string | undefined> {
  const body = await ctx.body();
  const asked = body?.breakGlass;
  if (asked === undefined) return undefined;
  const reason = asked && typeof asked === 'object' ? (asked as { reason?: unknown }).reason : undefined;
  const text = typeof reason === 'string' ? reason.trim() : '';
  const malformed = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
  if (malformed || text.length < zh.access.minReason || text.length > 500) throw badRequest('breakGlass.reason', zh.access.validation.reason(zh.access.minReason));
  return text;
}

/** A stranger's object: break-glass when the request gives a reason (logged first), else the refusal. */
async function strangerOrBreakGlass(ctx: OwnsContext, seekerId: string, refusal: string): Promise<Grant> {
  const reason = await breakGlassReason(ctx);
  if (!reason) throw refuse(refusal);
  await recordAccess(ctx.database, { actor: ctx.actor, action: 'break_glass', seekerId, fields: [], reason, route: ctx.route });
  return 'breakGlass';
}

// ── the rules a route declares ───────────────────────────────────────────────────────────────────

/** The route acts on no seeker's object (accounts, the catalog, aggregates, the caller's own new object). */
export const noObject = (why: string): Owns => ({ kind: 'none', rule: `no seeker object: ${why}`, breakGlass: false, check: async () => 'none' });

/** Only those who oversee, whatever the role table says: they see every seeker (and, where it shows one, it is logged). */
export const overseersOnly = (why: string): Owns => ({
  kind: 'overseers',
  rule: `supervisors and admins only: ${why}`,
  breakGlass: false,
  check: async ({ actor }) => {
    if (!oversees(actor)) throw new AppError(403, 'forbidden', r.overseers);
    return 'all';
  },
});

/** A list the handler narrows with `seekerScope` / `caseScope` (or to the caller's own rows). */
export const scopedList = (why: string): Owns => ({ kind: 'scoped', rule: `list narrowed to the caller's scope: ${why}`, breakGlass: false, check: async ({ actor }) => (oversees(actor) ? 'all' : 'related') });

/**
 * A case by its path parameter, for what the route needs:
 * - `claim`: any case (the claim's conditional UPDATE takes only a waiting one, 409 otherwise);
 * - `preview`: the counsellor's own, or a waiting one (its detail without notes or plans, its stream);
 * - `hold`: an action only the holder takes (reply, release, transfer, hand back, resolve, correct
 *   facts): the counsellor's own, or a waiting one — whose state server/cases then refuses (409,
 *   claim it first), as it refuses a colleague who is not the holder now;
 * - `work`: the casework itself (private notes): the counsellor's own only.
 * Someone else's case is refused naming who holds it.
 */
export function caseParam(need: 'claim' | 'preview' | 'hold' | 'work', param = 'id'): Owns {
  const rules = {
    claim: 'any (only a waiting case can be claimed)',
    preview: 'held, held before, the seeker’s counsellor, or waiting',
    hold: 'held, held before, the seeker’s counsellor, or waiting (then the holder, by its state)',
    work: 'held, held before, or the seeker’s counsellor',
  };
  return {
    kind: 'case',
    rule: `case :${param}, ${rules[need]}`,
    breakGlass: false,
    async check({ database, actor, params }) {
      if (oversees(actor)) return 'all';
      const id = params[param];
      if (!id || !UUID.test(id)) return 'none';
      const row = await one<{ status: string; related: boolean; holder: string | null }>(
        database,
        sql`select c.status, (${heldBy(sql`c.id`, sql`c.assigned_to`, actor.id)} or ${responsibleFor(sql`c.seeker_id`, actor.id)}) as related,
          (select u.display_name from staff_users u where u.id = c.assigned_to and c.status = 'claimed') as holder
        from cases c where c.id = ${id}`,
      );
      if (!row) return 'none';
      if (row.related) return 'related';
      if (need === 'claim') return 'waiting';
      if (row.status === 'queued') {
        if (need !== 'work') return 'waiting';
        throw refuse(r.waiting);
      }
      throw refuse(row.holder ? `${r.case}（${zh.cases.errors.heldBy(row.holder)}）` : r.case);
    },
  };
}

/** A seeker's ledger record by its path parameter; `identity` may be reached by break-glass. */
export function seekerParam(need: 'work' | 'identity', param = 'id'): Owns {
  return {
    kind: 'seeker',
    rule: `seeker :${param}, responsible for them${need === 'identity' ? ' (else break-glass)' : ''}`,
    breakGlass: need === 'identity',
    async check(ctx) {
      if (oversees(ctx.actor)) return 'all';
      const id = ctx.params[param];
      if (!id || !UUID.test(id)) return 'none';
      const rel = await seekerRelation(ctx.database, id, ctx.actor.id);
      if (!rel) return 'none';
      if (rel.related) return 'related';
      if (need === 'identity') return strangerOrBreakGlass(ctx, id, r.identity);
      throw refuse(r.seeker);
    },
  };
}

/**
 * An object of a seeker's record found by its own id (a plan, a follow-up, an outreach prompt): the
 * seeker's responsible counsellor, or the staff member the object itself names (the plan's owner,
 * the counsellor the follow-up or prompt is for).
 */
function seekerObject(kind: 'plan' | 'followUp' | 'outreach', table: string, assignee: string, param = 'id'): Owns {
  return {
    kind,
    rule: `${kind} :${param}: responsible for its seeker, or named on it (${assignee})`,
    breakGlass: false,
    async check({ database, actor, params }) {
      if (oversees(actor)) return 'all';
      const id = params[param];
      if (!id || !UUID.test(id)) return 'none';
      const row = await one<{ related: boolean }>(
        database,
        sql`select (o.${sql.identifier(assignee)} = ${actor.id} or ${responsibleFor(sql`o.seeker_id`, actor.id)}) as related from ${sql.identifier(table)} o where o.id = ${id}`,
      );
      if (!row) return 'none';
      if (row.related) return 'related';
      throw refuse(r.seeker);
    },
  };
}
export const planParam = () => seekerObject('plan', 'assistance_plans', 'owner_id');
export const followUpParam = () => seekerObject('followUp', 'follow_ups', 'counsellor_id');
export const outreachParam = () => seekerObject('outreach', 'outreach_items', 'counsellor_id');

/** A conversation named in the body (opening a case on it): its seeker's counsellor, else break-glass. */
export function conversationInBody(field = 'conversationId'): Owns {
  return {
    kind: 'conversation',
    rule: `conversation in body.${field}: responsible for its seeker (else break-glass)`,
    breakGlass: true,
    async check(ctx) {
      if (oversees(ctx.actor)) return 'all';
      const id = (await ctx.body())?.[field];
      if (typeof id !== 'string' || !UUID.test(id)) return 'none';
      const row = await one<{ seekerId: string; related: boolean }>(
        ctx.database,
        sql`select v.seeker_id as "seekerId", ${responsibleFor(sql`v.seeker_id`, ctx.actor.id)} as related from conversations v where v.id = ${id}`,
      );
      if (!row) return 'none';
      if (row.related) return 'related';
      return strangerOrBreakGlass(ctx, row.seekerId, r.conversation);
    },
  };
}

/**
 * Linking record :id into body.intoSeekerId moves everything over and deletes :id. The caller must
 * be allowed to delete :id — its counsellor; for a record with no counsellor, someone who held its
 * case, or the counsellor of the target when both have one phone (the possible duplicate the
 * ledger record shows: a person who chatted anonymously, then identified); never by break-glass —
 * and be responsible for the target, or break the glass.
 */
export function linkRecords(param = 'id', field = 'intoSeekerId'): Owns {
  return {
    kind: 'link',
    rule: `link :${param} (deleted: the caller's to delete, or a duplicate of their record by phone) into body.${field} (responsible, else break-glass)`,
    breakGlass: true,
    async check(ctx) {
      if (oversees(ctx.actor)) return 'all';
      const fromId = ctx.params[param];
      const intoId = (await ctx.body())?.[field];
      if (!fromId || !UUID.test(fromId) || typeof intoId !== 'string' || !UUID.test(intoId) || fromId === intoId) return 'none';
      const [from, into] = await Promise.all([seekerRelation(ctx.database, fromId, ctx.actor.id), seekerRelation(ctx.database, intoId, ctx.actor.id)]);
      if (!from || !into) return 'none';
      const duplicate = from.phone !== null && from.phone === into.phone && into.related;
      const mayDelete = from.counsellorId === ctx.actor.id || (from.counsellorId === null && (from.held || duplicate));
      if (!mayDelete) throw refuse(from.counsellorId ? r.linkFrom : r.linkFromUnowned);
      if (into.related) return 'related';
      return strangerOrBreakGlass(ctx, intoId, r.linkInto);
    },
  };
}
