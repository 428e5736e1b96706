import { Hono } from 'hono';
import { z } from 'zod';
import { findConversation } from '../chat/queries.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { validate } from '../http/validate.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { ConsentField, IdNumberField, identifySeeker, NameField, PhoneField } from '../ledger/identity.ts';

const SessionParam = z.object({ id: z.uuid('会话编号格式不正确') });
const IdentityBody = z.object({ name: NameField, phone: PhoneField, idNumber: IdNumberField.optional(), consent: ConsentField });

/**
 * 实名登记 from the chat: the seeker may choose to give their name and phone (with consent, which is
 * recorded) so a counsellor can follow them up in the real-name ledger. The consent text they
 * agree to is served here too. Bearer-authenticated like the rest of the chat API.
 */
/** The identity form's fields as the seeker reads them. */
const IDENTITY_LABELS = { name: zh.wait.identityLabels.name, phone: zh.wait.identityLabels.phone, consent: zh.wait.callback.consentLabel };

export function chatIdentityRoutes({ database }: { database: Database }) {
  return new Hono()
    .get('/identity/consent', (c) => c.json({ text: zh.cases.identity.consentText }))
    .post('/sessions/:id/identity', validate('param', SessionParam), jsonBody, validate('json', IdentityBody, IDENTITY_LABELS), async (c) => {
      const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
      const conversation = token ? await findConversation(database, { sessionId: c.req.valid('param').id, token }) : undefined;
      if (!conversation) throw new AppError(401, 'unauthorized', zh.agent.errors.unauthorized);
      const { name, phone, idNumber } = c.req.valid('json');
      const saved = await identifySeeker(database, { seekerId: conversation.seekerId, name, phone, ...(idNumber ? { idNumber } : {}) });
      return c.json({ ...saved, message: zh.cases.identity.saved });
    });
}
