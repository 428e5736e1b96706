import { timingSafeEqual } from 'node:crypto';
import { AppError } from './http/errors.ts';
import { zh } from './i18n/zh-CN/index.ts';
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { cases } from './db/schema/index.ts';
import { caseEscalation } from './cases/open-case.ts';
import { createMetrics } from './observability/metrics.ts';
import { requestLog } from './observability/request-log.ts';
import { requestId } from 'hono/request-id';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import type { Embedder } from './embeddings/index.ts';
import { observeQueryFallbacks } from './embeddings/query.ts';
import type { ChatModels } from './agent/models/index.ts';
import type { TurnRegistry } from './agent/turns.ts';
import type { LiveBus } from './live/bus.ts';
import { type ChatLimits, chatRoutes } from './routes/chat.ts';
import { limitBodyExcept } from './http/body-limit.ts';
import { clientAddressMiddleware } from './http/client-address.ts';
import type { Clock } from './http/limits.ts';
import { securityHeaders } from './http/security-headers.ts';
import { mountWidgetCors } from './http/widget-cors.ts';
import { consoleStatic } from './http/console-static.ts';
import { errorHandler, notFoundHandler } from './http/on-error.ts';
import type { Logger } from './log.ts';
import { eligibilityRoutes } from './routes/eligibility.ts';
import { healthRoutes } from './routes/health.ts';
import { createModelHealth } from './observability/model-health.ts';
import { authRoutes } from './routes/auth.ts';
import { staffOnly } from './auth/middleware.ts';
import { sameOrigin } from './http/same-origin.ts';
import { policyRoutes } from './routes/policy.ts';
import { courseRoutes } from './routes/courses.ts';
import { eventRoutes } from './routes/events.ts';
import { IMPORT_PATH, staffRoutes } from './routes/staff/index.ts';
import { vacancyRoutes } from './routes/vacancies.ts';
import { chatIdentityRoutes } from './routes/chat-identity.ts';
import { staffCaseRoutes } from './routes/staff/cases.ts';
import { staffFollowUpRoutes } from './routes/staff/follow-ups.ts';
import { staffLedgerRoutes } from './routes/staff/ledger.ts';
import { staffOutcomeRoutes } from './routes/staff/outcomes.ts';
import { staffOutreachRoutes } from './routes/staff/outreach.ts';
import { staffPlanRoutes } from './routes/staff/plans.ts';
import { staffQueueRoutes } from './routes/staff/queue.ts';
import { staffUserRoutes } from './routes/staff/users.ts';
import { staffAccessLogRoutes } from './routes/staff/access-log.ts';
import { staffAskRoutes } from './routes/staff/ask.ts';
import { staffMetricRoutes } from './routes/staff/metrics.ts';
import { staffReviewRoutes } from './routes/staff/reviews.ts';
import { staffCannedReplyRoutes } from './routes/staff/canned-replies.ts';
import { staffSearchRoutes } from './routes/staff/search.ts';
import { staffTypingRoutes } from './routes/staff/typing.ts';
import { chatTypingRoutes } from './routes/chat-typing.ts';
import { TypingNotifier } from './counsellor/typing.ts';
import { chatWaitRoutes } from './routes/chat-wait.ts';
import { staffCallbackRoutes } from './routes/staff/callbacks.ts';
import { DEFAULT_DUTY_HOURS_FILE, dutyHoursFile, onDutyAt } from './wait/duty-hours.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  embedder: Embedder;
  log: Logger;
  bus: LiveBus;
  models: ChatModels;
  turns: TurnRegistry;
  chatLimits?: ChatLimits;
  /** The clock of the rate limits and login throttle (epoch ms); tests pass their own. */
  clock?: Clock;
  /** The built chat page and staff console to serve (`npm start`); unset serves the API only. */
  consoleDir?: string;
}

