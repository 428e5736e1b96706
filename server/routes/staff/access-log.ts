import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { validate } from '../../http/validate.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { BREAK_GLASS, searchAccessLog } from '../../review/access-log.ts';
import { checkRange, RangeQuery } from '../../review/period.ts';

const v = zh.review.validation;

const SearchQuery = checkRange(
  z.object({
    actor: z.string().trim().min(1, { error: v.positive }).max(64, { error: v.comment(64) }).optional(),
    seeker: z.uuid({ error: v.uuid }).optional(),
    action: z.string().trim().regex(/^[a-z_]{1,40}$/, { error: v.oneOf(Object.keys(zh.privacy.actions)) }).optional(),
    ...RangeQuery,
    page: z.coerce.number({ error: v.positive }).int({ error: v.positive }).min(1, { error: v.positive }).max(100_000, { error: v.positive }).default(1),
    pageSize: z.coerce.number({ error: v.positive }).int({ error: v.positive }).min(1, { error: v.positive }).max(200, { error: v.oneOf(['1–200']) }).default(50),
  }),
);

/**
 * The access log, searched (supervisors and admins), and its break-glass accesses alone — a
 * counsellor reaching a seeker they are not responsible for, with the reason they gave. Only GET:
 * the log is append-only, written by the routes that show personal data, and the database refuses
 * any change to it.
 */
export function staffAccessLogRoutes({ database }: { database: Database }) {
  return new Hono()
    .get('/', validate('query', SearchQuery), async (c) => {
      const { actor, seeker, action, from, to, page, pageSize } = c.req.valid('query');
      return c.json(await searchAccessLog(database, { filters: { actor, seekerId: seeker, action, from, to }, limit: pageSize, offset: (page - 1) * pageSize }));
    })
    .get('/break-glass', validate('query', SearchQuery), async (c) => {
      const { actor, seeker, from, to, page, pageSize } = c.req.valid('query');
      return c.json(await searchAccessLog(database, { filters: { actor, seekerId: seeker, action: BREAK_GLASS, from, to }, limit: pageSize, offset: (page - 1) * pageSize }));
    });
}
