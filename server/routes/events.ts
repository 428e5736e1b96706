/** GET /api/events?year=&month= — the employment-service calendar (附件2 and imported events). */
import { z } from 'zod';
import { api, defineRoute, json, publicAccess } from '../api/define.ts';
import { EventCalendar } from '../contract/catalog.ts';
import { ErrorBody } from '../contract/common.ts';
import type { Database } from '../db/client.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { listEvents } from '../catalog/events.ts';
import { today } from '../rules/dates.ts';

const v = zh.jobs.validation;

const EventsQuery = z.object({
  year: z.coerce.number({ error: v.year }).int({ error: v.year }).min(2000, { error: v.year }).max(2100, { error: v.year }).optional(),
  month: z.coerce.number({ error: v.month }).int({ error: v.month }).min(1, { error: v.month }).max(12, { error: v.month }).optional(),
});

const calendar = defineRoute({
  method: 'get',
  path: '/',
  tags: ['events'],
  summary: 'The events of a year (this year by default) and month; the recurring 附件2 calendar when the year has none',
  request: { query: EventsQuery },
  responses: { 200: json(EventCalendar, 'The events, and the years that have any'), 400: json(ErrorBody, 'The year or month is invalid') },
  ...publicAccess,
});

export function eventRoutes({ database }: { database: Database }) {
  return api().openapi(calendar, async (c) => {
    const { year, month } = c.req.valid('query');
    return c.json(await listEvents(database, { year: year ?? Number(today().slice(0, 4)), month }), 200);
  });
}
