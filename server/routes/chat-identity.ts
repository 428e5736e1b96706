import { z } from 'zod';
import { api, defineRoute, json, jsonRequest, publicAccess, seekerAccess, validationHook } from '../api/define.ts';
import { seekerConversation } from '../chat/session-auth.ts';
import { ErrorBody } from '../contract/common.ts';
import { ConsentText, IdentitySaved } from '../contract/chat.ts';
import type { Database } from '../db/client.ts';
import { jsonBody } from '../http/json-body.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { ConsentField, IdNumberField, identifySeeker, NameField, PhoneField } from '../ledger/identity.ts';
import { SessionParam } from './params.ts';

const IdentityBody = z.object({ name: NameField, phone: PhoneField, idNumber: IdNumberField.optional(), consent: ConsentField });

/** The identity form's fields as the seeker reads them. */
const IDENTITY_LABELS = { name: zh.wait.identityLabels.name, phone: zh.wait.identityLabels.phone, consent: zh.wait.callback.consentLabel };

const tags = ['chat'];
const consent = defineRoute({
  method: 'get',
  path: '/identity/consent',
  tags,
  summary: 'The consent text a seeker agrees to before giving their name and phone',
  responses: { 200: json(ConsentText, 'The text, in Chinese') },
  ...publicAccess,
});
const identify = defineRoute({
  method: 'post',
  path: '/sessions/{id}/identity',
  tags,
  summary: '实名登记: the seeker gives name and phone (and optionally the ID number), with consent',
  middleware: [jsonBody] as const,
  request: { params: SessionParam, body: jsonRequest(IdentityBody) },
  responses: { 200: json(IdentitySaved, 'Recorded; shown back masked'), 400: json(ErrorBody, 'A field is wrong (named in Chinese)'), 401: json(ErrorBody, 'No or wrong session token') },
  ...seekerAccess,
});

/**
 * 实名登记 from the chat: the seeker may choose to give their name and phone (with consent, which is
 * recorded) so a counsellor can follow them up in the real-name ledger. The consent text they
 * agree to is served here too. Bearer-authenticated like the rest of the chat API.
 */
export function chatIdentityRoutes({ database }: { database: Database }) {
  return api()
    .openapi(consent, (c) => c.json({ text: zh.cases.identity.consentText }, 200))
    .openapi(
      identify,
      async (c) => {
        const conversation = await seekerConversation(c, database, c.req.valid('param').id);
        const { name, phone, idNumber } = c.req.valid('json');
        const saved = await identifySeeker(database, { seekerId: conversation.seekerId, name, phone, ...(idNumber ? { idNumber } : {}) });
        return c.json({ ...saved, message: zh.cases.identity.saved }, 200);
      },
      validationHook(IDENTITY_LABELS),
    );
}
