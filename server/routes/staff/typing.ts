import { type Api, api, defineRoute, json, staffAccess } from '../../api/define.ts';
import { caseParam } from '../../auth/ownership.ts';
import { CASEWORK } from '../../auth/permissions.ts';
import { getCase } from '../../cases/queries.ts';
import { heldRefusal } from '../../cases/reassign.ts';
import { TypingSent } from '../../contract/case-workspace.ts';
import { ErrorBody } from '../../contract/common.ts';
import type { Database } from '../../db/client.ts';
import type { TypingNotifier } from '../../counsellor/typing.ts';
import { IdParam } from '../params.ts';


const typingRoute = defineRoute({
  method: 'post',
  path: '/{id}/typing',
  tags: ['casework'],
  summary: 'The holder is typing: the seeker’s page shows it',
  request: { params: IdParam },
  responses: { 200: json(TypingSent, 'Whether the signal went out'), 403: json(ErrorBody, 'The caller does not hold the case'), 404: json(ErrorBody, 'No such case') },
  ...staffAccess(CASEWORK, caseParam('hold')),
});

/** The counsellor holding a case is typing: the seeker's page shows 顾问正在输入… (server/counsellor/typing.ts). */
export function staffTypingRoutes({ database, typing }: { database: Database; typing: TypingNotifier }): Api {
  return api().openapi(typingRoute, async (c) => {
    const row = await getCase(database, { caseId: c.req.valid('param').id });
    const me = c.var.staff;
    if (row.status !== 'claimed' || row.assignedTo !== me.id) throw await heldRefusal(database, row.id, { ...me, role: 'counsellor' });
    const sent = await typing.notify(row.conversationId, 'counsellor', { caseId: row.id, counsellor: me.displayName });
    return c.json({ sent }, 200);
  });
}
