import { z } from 'zod';
import { api, defineRoute, json, jsonRequest, staffAccess } from '../../api/define.ts';
import { noObject } from '../../auth/ownership.ts';
import { WHY, WRITERS } from '../../auth/permissions.ts';
import { ErrorBody, Ok } from '../../contract/common.ts';
import { CannedReplyAnswer, CannedReplyList } from '../../contract/counsellor.ts';
import type { Database } from '../../db/client.ts';
import { createCannedReply, deleteCannedReply, listCannedReplies, updateCannedReply } from '../../counsellor/canned-replies.ts';
import { jsonBody } from '../../http/json-body.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { IdParam } from '../params.ts';

const v = zh.helpers.canned.validation;
export const MAX_CANNED_TEXT = 2000;

const Code = z.string({ error: v.code }).trim().regex(/^[\p{L}\p{N}_-]{1,20}$/u, v.code);
const Text = z.string({ error: v.text(MAX_CANNED_TEXT) }).trim().min(1, v.text(MAX_CANNED_TEXT)).max(MAX_CANNED_TEXT, v.text(MAX_CANNED_TEXT));
const CreateBody = z.object({ code: Code, text: Text });
const PatchBody = z.object({ code: Code.optional(), text: Text.optional() });

const tags = ['counsellor'];
const access = staffAccess(WRITERS, noObject(WHY.canned));
const notFound = json(ErrorBody, 'No such canned reply');
const refused = json(ErrorBody, 'The code or text is invalid, or the text cites a clause that does not exist');
const taken = json(ErrorBody, 'Another canned reply has this code');

const list = defineRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'The team’s canned replies, by code',
  responses: { 200: json(CannedReplyList, 'The canned replies') },
  ...access,
});
const create = defineRoute({
  method: 'post',
  path: '/',
  tags,
  summary: 'Add a canned reply',
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(CreateBody) },
  responses: { 201: json(CannedReplyAnswer, 'The canned reply'), 400: refused, 409: taken },
  ...access,
});
const update = defineRoute({
  method: 'patch',
  path: '/{id}',
  tags,
  summary: 'Change a canned reply’s code or text',
  middleware: [jsonBody] as const,
  request: { params: IdParam, body: jsonRequest(PatchBody) },
  responses: { 200: json(CannedReplyAnswer, 'The canned reply'), 400: refused, 404: notFound, 409: taken },
  ...access,
});
const remove = defineRoute({
  method: 'delete',
  path: '/{id}',
  tags,
  summary: 'Delete a canned reply',
  request: { params: IdParam },
  responses: { 200: json(Ok, 'Deleted'), 404: notFound },
  ...access,
});

/** Canned replies (快捷回复): the team's short codes and texts for the reply box's "/" picker. */
export function staffCannedReplyRoutes({ database }: { database: Database }) {
  return api()
    .openapi(list, async (c) => c.json({ items: await listCannedReplies(database) }, 200))
    .openapi(create, async (c) => {
      const body = c.req.valid('json');
      return c.json({ item: await createCannedReply(database, { ...body, actorId: c.var.staff.id }) }, 201);
    })
    .openapi(update, async (c) => {
      const body = c.req.valid('json');
      return c.json({ item: await updateCannedReply(database, c.req.valid('param').id, { ...body, actorId: c.var.staff.id }) }, 200);
    })
    .openapi(remove, async (c) => {
      await deleteCannedReply(database, c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    });
}
