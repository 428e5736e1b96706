import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import type { Embedder } from './embeddings/index.ts';
import type { ChatModels } from './agent/models/index.ts';
import type { TurnRegistry } from './agent/turns.ts';
import type { LiveBus } from './live/bus.ts';
import { type ChatLimits, chatRoutes } from './routes/chat.ts';
import { AppError } from './http/errors.ts';
import { errorHandler, notFoundHandler } from './http/on-error.ts';
import { zh } from './i18n/zh-CN/index.ts';
import type { Logger } from './log.ts';
import { eligibilityRoutes } from './routes/eligibility.ts';
import { healthRoutes } from './routes/health.ts';
import { policyRoutes } from './routes/policy.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  embedder: Embedder;
  log: Logger;
  bus: LiveBus;
  models: ChatModels;
  turns: TurnRegistry;
  chatLimits?: ChatLimits;
}

/** Largest request body any route accepts; imports of feeds have their own larger limit. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The whole HTTP surface; each resource is a sub-app mounted here. */
export function createApp(deps: AppDeps) {
  const { config, database, embedder, log, bus, models, turns } = deps;
  const app = new Hono();
  app.use(requestId());
  app.use(secureHeaders());
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new AppError(413, 'payload_too_large', zh.errors.bodyTooLarge);
      },
    }),
  );
  app.route('/healthz', healthRoutes({ database, modelName: models.name, embeddingModel: embedder.model }));
  app.route('/api/policy', policyRoutes({ database, embedder }));
  app.route('/api/eligibility', eligibilityRoutes);
  app.route(
    '/api/chat',
    chatRoutes({ database, embedder, bus, models, log, turns, maxToolSteps: config.LLM_MAX_TOOL_STEPS, limits: deps.chatLimits }),
  );
  app.notFound(notFoundHandler);
  app.onError(errorHandler((entry) => log.error(entry)));
  return app;
}
