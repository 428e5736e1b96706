import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { TurnDeps, TurnEvent } from '../agent/context.ts';
import { startTurn } from '../agent/run-turn.ts';
import type { TurnRegistry } from '../agent/turns.ts';
import { redactPii } from '../agent/guardrails/pii.ts';
import { api, defineRoute, json, jsonRequest, publicAccess, seekerAccess } from '../api/define.ts';
import { openCase, PRIORITY } from '../cases/open-case.ts';
import { rateAnswer } from '../chat/feedback.ts';
import { createSession, recentMessages } from '../chat/queries.ts';
import { seekerConversation } from '../chat/session-auth.ts';
import { ErrorBody, EventStream, Ok } from '../contract/common.ts';
import { Answer, FeedbackBody as FeedbackShape, HandoffOpened, type Role, Session, Transcript } from '../contract/chat.ts';
import { counsellorNames } from '../wait/counsellor-names.ts';
import { AppError } from '../http/errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { clientIp, rateLimit } from '../http/rate-limit.ts';
import { type Clock, limitKey, SharedLimits, tooManyResponse } from '../http/limits.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { conversationChannel } from '../live/bus.ts';
import { streamChannel } from '../live/sse.ts';
import { SessionParam } from './params.ts';

export const MAX_MESSAGE_CHARS = 2000;

const MessageBody = z.object({
  text: z.string().trim().min(1, '不能为空').max(MAX_MESSAGE_CHARS, zh.agent.errors.textTooLong(MAX_MESSAGE_CHARS)),
});
// free text supervisors read: screened for PII like a chat message
const FeedbackBody = FeedbackShape.extend({ comment: FeedbackShape.shape.comment.transform((s) => (s === undefined ? s : redactPii(s).text)) });

export interface ChatLimits {
  sessionsPerIpPerHour: number;
  messagesPerSessionPerMinute: number;
  messagesPerIpPerMinute: number;
}
export const DEFAULT_CHAT_LIMITS: ChatLimits = { sessionsPerIpPerHour: 60, messagesPerSessionPerMinute: 12, messagesPerIpPerMinute: 60 };

const tags = ['chat'];
const unauthorized = { 401: json(ErrorBody, 'No or wrong session token') };
const routes = {
  session: defineRoute({
    method: 'post',
    path: '/sessions',
    tags,
    summary: 'A new chat session: its id and the bearer token of its other calls',
    responses: { 201: json(Session, 'The session'), 429: json(ErrorBody, 'Too many sessions from this address this hour') },
    ...publicAccess,
  }),
  transcript: defineRoute({
    method: 'get',
    path: '/sessions/{id}/messages',
    tags,
    summary: 'The conversation so far (the last 200 messages), as the seeker sees it',
    request: { params: SessionParam },
    responses: { 200: json(Transcript, 'The transcript'), ...unauthorized },
    ...seekerAccess,
  }),
  message: defineRoute({
    method: 'post',
    path: '/sessions/{id}/messages',
    tags,
    summary: 'Ask: the answer as JSON, or streamed as server-sent events with Accept: text/event-stream (delta, reset, tool, citation, handoff, done, error)',
    middleware: [jsonBody] as const,
    request: { params: SessionParam, body: jsonRequest(MessageBody) },
    responses: {
      200: { content: { 'application/json': { schema: Answer }, 'text/event-stream': { schema: EventStream } }, description: 'The answer' },
      400: json(ErrorBody, 'The text is empty or too long'),
      409: json(ErrorBody, 'A turn of this conversation is still running'),
      429: json(ErrorBody, 'Too many messages this minute'),
      ...unauthorized,
    },
    ...seekerAccess,
  }),
  events: defineRoute({
    method: 'get',
    path: '/sessions/{id}/events',
    tags,
    summary: 'What happens next in the conversation (a counsellor joins, writes, leaves), as server-sent events',
    request: { params: SessionParam },
    responses: { 200: { content: { 'text/event-stream': { schema: EventStream } }, description: 'Live events' }, ...unauthorized },
    ...seekerAccess,
  }),
  handoff: defineRoute({
    method: 'post',
    path: '/sessions/{id}/handoff',
    tags,
    summary: '找人工: ask for a person (opens a case, or returns the one already open)',
    request: { params: SessionParam },
    responses: { 200: json(HandoffOpened, 'The case already open'), 201: json(HandoffOpened, 'A new case'), ...unauthorized },
    ...seekerAccess,
  }),
  feedback: defineRoute({
    method: 'post',
    path: '/sessions/{id}/feedback',
    tags,
    summary: 'Rate an answer (helpful or not), with an optional comment',
    middleware: [jsonBody] as const,
    request: { params: SessionParam, body: jsonRequest(FeedbackBody) },
    responses: { 200: json(Ok, 'Recorded'), 404: json(ErrorBody, 'No such answer in this conversation'), ...unauthorized },
    ...seekerAccess,
  }),
};