/** Constant-time check of a bearer token. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** Largest request body any route accepts; imports of feeds have their own larger limit. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The whole HTTP surface; each resource is a sub-app mounted here. */
export function createApp(deps: AppDeps) {
  const { config, database, embedder, log, bus, models, turns } = deps;
  const metrics = createMetrics(() => database.db.$count(cases, eq(cases.status, 'queued')), { embeddingUsage: () => embedder.remote?.usage() });
  // A search whose query embedding failed went on by full-text alone (server/embeddings/query.ts): say so.
  observeQueryFallbacks(embedder, (f) => {
    metrics.embeddingFallbacks.inc({ use: f.use, reason: f.reason });
    if (f.reason !== 'cooling_down') {
      log.warn({ err: f.error, use: f.use, model: f.model, reason: f.reason, waitedMs: f.waitedMs }, 'embeddings query failed: searching by full-text alone');
    }
  });
  // The centre's duty hours (server/wait): what the seeker is told after 找人工, and the wait panel.
  const dutyHours = dutyHoursFile(config.DUTY_HOURS_FILE ?? DEFAULT_DUTY_HOURS_FILE, (err) => log.warn({ err }, 'duty hours file unreadable: keeping the last good one'));
  const onDuty = () => onDutyAt(dutyHours(), deps.clock?.() ?? Date.now());
  const app = new Hono();
  app.use(requestId());
  // The client's address, read from X-Forwarded-For only when it comes from a trusted proxy (TRUSTED_PROXIES).
  app.use(clientAddressMiddleware(config.TRUSTED_PROXIES));
  app.use(requestLog(log, metrics));
  app.use(securityHeaders({ frameAncestors: config.WIDGET_FRAME_ANCESTORS }));
  mountWidgetCors(app, config.CORS_ORIGINS);
  app.use('/api/*', limitBodyExcept(MAX_BODY_BYTES, IMPORT_PATH));
  const sessionPolicy = { idleMinutes: config.STAFF_SESSION_IDLE_MINUTES, absoluteHours: config.STAFF_SESSION_ABSOLUTE_HOURS };
  app.route('/api/auth', authRoutes({ database, policy: sessionPolicy, secureCookies: config.SECURE_COOKIES, clock: deps.clock }));
  // Every staff route: CSRF origin check, then a live session and the route's roles (server/auth/permissions.ts).
  app.use('/api/staff/*', sameOrigin(), staffOnly(database, sessionPolicy));
  const modelHealth = createModelHealth({ models, embedder, intervalMs: config.MODEL_PROBE_INTERVAL_SECONDS * 1000, timeoutMs: config.MODEL_PROBE_TIMEOUT_MS });
  app.route('/healthz', healthRoutes({ database, modelName: models.name, embeddingModel: embedder.model, modelHealth }));
  app.route('/api/policy', policyRoutes({ database, embedder }));
  app.route('/api/eligibility', eligibilityRoutes);
  app.route('/api/vacancies', vacancyRoutes({ database, embedder }));
  app.route('/api/courses', courseRoutes({ database, embedder }));
  app.route('/api/events', eventRoutes({ database }));
  app.route('/api/staff', staffRoutes({ database, embedder }));
  // Casework (issue 6): the queue, cases with live takeover and copilot, the real-name ledger.
  const turnDeps = { database, embedder, bus, models, log, metrics, maxToolSteps: config.LLM_MAX_TOOL_STEPS, holdBack: config.LLM_HOLD_BACK, escalate: caseEscalation(database, bus) };
  app.route('/api/staff/users', staffUserRoutes({ database }));
  app.route('/api/staff/queue', staffQueueRoutes({ database, bus }));
  app.route('/api/staff/cases', staffCaseRoutes(turnDeps));
  app.route('/api/staff/ledger', staffLedgerRoutes({ database }));
  app.route('/api/staff/plans', staffPlanRoutes({ database }));
  app.route('/api/staff/follow-ups', staffFollowUpRoutes({ database }));
  app.route('/api/staff/outreach', staffOutreachRoutes({ database }));
  app.route('/api/staff/outcomes', staffOutcomeRoutes({ database }));
  // Oversight (issue 8): supervisor review, the dashboard, the access log.
  app.route('/api/staff/reviews', staffReviewRoutes({ database, sampleSize: config.REVIEW_SAMPLE_SIZE }));
  app.route('/api/staff/metrics', staffMetricRoutes({ database }));
  app.route('/api/staff/access-log', staffAccessLogRoutes({ database }));
  app.route('/api/staff/ask', staffAskRoutes({ database }));
  app.route('/api/chat', chatIdentityRoutes({ database }));
  // The counsellor's daily helpers (issue 16): canned replies, conversation search, typing both ways.
  const typing = new TypingNotifier(bus);
  app.route('/api/staff/canned-replies', staffCannedReplyRoutes({ database }));
  app.route('/api/staff/search', staffSearchRoutes({ database }));
  app.route('/api/staff/cases', staffTypingRoutes({ database, typing }));
  app.route('/api/chat', chatTypingRoutes({ database, typing }));
  // The seeker's wait (issue 16): queue place, expected wait, duty hours, call-back.
  app.route('/api/chat', chatWaitRoutes({ database, bus, log, dutyHours, clock: deps.clock }));
  app.route('/api/staff/cases', staffCallbackRoutes({ database }));
  app.route(
    '/api/chat',
    chatRoutes({ database, embedder, bus, models, log, turns, metrics, maxToolSteps: config.LLM_MAX_TOOL_STEPS, holdBack: config.LLM_HOLD_BACK, escalate: turnDeps.escalate, onDuty, clock: deps.clock, limits: deps.chatLimits ?? {
      sessionsPerIpPerHour: config.CHAT_SESSIONS_PER_IP_PER_HOUR,
      messagesPerSessionPerMinute: config.CHAT_MESSAGES_PER_SESSION_PER_MINUTE,
      messagesPerIpPerMinute: config.CHAT_MESSAGES_PER_IP_PER_MINUTE,
    } }),
  );
  app.get('/metrics', async (c) => {
    if (config.METRICS_TOKEN && !bearerMatches(c.req.header('authorization'), config.METRICS_TOKEN)) {
      throw new AppError(401, 'unauthorized', zh.errors.metricsToken);
    }
    return c.text(await metrics.render(), 200, { 'content-type': 'text/plain; version=0.0.4' });
  });
  if (deps.consoleDir) app.route('/', consoleStatic(deps.consoleDir));
  app.notFound(notFoundHandler);
  app.onError(errorHandler((entry) => log.error(entry)));
  return app;
}
