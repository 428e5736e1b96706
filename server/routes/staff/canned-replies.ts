import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { createCannedReply, deleteCannedReply, listCannedReplies, updateCannedReply } from '../../counsellor/canned-replies.ts';
import { jsonBody } from '../../http/json-body.ts';
import { validate } from '../../http/validate.ts';
import { zh } from '../../i18n/zh-CN/index.ts';

const v = zh.helpers.canned.validation;
export const MAX_CANNED_TEXT = 2000;

const IdParam = z.object({ id: z.uuid(zh.cases.validation.uuid) });
const Code = z.string({ error: v.code }).trim().regex(/^[\p{L}\p{N}_-]{1,20}$/u, v.code);
const Text = z.string({ error: v.text(MAX_CANNED_TEXT) }).trim().min(1, v.text(MAX_CANNED_TEXT)).max(MAX_CANNED_TEXT, v.text(MAX_CANNED_TEXT));
const CreateBody = z.object({ code: Code, text: Text });
const PatchBody = z.object({ code: Code.optional(), text: Text.optional() });

/** Canned replies (快捷回复): the team's short codes and texts for the reply box's "/" picker. */
export function staffCannedReplyRoutes({ database }: { database: Database }) {
  return new Hono()
    .get('/', async (c) => c.json({ items: await listCannedReplies(database) }))
    .post('/', jsonBody, validate('json', CreateBody), async (c) => {
      const body = c.req.valid('json');
      return c.json({ item: await createCannedReply(database, { ...body, actorId: c.var.staff.id }) }, 201);
    })
    .patch('/:id', validate('param', IdParam), jsonBody, validate('json', PatchBody), async (c) => {
      const body = c.req.valid('json');
      return c.json({ item: await updateCannedReply(database, c.req.valid('param').id, { ...body, actorId: c.var.staff.id }) });
    })
    .delete('/:id', validate('param', IdParam), async (c) => {
      await deleteCannedReply(database, c.req.valid('param').id);
      return c.json({ ok: true });
    });
}
