/**
 * The call-back a seeker left on a case (issue 16), for the counsellor who works the case: the
 * number in full (written to the access log, like every full view of personal data) with the
 * message, and marking it called back.
 */
import { z } from 'zod';
import { type Api, api, defineRoute, json, staffAccess } from '../../api/define.ts';
import { recordAccess } from '../../auth/access-log.ts';
import { handlerRoute } from '../../http/matched-route.ts';
import { caseParam } from '../../auth/ownership.ts';
import { CASEWORK } from '../../auth/permissions.ts';
import { CallbackAnswer, CallbackHandled } from '../../contract/case-workspace.ts';
import { ErrorBody } from '../../contract/common.ts';
import type { Database } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { zh } from '../../i18n/zh-CN/index.ts';
import { maskPhone } from '../../ledger/mask.ts';
import { latestCallback, markCallbackHandled } from '../../wait/case-callback.ts';
import { IdParam } from '../params.ts';

/** `reveal=1`: the number in full, access-logged; otherwise masked, so the case page can say a call-back is owed without revealing it. */
const RevealQuery = z.object({ reveal: z.enum(['0', '1']).optional() });

const tags = ['casework'];
const callback = defineRoute({
  method: 'get',
  path: '/{id}/callback',
  tags,
  summary: 'The case’s latest call-back: masked, or with reveal=1 the number in full (access-logged)',
  request: { params: IdParam, query: RevealQuery },
  responses: { 200: json(CallbackAnswer, 'The call-back, or null when the seeker left none') },
  ...staffAccess(CASEWORK, caseParam('work')),
});
const handled = defineRoute({
  method: 'post',
  path: '/{id}/callback/handled',
  tags,
  summary: 'Mark the case’s open call-back called back',
  request: { params: IdParam },
  responses: { 200: json(CallbackHandled, 'The call-back, handled'), 409: json(ErrorBody, 'No open call-back on the case') },
  ...staffAccess(CASEWORK, caseParam('work')),
});

export function staffCallbackRoutes({ database }: { database: Database }): Api {
  return api()
    .openapi(callback, async (c) => {
      const row = await latestCallback(database, { caseId: c.req.valid('param').id });
      if (!row) return c.json({ callback: null }, 200);
      const shown = { id: row.id, message: row.message, requestedAt: row.createdAt, handledAt: row.handledAt };
      if (c.req.valid('query').reveal !== '1') return c.json({ callback: { ...shown, phone: maskPhone(row.phone)!, revealed: false } }, 200);
      await recordAccess(database, { actor: c.var.staff, action: 'view_callback_phone', seekerId: row.seekerId, fields: ['phone'], reason: zh.wait.staff.heading, route: `${c.req.method} ${handlerRoute(c)}` });
      return c.json({ callback: { ...shown, phone: row.phone, revealed: true } }, 200);
    })
    .openapi(handled, async (c) => {
      const row = await markCallbackHandled(database, { caseId: c.req.valid('param').id, staffId: c.var.staff.id });
      if (!row) throw new AppError(409, 'no_callback', zh.wait.staff.noOpen);
      return c.json({ callback: row }, 200);
    });
}
