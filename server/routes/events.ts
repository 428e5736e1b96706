/** GET /api/events?year=&month= — the employment-service calendar (附件2 and imported events). */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { validate } from '../http/validate.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { listEvents } from '../catalog/events.ts';
import { today } from '../rules/dates.ts';

const v = zh.jobs.validation;

const EventsQuery = z.object({
  year: z.coerce.number({ error: v.year }).int({ error: v.year }).min(2000, { error: v.year }).max(2100, { error: v.year }).optional(),
  month: z.coerce.number({ error: v.month }).int({ error: v.month }).min(1, { error: v.month }).max(12, { error: v.month }).optional(),
});

export function eventRoutes({ database }: { database: Database }) {
  return new Hono().get('/', validate('query', EventsQuery), async (c) => {
    const { year, month } = c.req.valid('query');
    return c.json(await listEvents(database, { year: year ?? Number(today().slice(0, 4)), month }));
  });
}
