import { z } from 'zod';
import { type Api, api, defineRoute, json, staffAccess } from '../../api/define.ts';
import { oversees, scopedList } from '../../auth/ownership.ts';
import { CASEWORK } from '../../auth/permissions.ts';
import { CASE_STATUSES, listQueue, OPEN_STATUSES, queueScope, scopedHeldCaseIds } from '../../cases/queries.ts';
import { QueueList } from '../../contract/cases.ts';
import { ErrorBody, EventStream } from '../../contract/common.ts';
import type { Database } from '../../db/client.ts';
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

const tags = ['casework'];
const list = defineRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'The handoff queue: waiting cases first by priority and waiting time, then those being served',
  request: { query: QueueQuery },
  responses: { 200: json(QueueList, 'The cases the caller may see, with the statuses and sources in words'), 400: json(ErrorBody, 'A filter is malformed') },
  ...staffAccess(CASEWORK, scopedList('waiting cases, and the ones the caller holds, held or whose seeker they serve (caseScope)')),
});
const events = defineRoute({
  method: 'get',
  path: '/events',
  tags,
  summary: 'The queue’s live stream',
  responses: { 200: { content: { 'text/event-stream': { schema: EventStream } }, description: 'case_queued, case_claimed, case_released, … of the cases the caller may see' } },
  ...staffAccess(CASEWORK, scopedList('events of the cases the queue list would show (caseScope, then the cases seen on the stream)')),
});

/**
 * The handoff queue: open cases, waiting ones first by priority (distress, then requests, then the
 * rest) and by how long they have waited; and its live stream (case_queued, case_claimed, …). A
 * counsellor sees the waiting cases and their own (held, held before, their seekers'); supervisors
 * see all (server/auth/ownership.ts `caseScope`).
 */
export function staffQueueRoutes({ database, bus }: { database: Database; bus: LiveBus }): Api {
  return api()
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      const cases = await listQueue(database, {
        statuses: q.status === 'open' ? OPEN_STATUSES : [q.status],
        ...(q.mine === 'true' ? { assignedTo: c.var.staff.id } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
        scope: queueScope(c.var.staff),
      });
      return c.json({ cases, labels: { statuses: zh.cases.statuses, sources: zh.cases.sources } }, 200);
    })
    .openapi(events, async (c) => {
      const me = c.var.staff;
      if (oversees(me)) return streamChannel(c, bus, QUEUE_CHANNEL);
      // A counsellor hears of waiting cases, of cases given to them, and of the ones they could
      // already see (in their scope when the stream opened, or heard of on it since).
      const known = new Set(await scopedHeldCaseIds(database, me));
      return streamChannel(c, bus, QUEUE_CHANNEL, (e) => {
        const p = e.payload as { caseId?: string; status?: string; assignedTo?: { id?: string } | null };
        if (!p.caseId) return false;
        if (e.type === 'case_queued' || p.status === 'queued' || p.assignedTo?.id === me.id) known.add(p.caseId);
        return known.has(p.caseId);
      });
    });
}
