import { Hono } from 'hono';
import { z } from 'zod';
import { CASE_STATUSES, listQueue, OPEN_STATUSES } from '../../cases/queries.ts';
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
 * rest) and by how long they have waited; and its live stream (case_queued, case_claimed, …).
 */
export function staffQueueRoutes({ database, bus }: { database: Database; bus: LiveBus }) {
  return new Hono()
    .get('/', validate('query', QueueQuery), async (c) => {
      const q = c.req.valid('query');
      const cases = await listQueue(database, {
        statuses: q.status === 'open' ? OPEN_STATUSES : [q.status],
        ...(q.mine === 'true' ? { assignedTo: c.var.staff.id } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
      });
      return c.json({ cases, labels: { statuses: zh.cases.statuses, sources: zh.cases.sources } });
    })
    .get('/events', (c) => streamChannel(c, bus, QUEUE_CHANNEL));
}
