/**
 * The seeker's wait for a person (issue 16), beside the chat API and bearer-authenticated like it:
 * `GET …/wait` — the conversation's handoff state (waiting at place N with the expected wait from
 * the queue's history, with counsellor X, ended), the duty hours now and the call-back left, so a
 * reload restores it and the page can poll it while waiting; `POST …/callback` — outside the duty
 * hours, a message with a phone number to be called back, which opens (or joins) the case.
 */
import { Hono, type Context } from 'hono';
import { eq, and, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { redactPii } from '../agent/guardrails/pii.ts';
import { openCase, PRIORITY } from '../cases/open-case.ts';
import { findConversation } from '../chat/queries.ts';
import type { Database } from '../db/client.ts';
import { callbackRequests, cases, messages } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { type Clock, limitKey, SharedLimits, tooManyResponse } from '../http/limits.ts';
import { validate } from '../http/validate.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { PhoneField } from '../ledger/identity.ts';
import { maskPhone } from '../ledger/mask.ts';
import type { LiveBus } from '../live/bus.ts';
import { conversationChannel } from '../live/bus.ts';
import type { Logger } from '../log.ts';
import { type DutyHours, dutyStatus } from '../wait/duty-hours.ts';
import { estimateWait, lastClosedCase, openCaseOf, queueHistory } from '../wait/queue-wait.ts';

export const CALLBACK_MESSAGE_MAX = 500;
/** Call-back requests one conversation may send per hour. */
export const CALLBACKS_PER_HOUR = 5;

const w = zh.wait.callback;
const SessionParam = z.object({ id: z.uuid('会话编号格式不正确') });
const CallbackBody = z.object({
  phone: PhoneField,
  message: z.string().trim().max(CALLBACK_MESSAGE_MAX, w.validation.message(CALLBACK_MESSAGE_MAX)).optional(),
  consent: z.literal(true, { error: w.validation.consent }),
});

/** The call-back form's fields as the seeker reads them under the form. */
const CALLBACK_LABELS = { phone: zh.wait.callback.phone, consent: zh.wait.callback.consentLabel, message: zh.wait.callback.messageLabel };

export function chatWaitRoutes(deps: { database: Database; bus: LiveBus; log: Logger; dutyHours: () => DutyHours; clock?: Clock }) {
  const { database, bus, log } = deps;
  const now = deps.clock ?? Date.now;
  const shared = new SharedLimits(database, deps.clock);

  async function conversationOf(c: Context, id: string) {
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const conversation = token ? await findConversation(database, { sessionId: id, token }) : undefined;
    if (!conversation) throw new AppError(401, 'unauthorized', zh.agent.errors.unauthorized);
    return conversation;
  }

  function duty() {
    const hours = deps.dutyHours();
    const status = dutyStatus(hours, now());
    return { hours, json: { onDuty: status.onDuty, until: status.until?.toISOString() ?? null, nextStart: status.nextStart?.toISOString() ?? null, utcOffsetMinutes: hours.utcOffsetMinutes, hotline: hours.hotline } };
  }

  return new Hono()
    .get('/sessions/:id/wait', validate('param', SessionParam), async (c) => {
      const conversation = await conversationOf(c, c.req.valid('param').id);
      const { hours, json: dutyNow } = duty();
      const open = await openCaseOf(database, conversation.id);
      const [callback] = await database.db
        .select({ phone: callbackRequests.phone, createdAt: callbackRequests.createdAt })
        .from(callbackRequests)
        .where(and(eq(callbackRequests.conversationId, conversation.id), isNull(callbackRequests.handledAt)));
      let state: 'none' | 'waiting' | 'counsellor' | 'ended' = 'none';
      let counsellor: string | null = null;
      let estimate = null;
      if (open?.status === 'queued') {
        state = 'waiting';
        if (dutyNow.onDuty && open.position !== null) estimate = estimateWait(await queueHistory(database, now()), open.position, hours) ?? null;
      } else if (open?.status === 'claimed') {
        state = 'counsellor';
        counsellor = open.counsellor;
      } else {
        const last = await lastClosedCase(database, conversation.id);
        if (last) {
          state = 'ended';
          counsellor = last.counsellor;
        }
      }
      return c.json({
        state,
        conversationStatus: conversation.status,
        case: open ? { id: open.id, reason: open.reason, openedAt: open.createdAt.toISOString() } : null,
        position: state === 'waiting' ? open!.position : null,
        estimate,
        counsellor: counsellor ? { displayName: counsellor } : null,
        duty: dutyNow,
        callback: callback ? { phone: maskPhone(callback.phone), requestedAt: callback.createdAt.toISOString() } : null,
      });
    })
    .post('/sessions/:id/callback', validate('param', SessionParam), jsonBody, validate('json', CallbackBody, CALLBACK_LABELS), async (c) => {
      const conversation = await conversationOf(c, c.req.valid('param').id);
      const limited = await shared.hit([{ key: limitKey('chat-callback-session', conversation.id), limit: CALLBACKS_PER_HOUR, windowMs: 3_600_000 }]);
      if (!limited.ok) return tooManyResponse(c, limited.retryAfterSeconds);
      const body = c.req.valid('json');
      const masked = maskPhone(body.phone)!;
      // What the seeker wrote may itself hold an ID or card number: stored masked, like chat messages.
      const message = body.message ? redactPii(body.message).text : '';
      const opened = await openCase(database, bus, {
        conversationId: conversation.id,
        seekerId: conversation.seekerId,
        reason: w.caseReason(masked),
        source: 'seeker',
        priority: PRIORITY.requested,
      });
      // Joined a case already waiting (找人工 first): the queue shows it as a call-back from now on.
      if (!opened.created) await database.db.update(cases).set({ reason: w.caseReason(masked), updatedAt: sql`now()` }).where(and(eq(cases.id, opened.caseId), eq(cases.status, 'queued')));
      const text = w.transcript(masked, message);
      const note = await database.db.transaction(async (tx) => {
        await tx
          .insert(callbackRequests)
          .values({ conversationId: conversation.id, seekerId: conversation.seekerId, caseId: opened.caseId, phone: body.phone, message, consentAt: sql`now()` })
          .onConflictDoUpdate({
            target: callbackRequests.conversationId,
            targetWhere: sql`handled_at is null`,
            set: { phone: body.phone, message, caseId: opened.caseId, consentAt: sql`now()` },
          });
        const [row] = await tx
          .insert(messages)
          .values({ conversationId: conversation.id, role: 'system', text, status: 'visible', seq: sql`(select coalesce(max(seq), 0) + 1 from messages where conversation_id = ${conversation.id})` })
          .returning({ id: messages.id });
        return row!;
      });
      await bus.publish(conversationChannel(conversation.id), 'callback_requested', { caseId: opened.caseId, messageId: note.id, text });
      log.info({ conversationId: conversation.id, caseId: opened.caseId, phone: masked }, 'call-back requested');
      return c.json({ caseId: opened.caseId, phone: masked, message: w.done(masked) }, 201);
    });
}