/** The public chat API of the contract: sessions, messages (SSE or JSON), live events, feedback. */
export function chatRoutes(deps: TurnDeps & { turns: TurnRegistry; limits?: ChatLimits; clock?: Clock }) {
  const limits = deps.limits ?? DEFAULT_CHAT_LIMITS;
  // Counters in the database, shared by every server process (server/http/limits.ts).
  const shared = new SharedLimits(deps.database, deps.clock);

  const conversationOf = (c: Context, id: string) => seekerConversation(c, deps.database, id);

  const session = defineRoute({ ...routes.session, middleware: [rateLimit(shared, 'chat-sessions-ip', limits.sessionsPerIpPerHour, 3_600_000, clientIp)] as const });

  return api()
    .openapi(session, async (c) => {
      const { sessionId, token } = await createSession(deps.database);
      return c.json({ sessionId, token }, 201);
    })
    .openapi(routes.transcript, async (c) => {
      const conversation = await conversationOf(c, c.req.valid('param').id);
      const rows = await recentMessages(deps.database, { conversationId: conversation.id, limit: 200 });
      const names = await counsellorNames(deps.database, rows);
      return c.json({
        status: conversation.status,
        messages: rows
          .filter((m) => m.role !== 'system' || m.status === 'visible')
          .map((m) => ({ messageId: m.id, role: m.role as Role, text: m.text, citations: m.citations, toolCalls: m.role === 'assistant' ? m.toolCalls : [], status: m.status, createdAt: m.createdAt, ...(m.role === 'counsellor' && m.authorId && names.get(m.authorId) ? { counsellor: names.get(m.authorId) } : {}) })),
      }, 200);
    })
    .openapi(routes.message, async (c) => {
      const conversation = await conversationOf(c, c.req.valid('param').id);
      // One statement counts both: the conversation's own limit and its address's.
      const limited = await shared.hit([
        { key: limitKey('chat-messages-session', conversation.id), limit: limits.messagesPerSessionPerMinute, windowMs: 60_000 },
        { key: limitKey('chat-messages-ip', clientIp(c)), limit: limits.messagesPerIpPerMinute, windowMs: 60_000 },
      ]);
      if (!limited.ok) return tooManyResponse(c, limited.retryAfterSeconds);
      const { text } = c.req.valid('json');
      const wantsStream = (c.req.header('accept') ?? '').includes('text/event-stream');
      const req = { conversationId: conversation.id, seekerId: conversation.seekerId, conversationStatus: conversation.status, text, requestId: c.get('requestId') as string | undefined };

      if (!wantsStream) {
        const events: TurnEvent[] = [];
        const { ctx, done } = await startTurn(deps, req, (e) => events.push(e));
        await deps.turns.track(done);
        const handoff = events.find((e) => e.event === 'handoff')?.data ?? null;
        return c.json({
          messageId: ctx.answerMessageId ?? ctx.questionId,
          text: ctx.answer,
          citations: ctx.citations,
          toolCalls: ctx.toolCalls,
          handoff,
          status: ctx.status ?? 'answered',
        });
      }

      // Accept (store + take the turn) before the stream opens, so a concurrent post still gets 409.
      const queue: TurnEvent[] = [];
      let wake: (() => void) | undefined;
      const push = (e: TurnEvent) => {
        queue.push(e);
        wake?.();
      };
      const { done } = await startTurn(deps, req, push);
      let finished = false;
      deps.turns.track(done).finally(() => {
        finished = true;
        wake?.();
      });
      return streamSSE(c, async (stream) => {
        let id = 0;
        while (true) {
          while (queue.length) {
            const e = queue.shift()!;
            if (!stream.aborted) await stream.writeSSE({ event: e.event, data: JSON.stringify(e.data), id: String(++id) }).catch(() => {});
          }
          if (finished) break;
          await new Promise<void>((r) => (wake = r));
          wake = undefined;
        }
      });
    })
    .openapi(routes.events, async (c) => {
      const conversation = await conversationOf(c, c.req.valid('param').id);
      // What the seeker may see of the conversation's channel: not the counsellors' private events.
      return streamChannel(c, deps.bus, conversationChannel(conversation.id), (e) => !e.payload.private);
    })
    .openapi(routes.handoff, async (c) => {
      const conversation = await conversationOf(c, c.req.valid('param').id);
      const reason = zh.agent.handoffReasons.button;
      const opened = await openCase(deps.database, deps.bus, { conversationId: conversation.id, seekerId: conversation.seekerId, reason, source: 'seeker', priority: PRIORITY.requested });
      return c.json({ caseId: opened.caseId, reason, created: opened.created }, opened.created ? 201 : 200);
    })
    .openapi(routes.feedback, async (c) => {
      const conversation = await conversationOf(c, c.req.valid('param').id);
      const body = c.req.valid('json');
      const rated = await rateAnswer(deps.database, { conversationId: conversation.id, messageId: body.messageId, rating: body.rating, ...(body.comment ? { comment: body.comment } : {}) });
      if (!rated) throw new AppError(404, 'not_found', zh.errors.notFound);
      return c.json({ ok: true as const }, 200);
    });
}
