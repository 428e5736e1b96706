import { Hono } from 'hono';
import { z } from 'zod';
import { sql } from 'drizzle-orm';
import { caseScope, oversees } from '../../auth/ownership.ts';
import { CASE_STATUSES, listQueue, OPEN_STATUSES } from '../../cases/queries.ts';
import { cases as caseTable } from '../../db/schema/index.ts';
import type { Database } from '../../db/client.ts';
import { validate } from '../../http/validate.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { type LiveBus, QUEUE_CHANNEL } from '../../live/bus.ts';
import { streamChannel } from '../../live/sse.ts';

const v = zh.cases.validation;
const STATUS_FILTERS = ['open', ...CASE_STATUSES] as const;

const QueueQuery = z.object({
  status: z.enum(STATUS_FILTERS, { error: v.oneOf(STATUS_FILTERS) }).default('open'),
  mine: z.enum(['true', 'false'], { error: v.oneOf(['true', 'false']) }).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

/**
 * The handoff queue: open cases, waiting ones first by priority (distress, then requests, then the
 * rest) and by how long they have waited; and its live stream (case_queued, case_claimed, …). A
 * counsellor sees the waiting cases and their own (held, held before, their seekers'); supervisors
 * see all (server/auth/ownership.ts `caseScope`).
 */
export function staffQueueRoutes({ database, bus }: { database: Database; bus: LiveBus }) {
  return new Hono()
    .get('/', validate('query', QueueQuery), async (c) => {
      const q = c.req.valid('query');
      const cases = await listQueue(database, {
        statuses: q.status === 'open' ? OPEN_STATUSES : [q.status],
        ...(q.mine === 'true' ? { assignedTo: c.var.staff.id } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
        scope: caseScope(c.var.staff, { id: sql`${caseTable.id}`, status: sql`${caseTable.status}`, assignedTo: sql`${caseTable.assignedTo}`, seekerId: sql`${caseTable.seekerId}` }),
      });
      return c.json({ cases, labels: { statuses: zh.cases.statuses, sources: zh.cases.sources } });
    })
    .get('/events', async (c) => {
      const me = c.var.staff;
      if (oversees(me)) return streamChannel(c, bus, QUEUE_CHANNEL);
      // A counsellor hears of waiting cases, of cases given to them, and of the ones they could
      // already see (in their scope when the stream opened, or heard of on it since).
      const scope = caseScope(me, { id: sql`c.id`, status: sql`c.status`, assignedTo: sql`c.assigned_to`, seekerId: sql`c.seeker_id` })!;
      const known = new Set((await database.rows<{ id: string }>(sql`select c.id from cases c where c.status in ('claimed', 'returned_to_bot') and ${scope}`)).map((r) => r.id));
      return streamChannel(c, bus, QUEUE_CHANNEL, (e) => {
        const p = e.payload as { caseId?: string; status?: string; assignedTo?: { id?: string } | null };
        if (!p.caseId) return false;
        if (e.type === 'case_queued' || p.status === 'queued' || p.assignedTo?.id === me.id) known.add(p.caseId);
        return known.has(p.caseId);
      });
    });
}
