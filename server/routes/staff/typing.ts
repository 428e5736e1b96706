import { Hono } from 'hono';
import { z } from 'zod';
import { getCase } from '../../cases/queries.ts';
import { heldRefusal } from '../../cases/reassign.ts';
import type { Database } from '../../db/client.ts';
import type { TypingNotifier } from '../../counsellor/typing.ts';
import { validate } from '../../http/validate.ts';
import { zh } from '../../i18n/zh-CN/index.ts';

const IdParam = z.object({ id: z.uuid(zh.cases.validation.uuid) });

/** The counsellor holding a case is typing: the seeker's page shows 顾问正在输入… (server/counsellor/typing.ts). */
export function staffTypingRoutes({ database, typing }: { database: Database; typing: TypingNotifier }) {
  return new Hono().post('/:id/typing', validate('param', IdParam), async (c) => {
    const row = await getCase(database, { caseId: c.req.valid('param').id });
    const me = c.var.staff;
    if (row.status !== 'claimed' || row.assignedTo !== me.id) throw await heldRefusal(database, row.id, { ...me, role: 'counsellor' });
    const sent = await typing.notify(row.conversationId, 'counsellor', { caseId: row.id, counsellor: me.displayName });
    return c.json({ sent });
  });
}
