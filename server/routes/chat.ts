import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { TurnDeps, TurnEvent } from '../agent/context.ts';
import { startTurn } from '../agent/run-turn.ts';
import type { TurnRegistry } from '../agent/turns.ts';
import { redactPii } from '../agent/guardrails/pii.ts';
import { openCase, PRIORITY } from '../cases/open-case.ts';
import { createSession, findConversation, recentMessages } from '../chat/queries.ts';
import { counsellorNames } from '../wait/counsellor-names.ts';
import { feedback } from '../db/schema/index.ts';
import { AppError } from '../http/errors.ts';
import { jsonBody } from '../http/json-body.ts';
import { clientIp, rateLimit } from '../http/rate-limit.ts';
import { type Clock, limitKey, SharedLimits, tooManyResponse } from '../http/limits.ts';
import { validate } from '../http/validate.ts';
import { zh } from '../i18n/zh-CN/index.ts';
import { conversationChannel } from '../live/bus.ts';
import { streamChannel } from '../live/sse.ts';
import { and, eq } from 'drizzle-orm';
import { messages } from '../db/schema/index.ts';

export const MAX_MESSAGE_CHARS = 2000;

const MessageBody = z.object({
  text: z.string().trim().min(1, '不能为空').max(MAX_MESSAGE_CHARS, zh.agent.errors.textTooLong(MAX_MESSAGE_CHARS)),
});
const FeedbackBody = z.object({
  messageId: z.uuid('必须是消息编号'),
  rating: z.union([z.literal(1), z.literal(-1)], { error: '必须是 1（有帮助）或 -1（没帮助）' }),
  // free text supervisors read: screened for PII like a chat message
  comment: z.string().trim().max(500).transform((s) => redactPii(s).text).optional(),
});
const SessionParam = z.object({ id: z.uuid('会话编号格式不正确') });

export interface ChatLimits {
  sessionsPerIpPerHour: number;
  messagesPerSessionPerMinute: number;
  messagesPerIpPerMinute: number;
}
export const DEFAULT_CHAT_LIMITS: ChatLimits = { sessionsPerIpPerHour: 60, messagesPerSessionPerMinute: 12, messagesPerIpPerMinute: 60 };

const unauthorized = () => new AppError(401, 'unauthorized', zh.agent.errors.unauthorized);

/** The public chat API of the contract: sessions, messages (SSE or JSON), live events, feedback. */
export function chatRoutes(deps: TurnDeps & { turns: TurnRegistry; limits?: ChatLimits; clock?: Clock }) {
  const limits = deps.limits ?? DEFAULT_CHAT_LIMITS;
  // Counters in the database, shared by every server process (server/http/limits.ts).
  const shared = new SharedLimits(deps.database, deps.clock);

  async function conversationOf(c: Context, id: string) {
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!token) throw unauthorized();
    const conversation = await findConversation(deps.database, { sessionId: id, token });
    if (!conversation) throw unauthorized();
    return conversation;
  }

  return new Hono()
    .post('/sessions', rateLimit(shared, 'chat-sessions-ip', limits.sessionsPerIpPerHour, 3_600_000, clientIp), async (c) => {
      const { sessionId, token } = await createSession(deps.database);
      return c.json({ sessionId, token }, 201);
    })
    .get('/sessions/:id/messages', validate('param', SessionParam), async (c) => {
      const conversation = await conversationOf(c, c.req.valid('param').id);
      const rows = await recentMessages(deps.database, { conversationId: conversation.id, limit: 200 });
      const names = await counsellorNames(deps.database, rows);
      return c.json({
        status: conversation.status,
        messages: rows
          .filter((m) => m.role !== 'system' || m.status === 'visible')
          .map((m) => ({ messageId: m.id, role: m.role, text: m.text, citations: m.citations, toolCalls: m.role === 'assistant' ? m.toolCalls : [], status: m.status, createdAt: m.createdAt, ...(m.role === 'counsellor' && m.authorId && names.get(m.authorId) ? { counsellor: names.get(m.authorId) } : {}) })),
      });
    })
    .post('/sessions/:id/messages', validate('param', SessionParam), jsonBody, validate('json', MessageBody), async (c) => {
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
    .get('/sessions/:id/events', validate('param', SessionParam), async (c) => {
      const conversation = await conversationOf(c, c.req.valid('param').id);
      // What the seeker may see of the conversation's channel: not the counsellors' private events.
      return streamChannel(c, deps.bus, conversationChannel(conversation.id), (e) => !e.payload.private);
    })
    .post('/sessions/:id/handoff', validate('param', SessionParam), async (c) => {
      const conversation = await conversationOf(c, c.req.valid('param').id);
      const reason = zh.agent.handoffReasons.button;
      const opened = await openCase(deps.database, deps.bus, { conversationId: conversation.id, seekerId: conversation.seekerId, reason, source: 'seeker', priority: PRIORITY.requested });
      return c.json({ caseId: opened.caseId, reason, created: opened.created }, opened.created ? 201 : 200);
    })
    .post('/sessions/:id/feedback', validate('param', SessionParam), jsonBody, validate('json', FeedbackBody), async (c) => {
      const conversation = await conversationOf(c, c.req.valid('param').id);
      const body = c.req.valid('json');
      const [message] = await deps.database.db
        .select({ id: messages.id })
        .from(messages)
        .where(and(eq(messages.id, body.messageId), eq(messages.conversationId, conversation.id), eq(messages.role, 'assistant')));
      if (!message) throw new AppError(404, 'not_found', zh.errors.notFound);
      await deps.database.db
        .insert(feedback)
        .values({ messageId: message.id, rating: body.rating, comment: body.comment ?? null })
        .onConflictDoUpdate({ target: feedback.messageId, set: { rating: body.rating, comment: body.comment ?? null } });
      return c.json({ ok: true });
    });
}
