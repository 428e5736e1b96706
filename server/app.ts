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
import { metricsRoutes } from './routes/metrics.ts';
import { createModelHealth } from './observability/model-health.ts';
import { authRoutes } from './routes/auth.ts';
import { staffOnly } from './auth/middleware.ts';
import { sameOrigin } from './http/same-origin.ts';
import { policyRoutes } from './routes/policy.ts';
import { courseRoutes } from './routes/courses.ts';
import { eventRoutes } from './routes/events.ts';
import { IMPORT_PATH, staffRoutes } from './routes/staff/index.ts';
import { api } from './api/define.ts';
import { RouteTable } from './api/route-table.ts';
import { apiDocumentRoutes } from './api/document.ts';
import { responseCheck } from './api/response-check.ts';
import { vacancyRoutes } from './routes/vacancies.ts';
import { chatIdentityRoutes } from './routes/chat-identity.ts';
import { chatTypingRoutes } from './routes/chat-typing.ts';
import { TypingNotifier } from './counsellor/typing.ts';
import { chatWaitRoutes } from './routes/chat-wait.ts';
import { countWaitingCases } from './wait/queue-wait.ts';
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
  /** Check every JSON answer against its documented schema (server/api/response-check.ts): tests switch it on. */
  checkResponses?: boolean;
}

/** Largest request body any route accepts; imports of feeds have their own larger limit. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The whole HTTP surface; each resource is a sub-app mounted here (the staff ones under routes/staff/index.ts). */
export function createApp(deps: AppDeps) {
  const { config, database, embedder, log, bus, models, turns } = deps;
  const metrics = createMetrics(() => countWaitingCases(database), { embeddingUsage: () => embedder.remote?.usage() });
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
  const app = api();
  // The staff permission table, derived from the routes' own definitions once they are all mounted.
  const routeTable = new RouteTable(app);
  app.use(requestId());
  if (deps.checkResponses) app.use(responseCheck(app, (entry) => log.error(entry)));
  // The client's address, read from X-Forwarded-For only when it comes from a trusted proxy (TRUSTED_PROXIES).
  app.use(clientAddressMiddleware(config.TRUSTED_PROXIES));
  app.use(requestLog(log, metrics));
  app.use(securityHeaders({ frameAncestors: config.WIDGET_FRAME_ANCESTORS }));
  mountWidgetCors(app, config.CORS_ORIGINS);
  app.use('/api/*', limitBodyExcept(MAX_BODY_BYTES, IMPORT_PATH));
  const sessionPolicy = { idleMinutes: config.STAFF_SESSION_IDLE_MINUTES, absoluteHours: config.STAFF_SESSION_ABSOLUTE_HOURS };
  app.route('/api/auth', authRoutes({ database, policy: sessionPolicy, secureCookies: config.SECURE_COOKIES, clock: deps.clock }));
  // Every staff route: CSRF origin check, then a live session and the roles and ownership rule the route declares (server/api/route-table.ts).
  app.use('/api/staff/*', sameOrigin(), staffOnly(database, sessionPolicy, routeTable));
  const modelHealth = createModelHealth({ models, embedder, intervalMs: config.MODEL_PROBE_INTERVAL_SECONDS * 1000, timeoutMs: config.MODEL_PROBE_TIMEOUT_MS });
  app.route('/healthz', healthRoutes({ database, modelName: models.name, embeddingModel: embedder.model, modelHealth }));
  app.route('/api/policy', policyRoutes({ database, embedder }));
  app.route('/api/eligibility', eligibilityRoutes);
  app.route('/api/vacancies', vacancyRoutes({ database, embedder }));
  app.route('/api/courses', courseRoutes({ database, embedder }));
  app.route('/api/events', eventRoutes({ database }));
  const turnDeps = { database, embedder, bus, models, log, metrics, maxToolSteps: config.LLM_MAX_TOOL_STEPS, holdBack: config.LLM_HOLD_BACK, escalate: caseEscalation(database, bus) };
  const typing = new TypingNotifier(bus);
  app.route('/api/staff', staffRoutes({ turn: turnDeps, typing, sampleSize: config.REVIEW_SAMPLE_SIZE }));
  app.route('/api/chat', chatIdentityRoutes({ database }));
  app.route('/api/chat', chatTypingRoutes({ database, typing }));
  // The seeker's wait (issue 16): queue place, expected wait, duty hours, call-back.
  app.route('/api/chat', chatWaitRoutes({ database, bus, log, dutyHours, clock: deps.clock }));
  app.route(
    '/api/chat',
    chatRoutes({ ...turnDeps, turns, onDuty, clock: deps.clock, limits: deps.chatLimits ?? {
      sessionsPerIpPerHour: config.CHAT_SESSIONS_PER_IP_PER_HOUR,
      messagesPerSessionPerMinute: config.CHAT_MESSAGES_PER_SESSION_PER_MINUTE,
      messagesPerIpPerMinute: config.CHAT_MESSAGES_PER_IP_PER_MINUTE,
    } }),
  );
  app.route('/metrics', metricsRoutes({ metrics, token: config.METRICS_TOKEN }));
  // The contract: GET /openapi.json (OpenAPI 3.1) and its reference page under /api/docs.
  app.route('/', apiDocumentRoutes(app));
  if (deps.consoleDir) app.route('/', consoleStatic(deps.consoleDir));
  app.notFound(notFoundHandler);
  app.onError(errorHandler((entry) => log.error(entry)));
  return app;
}
