/**
 * The seeker's wait for a person (issue 16), beside the chat API and bearer-authenticated like it:
 * `GET …/wait` — the conversation's handoff state (waiting at place N with the expected wait from
 * the queue's history, with counsellor X, ended), the duty hours now and the call-back left, so a
 * reload restores it and the page can poll it while waiting; `POST …/callback` — outside the duty
 * hours, a message with a phone number to be called back, which opens (or joins) the case.
 */
import { z } from 'zod';
import { redactPii } from '../agent/guardrails/pii.ts';
import { api, defineRoute, json, jsonRequest, seekerAccess } from '../api/define.ts';
import { openCase, PRIORITY } from '../cases/open-case.ts';
import { seekerConversation } from '../chat/session-auth.ts';
import { ErrorBody } from '../contract/common.ts';
import { CallbackLeft, WaitState } from '../contract/chat.ts';
import type { Database } from '../db/client.ts';
import { jsonBody } from '../http/json-body.ts';
import { type Clock, limitKey, SharedLimits, tooManyResponse } from '../http/limits.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { PhoneField } from '../ledger/identity.ts';
import { maskPhone } from '../ledger/mask.ts';
import type { LiveBus } from '../live/bus.ts';
import { conversationChannel } from '../live/bus.ts';
import type { Logger } from '../log.ts';
import { type DutyHours, dutyStatus } from '../wait/duty-hours.ts';
import { estimateWait, lastClosedCase, openCaseOf, queueHistory } from '../wait/queue-wait.ts';
import { pendingCallback, relabelWaitingCase, storeCallback } from '../wait/seeker-callback.ts';
import { validationHook } from '../api/define.ts';
import { SessionParam } from './params.ts';

export const CALLBACK_MESSAGE_MAX = 500;
/** Call-back requests one conversation may send per hour. */
export const CALLBACKS_PER_HOUR = 5;

const w = zh.wait.callback;
const CallbackBody = z.object({
  phone: PhoneField,
  message: z.string().trim().max(CALLBACK_MESSAGE_MAX, w.validation.message(CALLBACK_MESSAGE_MAX)).optional(),
  consent: z.literal(true, { error: w.validation.consent }),
});

/** The call-back form's fields as the seeker reads them under the form. */
const CALLBACK_LABELS = { phone: zh.wait.callback.phone, consent: zh.wait.callback.consentLabel, message: zh.wait.callback.messageLabel };

const tags = ['chat'];
const wait = defineRoute({
  method: 'get',
  path: '/sessions/{id}/wait',
  tags,
  summary: 'The wait for a person: place in the queue, expected wait, duty hours, call-back left',
  request: { params: SessionParam },
  responses: { 200: json(WaitState, 'The handoff state now'), 401: json(ErrorBody, 'No or wrong session token') },
  ...seekerAccess,
});
const callback = defineRoute({
  method: 'post',
  path: '/sessions/{id}/callback',
  tags,
  summary: 'Outside the duty hours: leave a phone number to be called back (opens or joins the case)',
  middleware: [jsonBody] as const,
  request: { params: SessionParam, body: jsonRequest(CallbackBody) },
  responses: {
    201: json(CallbackLeft, 'The call-back is recorded; the number as shown back, masked'),
    400: json(ErrorBody, 'A field is wrong (named in Chinese)'),
    429: json(ErrorBody, 'Too many call-backs from this conversation this hour'),
  },
  ...seekerAccess,
});

export function chatWaitRoutes(deps: { database: Database; bus: LiveBus; log: Logger; dutyHours: () => DutyHours; clock?: Clock }) {
  const { database, bus, log } = deps;
  const now = deps.clock ?? Date.now;
  const shared = new SharedLimits(database, deps.clock);

  function duty() {
    const hours = deps.dutyHours();
    const status = dutyStatus(hours, now());
    return { hours, json: { onDuty: status.onDuty, until: status.until?.toISOString() ?? null, nextStart: status.nextStart?.toISOString() ?? null, utcOffsetMinutes: hours.utcOffsetMinutes, hotline: hours.hotline } };
  }

  return api()
    .openapi(wait, async (c) => {
      const conversation = await seekerConversation(c, database, c.req.valid('param').id);
      const { hours, json: dutyNow } = duty();
      const open = await openCaseOf(database, conversation.id);
      const callback = await pendingCallback(database, conversation.id);
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
      return c.json(
        {
          state,
          conversationStatus: conversation.status,
          case: open ? { id: open.id, reason: open.reason, openedAt: open.createdAt.toISOString() } : null,
          position: state === 'waiting' ? open!.position : null,
          estimate,
          counsellor: counsellor ? { displayName: counsellor } : null,
          duty: dutyNow,
          callback: callback ? { phone: maskPhone(callback.phone), requestedAt: callback.createdAt.toISOString() } : null,
        },
        200,
      );
    })
    .openapi(
      callback,
      async (c) => {
        const conversation = await seekerConversation(c, database, c.req.valid('param').id);
        const limited = await shared.hit([{ key: limitKey('chat-callback-session', conversation.id), limit: CALLBACKS_PER_HOUR, windowMs: 3_600_000 }]);
        if (!limited.ok) return tooManyResponse(c, limited.retryAfterSeconds);
        const body = c.req.valid('json');
        const masked = maskPhone(body.phone)!;
        // What the seeker wrote may itself hold an ID or card number: stored masked, like chat messages.
        const message = body.message ? redactPii(body.message).text : '';
        const reason = w.caseReason(masked);
        const opened = await openCase(database, bus, { conversationId: conversation.id, seekerId: conversation.seekerId, reason, source: 'seeker', priority: PRIORITY.requested });
        // Joined a case already waiting (找人工 first): the queue shows it as a call-back from now on.
        if (!opened.created) await relabelWaitingCase(database, opened.caseId, reason);
        const text = w.transcript(masked, message);
        const messageId = await storeCallback(database, { conversationId: conversation.id, seekerId: conversation.seekerId, caseId: opened.caseId, phone: body.phone, message, transcriptLine: text });
        await bus.publish(conversationChannel(conversation.id), 'callback_requested', { caseId: opened.caseId, messageId, text });
        log.info({ conversationId: conversation.id, caseId: opened.caseId, phone: masked }, 'call-back requested');
        return c.json({ caseId: opened.caseId, phone: masked, message: w.done(masked) }, 201);
      },
      validationHook(CALLBACK_LABELS),
    );
}
